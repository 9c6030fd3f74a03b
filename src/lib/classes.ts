/**
 * The five classes of status codes (RFC 9110 §15). A code's class is always derived from its
 * first digit, never typed into an entry.
 */
export interface StatusClass {
  /** The URL segment and label: "4xx". */
  id: ClassId;
  /** RFC 9110's name for the class. */
  name: string;
  /** The RFC 9110 section that defines the class. */
  section: string;
  /** What the class tells a client, in one sentence. */
  summary: string;
}

export type ClassId = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

export const CLASSES: readonly StatusClass[] = [
  {
    id: '1xx',
    name: 'Informational',
    section: '15.2',
    summary: 'An interim answer: the request was received and the final response is still to come.',
  },
  {
    id: '2xx',
    name: 'Successful',
    section: '15.3',
    summary: 'The server received, understood and accepted the request.',
  },
  {
    id: '3xx',
    name: 'Redirection',
    section: '15.4',
    summary: 'The client has to take another step, usually a request to another URL, to finish.',
  },
  {
    id: '4xx',
    name: 'Client Error',
    section: '15.5',
    summary: 'The request was wrong or not allowed; repeating it unchanged will not help.',
  },
  {
    id: '5xx',
    name: 'Server Error',
    section: '15.6',
    summary: 'The request looked valid, but the server or something behind it failed to answer it.',
  },
];

/** The class of a status code, from its first digit. */
export function classOf(code: number): StatusClass {
  const found = CLASSES[Math.floor(code / 100) - 1];
  if (!found) throw new RangeError(`${code} is not an HTTP status code (100-599)`);
  return found;
}

export function classById(id: string): StatusClass | undefined {
  return CLASSES.find((c) => c.id === id);
}

/** The link to RFC 9110's section for a class. */
export function classSpecUrl(c: StatusClass): string {
  return `https://www.rfc-editor.org/rfc/rfc9110#section-${c.section}`;
}
