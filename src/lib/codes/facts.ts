/**
 * The facts that tell neighbouring codes apart, in words: the comparison tables and the code
 * pages' "Facts at a glance" show them from the entries' frontmatter, never typed twice.
 */
import { classIdOf } from '../site/classes.ts';
import type { Facts } from './schema.ts';
import { RETRY_LABELS } from './labels.ts';

export type Fault = NonNullable<Facts['fault']>;

/**
 * Whose problem a response reports: the entry's own `fault` where the class would mislead
 * (a gateway reporting the server behind it), otherwise the class's: 1xx-3xx report no
 * problem, 4xx the client's, 5xx the server's (RFC 9110 §15).
 */
export function faultOf(code: number, facts: Pick<Facts, 'fault'>): Fault {
  if (facts.fault) return facts.fault;
  const id = classIdOf(code);
  return id === '4xx' ? 'client' : id === '5xx' ? 'server' : 'none';
}

export const FAULT_LABELS: Record<Fault, string> = {
  none: 'Nobody’s: not an error',
  client: 'The client’s request',
  server: 'This server',
  upstream: 'A server behind this one',
  network: 'The network the client is on: log in to it first',
  connection: 'The connection: no response arrived, the client made up the number',
};

export const PERMANENCE_LABELS: Record<NonNullable<Facts['permanence']>, string> = {
  permanent: 'Permanent',
  temporary: 'Temporary',
  'not-a-move': 'Neither: not a move, a different resource',
};

export const METHOD_LABELS: Record<NonNullable<Facts['method']>, string> = {
  'may-change': 'May change POST to GET',
  'becomes-get': 'Becomes GET (or HEAD)',
  kept: 'Kept, with the body',
};

const yesNo = (value: boolean): string => (value ? 'Yes' : 'No');

/** One fact as a row or column: its heading, an optional note, and its value for an entry. */
export interface FactColumn {
  key: 'permanence' | 'method' | 'cacheable' | 'content' | 'retry' | 'location' | 'fault';
  term: string;
  note?: string;
  /** The fact in words, or undefined where it does not apply to this code. */
  value: (code: number, facts: Facts) => string | undefined;
}

export const FACT_COLUMNS: readonly FactColumn[] = [
  { key: 'permanence', term: 'Permanent or temporary', value: (_, f) => (f.permanence ? PERMANENCE_LABELS[f.permanence] : undefined) },
  { key: 'method', term: 'Method when following', value: (_, f) => (f.method ? METHOD_LABELS[f.method] : undefined) },
  {
    key: 'cacheable',
    term: 'Cacheable by default',
    note: 'RFC 9110 §15.1: may be stored without explicit freshness',
    value: (_, f) => yesNo(f.cacheableByDefault),
  },
  { key: 'content', term: 'May have content', value: (_, f) => yesNo(f.mayHaveContent) },
  { key: 'retry', term: 'Retry automatically', value: (_, f) => RETRY_LABELS[f.retry] },
  { key: 'location', term: 'Client follows Location', value: (_, f) => yesNo(f.redirects) },
  { key: 'fault', term: 'Whose problem', value: (code, f) => FAULT_LABELS[faultOf(code, f)] },
];

/**
 * The facts for a family of codes, split in two: the columns whose values differ (the table)
 * and those every member shares (said once, under the table). Facts that apply to none of the
 * codes, such as the redirect method for 4xx codes, are left out.
 */
export function splitColumns(members: readonly { code: number; facts: Facts }[]): { varying: FactColumn[]; shared: FactColumn[] } {
  const applying = FACT_COLUMNS.filter((c) => members.some((m) => c.value(m.code, m.facts) !== undefined));
  const same = (c: FactColumn): boolean => new Set(members.map((m) => c.value(m.code, m.facts))).size === 1;
  return { varying: applying.filter((c) => !same(c)), shared: applying.filter(same) };
}
