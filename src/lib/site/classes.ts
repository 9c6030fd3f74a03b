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
  /** What to know about the class as a whole, for its page. */
  description: string;
}

export type ClassId = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

export const CLASSES: readonly StatusClass[] = [
  {
    id: '1xx',
    name: 'Informational',
    section: '15.2',
    summary: 'An interim answer: the request was received and the final response is still to come.',
    description:
      'A 1xx response is interim: it arrives before the final response to the same request and never carries content. A client must be able to read and skip one even when it did not ask for it. HTTP/1.0 has no 1xx codes, so servers do not send them to HTTP/1.0 clients.',
  },
  {
    id: '2xx',
    name: 'Successful',
    section: '15.3',
    summary: 'The server received, understood and accepted the request.',
    description:
      'The request did what it asked for. The particular 2xx code tells the client what the response holds: a representation (200), a newly created resource (201), work queued for later (202), nothing at all (204), or part of a resource (206).',
  },
  {
    id: '3xx',
    name: 'Redirection',
    section: '15.4',
    summary: 'The client has to take another step, usually a request to another URL, to finish.',
    description:
      'The client has to do something more, usually repeat the request at the URL in `Location`. What tells the codes apart is whether the move is permanent and whether the method may change to GET (301, 302, 303) or must stay as it was (307, 308). 304 is the odd one out: it tells a cache that its stored copy is still good.',
  },
  {
    id: '4xx',
    name: 'Client Error',
    section: '15.5',
    summary: 'The request was wrong or not allowed; repeating it unchanged will not help.',
    description:
      'The server blames the request: bad syntax, missing or wrong credentials, a resource that is not there, a method it does not allow, too much data or too many requests. The body should say what went wrong. Sending the same request again gets the same answer unless the request or the circumstances change.',
  },
  {
    id: '5xx',
    name: 'Server Error',
    section: '15.6',
    summary: 'The request looked valid, but the server or something behind it failed to answer it.',
    description:
      'The request may have been fine, but the server, or a server behind it, could not answer it. Gateways and proxies report the failures of the servers behind them with 502, 503 and 504. Many 5xx errors pass, so a retry after a pause can work, but only idempotent requests are safe to repeat automatically.',
  },
];

/** The class id of a number from its first digit ("4xx"), or undefined outside 100-599. */
export function classIdOf(code: number): ClassId | undefined {
  return Number.isInteger(code) && code >= 100 && code <= 599 ? (`${Math.floor(code / 100)}xx` as ClassId) : undefined;
}

/** The class of a status code, from its first digit. */
export function classOf(code: number): StatusClass {
  const id = classIdOf(code);
  const found = CLASSES.find((c) => c.id === id);
  if (!found) throw new RangeError(`${code} is not an HTTP status code (100-599)`);
  return found;
}

/** The link to RFC 9110's section for a class. */
export function classSpecUrl(c: StatusClass): string {
  return `https://www.rfc-editor.org/rfc/rfc9110#section-${c.section}`;
}
