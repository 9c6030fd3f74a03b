/**
 * What people paste into the search box besides words: a whole log line (with its timestamp,
 * addresses, ids and request line), a constant from their code (`http.StatusNotFound`,
 * `HttpStatusCode.ServiceUnavailable`, `:unprocessable_entity`), or a vendor's own code for an
 * error (`1020`, `H12`, `500.19`, `AH01102`, `net::ERR_TOO_MANY_REDIRECTS`). These functions
 * split such a paste into the parts search matches and the noise it must ignore. Pure: the
 * browser runs them, and so do the tests.
 */

/** Characters that change nothing a reader sees: zero-width spaces and joiners, the BOM, and the direction controls. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

/** The query without invisible characters, so "4\u200b0\u200b4" reads as 404 and no control character can reorder text it is echoed in. */
export function withoutInvisibles(raw: string): string {
  return raw.replace(INVISIBLE, '');
}

/**
 * Tokens that vary from one occurrence of a message to the next and so never help find it:
 * timestamps, addresses, ids, paths, URLs, host names, process ids, byte counts. Each pattern
 * matches a whole whitespace-separated token (after trimming brackets and quotes).
 */
const NOISE: readonly RegExp[] = [
  // Dates and times: 2026/11/28, 2026-11-28T19:03:38.123Z, 28/Nov/2026:19:03:38, 19:03:38, +0000.
  /^\d{4}[-/]\d{2}[-/]\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:z|[+-]\d{2}:?\d{2})?)?$/i,
  /^\d{2}\/[a-z]{3}\/\d{4}(?::\d{2}:\d{2}:\d{2})?$/i,
  /^\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:z)?$/i,
  /^[+-]\d{4}$/,
  // IPv4 with an optional port, IPv6, and a bare :port.
  /^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?$/,
  /^[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:%\w+)?$/i,
  /^:\d{2,5}$/,
  // URLs, and paths (a token that starts with a slash, ./ or ../, or a Windows drive).
  /^[a-z][a-z0-9+.-]*:\/\/\S*$/i,
  /^\.{0,2}\/\S*$/,
  /^[a-z]:\\\S*$/i,
  // Host names with a known top-level domain: api.example.com, myapp.herokuapp.com.
  /^(?:[a-z0-9-]+\.)+(?:com|net|org|io|dev|app|co|uk|de|fr|local|internal|cloud|example|test|localhost|amazonaws|run|sh|ai|xyz|info|biz)\.?$/i,
  // Ids: UUIDs, long hex strings, ray and request ids, and numbers of five or more digits.
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  /^(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}(?:-[a-z]{3})?$/i,
  /^\d{5,}$/,
  // nginx's "1234#1234:" process and "*5" connection numbers, and similar counters.
  /^\d+#\d+:?$/,
  /^\*\d+$/,
  // Durations and sizes with their unit: 30001ms, 0.532s, 512kB.
  /^\d+(?:\.\d+)?(?:ms|s|us|µs|kb|mb|gb|b)$/i,
  // Percent-encoded bytes: %00, %0d%0a.
  /^(?:%[0-9a-f]{2})+$/i,
  // errno in "(111: Connection refused)" and "(104: Connection reset by peer)".
  /^\d{1,3}:$/,
];

const EDGE_PUNCTUATION = /^[\s"'`([{<,;]+|[\s"'`)\]}>,;.]+$/g;

/** The token with quotes and brackets at its edges trimmed: `"/api/users"` → `/api/users`. */
export function trimToken(token: string): string {
  return token.replace(EDGE_PUNCTUATION, '');
}

/** Whether a token is noise: something that varies between two occurrences of the same message. */
export function isNoise(token: string): boolean {
  const t = trimToken(token);
  if (t === '') return true;
  // key=value pairs (Heroku's router, ALB logs): the value decides.
  const pair = /^[a-z_]+=(.*)$/i.exec(t);
  if (pair) return isNoise(pair[1] ?? '');
  return NOISE.some((p) => p.test(t));
}

/**
 * A word inside a longer token that is an id (`app/alb/0e1d2c3b4a596877`, `Root=1-665ca5fb-…`,
 * an account number in an ARN): hex with digits and letters, or five digits or more.
 */
export function isIdWord(word: string): boolean {
  return /^(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{6,}$/i.test(word) || /^\d{5,}$/.test(word);
}

/**
 * A token written the way code names things: with a namespace (`http.StatusOK`, `Response::HTTP_OK`,
 * `net::ERR_…`), a Ruby symbol (`:not_found`), snake or screaming case (`NOT_FOUND`), or inner
 * capitals (`StatusNotFound`, `HttpStatusCode`).
 */
export function looksLikeIdentifier(token: string): boolean {
  const t = trimToken(token);
  return /^[A-Za-z_:][\w.:]*$/.test(t) && (/[.:]/.test(t) || /_/.test(t) || /[a-z][A-Z]/.test(t) || /^[A-Z][A-Z0-9]{3,}$/.test(t));
}

/** Lower-case letters and digits only: "HTTP_REQUEST_ENTITY_TOO_LARGE" → "httprequestentitytoolarge". */
export function compact(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The forms an identifier can be typed in, most specific first, all compact: as written, without
 * its namespace (`http.`, `HttpStatus.`, `Response::`, `:`), and without a leading `Status`
 * or `HTTP_` that many libraries put before the name. Used both for the constants the site lists
 * and for a token in a query, so any casing and any of these prefixes meet.
 */
export function identifierForms(name: string): string[] {
  const t = trimToken(name).replace(/\(\)$/, '');
  const local =
    t
      .split(/::|\.|^:/)
      .filter(Boolean)
      .at(-1) ?? t;
  const forms = [compact(t), compact(local)];
  const bare = local.replace(/^(?:Status(?=[A-Z])|STATUS_|HTTP_|Http(?=[A-Z]))/, '');
  forms.push(compact(bare));
  return [...new Set(forms.filter((f) => f.length >= 2))];
}

/**
 * A vendor's key as search compares it: lower case, `net::` and similar namespaces dropped.
 * Keys that could be anything (a number of one to three digits, which is a code or a curl exit
 * status, or a common word) are left to the ordinary word matching.
 */
export function keyForm(key: string): string | undefined {
  const t = trimToken(key)
    .replace(/^[a-z]+::/i, '')
    .toLowerCase();
  if (/^\d{1,3}$/.test(t) || t.length < 3) return undefined;
  return t;
}

/** Camel case split into words, for an identifier that names no constant: "ServiceUnavailableException" → "Service Unavailable Exception". */
export function splitCamel(token: string): string {
  return token.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
}

/** Whether text contains letters of a script other than Latin (Arabic, Chinese, Cyrillic …). */
export function hasNonLatinLetters(text: string): boolean {
  return /\p{L}/u.test(text.replace(/\p{Script=Latin}/gu, ''));
}

/**
 * What each kind of placeholder can stand for in a pasted message. None can match across a line,
 * and most only within one token, so a pattern never has to try many ways to split a paste.
 */
const SLOT_PATTERNS: Record<string, string> = {
  method: '(?:GET|HEAD|POST|PUT|DELETE|PATCH|OPTIONS|CONNECT|TRACE|PROPFIND|PROPPATCH|MKCOL|COPY|MOVE|LOCK|UNLOCK)',
  path: '(?:/|[a-z][a-z0-9+.-]*://)\\S*',
  number: '-?\\d[\\d.,]*',
  port: '\\d{1,5}',
  status: '\\d{3}',
  // Free text: up to a quote or the end of the line (in a log, free text is quoted).
  text: '[^"\\n]*',
};
/** Any other placeholder (an address, a host, a time, an id): one token. */
const TOKEN = '\\S+';
/**
 * Placeholders that say what stands there (a method, a path, a number). At either end of a text
 * they are kept: without them ALB's `‹time› … 400 - ‹number› ‹number›` would be "400 -", in every
 * access log, and Express's `Cannot ‹method› ‹path›` would be every "Cannot". The others match
 * any token or any text, so at an end they add nothing.
 */
const TELLING = new Set(['method', 'path', 'number', 'port', 'status']);
/** Fewer literal characters than this, and a template matches too much to mean anything. */
const MIN_LITERAL = 4;

export interface Template {
  /** The longest literal part: a paste without it cannot match, which is quick to tell. */
  anchor: string;
  pattern: RegExp;
}

/**
 * A message's text with its placeholders (`Cannot ‹method› ‹path›`) as a pattern that finds it in
 * a paste (`<pre>Cannot DELETE /api/x</pre>`): the literal parts as written, each placeholder as
 * what its kind can stand for. Case matters, since pasted text keeps it. Placeholders at either
 * end that match anything are left out (the pattern is found anywhere in the paste; see TELLING
 * for those kept). Undefined when the literal parts
 * are too short to tell one message from another. A text without placeholders is its own pattern
 * (the engine decides which such texts are distinctive enough to look for).
 */
export function templatePattern(parts: readonly { text: string; placeholder: boolean }[]): Template | undefined {
  const kept = [...parts];
  const loose = (p: { text: string; placeholder: boolean } | undefined): boolean =>
    p !== undefined && (p.placeholder ? !TELLING.has(p.text) : p.text.trim() === '');
  while (loose(kept[0])) kept.shift();
  while (loose(kept.at(-1))) kept.pop();
  const literals = kept.filter((p) => !p.placeholder).map((p) => p.text.trim());
  if (literals.join('').replace(/\s+/g, '').length < MIN_LITERAL) return undefined;
  // Where the text has a space, the paste has one too (so `‹number› ‹number›` is two numbers, not
  // the digits of one); where it has none, a paste may still have one.
  let source = '';
  let space = false;
  for (const p of kept) {
    const part = p.placeholder
      ? (SLOT_PATTERNS[p.text] ?? TOKEN)
      : p.text
          .trim()
          .split(/\s+/)
          .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('\\s+');
    space ||= !p.placeholder && /^\s/.test(p.text);
    if (part !== '') {
      source += source === '' ? part : `${space ? '\\s+' : '\\s*'}${part}`;
      space = false;
    }
    space ||= !p.placeholder && /\s$/.test(p.text);
  }
  const anchor = literals
    .reduce((a, b) => (b.length > a.length ? b : a), '')
    .split(/\s+/)
    .reduce((a, b) => (b.length > a.length ? b : a), '');
  // The message starts and ends where words do: Werkzeug's `Failed to decode JSON object: ‹text›`
  // is not inside "XFailed …". A text that starts indented (koa prints `  Error: ‹text›` under
  // the request) starts a line so: then "LocalProtocolError: …" or a Google page's "Error:
  // Forbidden" is not koa's.
  const edge = (p: { text: string; placeholder: boolean } | undefined, c: string | undefined): boolean =>
    p !== undefined && !p.placeholder && c !== undefined && /\w/.test(c);
  const first = kept[0];
  const indent = first === parts[0] && first !== undefined && !first.placeholder && /^[ \t]/.test(first.text);
  const before = indent ? '(?<![^\\n])[ \\t]+' : edge(first, first?.text.trim()[0]) ? '(?<!\\w)' : '';
  const after = edge(kept.at(-1), kept.at(-1)?.text.trim().at(-1)) ? '(?!\\w)' : '';
  return { anchor, pattern: new RegExp(`${before}${source}${after}`) };
}

/** A vendor's own code for an error: 1020, H12, AH01102, 500.19, ERR_…, net::… */
const VENDOR_CODE = /^(?:\d{4}|[A-Za-z]{1,3}\d{2,}|\d{3}\.\d{1,3}|(?:net::)?ERR_\w+)$/;

/**
 * Whether a query may be (part of) an error message rather than words about a code: markup, JSON, a
 * sentence that ends in a full stop, a vendor's code, a request line (`GET /path`). Such a query
 * is answered best with the message catalogue, so its first rows wait for it.
 */
export function mayNameMessage(raw: string): boolean {
  if (/<[a-z/!?]/i.test(raw) || /^\s*[{[]/m.test(raw) || /\.\s*$/.test(raw)) return true;
  const tokens = raw.split(/\s+/).map(trimToken).filter(Boolean);
  return tokens.some(
    (t, i) => VENDOR_CODE.test(t) || (/^(?:GET|HEAD|POST|PUT|DELETE|PATCH|OPTIONS)$/.test(t) && /^\//.test(tokens[i + 1] ?? '')),
  );
}

/**
 * What only a program prints, never a person typing a question: a timestamp, an IP address,
 * columns aligned with runs of spaces (varnishlog, uvicorn's `ERROR:    …`), an exception's
 * class before its message (`SyntaxError:`, `h11._util.LocalProtocolError:`), an errno name
 * (`ECONNREFUSED`). Read from the text alone, so the first answer, given before the message
 * catalogue has loaded, already knows the query is a paste and waits for it.
 */
const PRINTED: readonly RegExp[] = [
  // 2026/12/07, 2026-12-07, 07-Dec-2026, 07/Dec/2026; 23:26:01 (seconds: "at 10:30" is typed).
  /\b\d{4}[-/]\d{2}[-/]\d{2}\b|\b\d{2}[-/][A-Z][a-z]{2}[-/]\d{4}\b|\b\d{1,2}:\d{2}:\d{2}\b/,
  /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])/,
  /\S(?: {3,}|\t)\S/,
  /(?<![\w.])(?:[A-Za-z_]\w*\.)*[A-Z][a-z]\w*(?:Error|Exception):/,
  /\bE(?:CONNREFUSED|CONNRESET|CONNABORTED|TIMEDOUT|HOSTUNREACH|NETUNREACH|ADDRINUSE|NOTFOUND|PIPE|AI_AGAIN)\b/,
];

export function printedByMachine(raw: string): boolean {
  return PRINTED.some((p) => p.test(raw));
}
