import type { Citation, CodeData, Status, Facts } from './schema.ts';

/** How each registration status is shown, and what it means in one line. */
export const STATUS_LABELS: Record<Status, { label: string; meaning: string }> = {
  permanent: { label: 'Registered', meaning: 'In the IANA registry as a permanent code.' },
  temporary: { label: 'Temporary registration', meaning: 'Registered for an Internet-Draft; the registration expires unless renewed.' },
  unused: { label: 'Reserved, unused', meaning: 'Reserved in the registry: no server should send it.' },
  deprecated: { label: 'Deprecated', meaning: 'Still registered, but its specification says not to use it.' },
  obsoleted: { label: 'Obsoleted', meaning: 'Registered, but the RFC that defined it is now Historic.' },
  unofficial: { label: 'Unofficial', meaning: 'No RFC defines this code; a vendor or product uses it.' },
};

/** What a client should do about retrying, as shown in "Facts at a glance". */
export const RETRY_LABELS: Record<Facts['retry'], string> = {
  'not-needed': 'Not needed: the request worked or moves on',
  never: 'No: the same request gets the same answer',
  'not-automatically': 'Not automatically, though the same request may succeed later',
  'after-change': 'Only after changing the request',
  'after-resolving': 'Once the conflict is resolved, by the client or by a change to the resource',
  later: 'Yes, later: wait (Retry-After, when sent, says how long)',
  'idempotent-only': 'Automatically only for idempotent methods',
  'user-action-only': 'No: only when a person asks for it again',
  'other-connection': 'Yes, unchanged, over a different connection (any method)',
  'may-repeat': 'Yes, the same request (any method), on a new connection if this one closed',
  'after-handshake': 'Yes, automatically, once the TLS handshake is done (never in early data)',
};

export function isUnofficial(entry: Pick<CodeData, 'status'>): boolean {
  return entry.status === 'unofficial';
}

/** "RFC 9110 §15.5.5", or the document alone when it has no sections. */
export function citationText(spec: Citation): string {
  return spec.section ? `${spec.document} §${spec.section}` : spec.document;
}

/** A date as 2024-11-13. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
