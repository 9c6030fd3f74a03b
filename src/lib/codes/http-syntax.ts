/**
 * The shapes of HTTP's own syntax that the site checks and highlights, in one place: the entry
 * schema validates examples and header lists with them, and the example highlighter tokenizes
 * with them, so what the build accepts is what the page can colour.
 */

/** A header field name as written in examples and entries (RFC 9110 §5.1): "Retry-After". */
export const FIELD_NAME = /[A-Za-z][A-Za-z0-9-]*/;

/**
 * A status line (RFC 9112 §4, and the same shape for HTTP/2 and HTTP/3 as tools print them):
 * the version, a three-digit code from 100 to 599, and an optional reason phrase.
 * Groups: version, code, reason (with its leading space).
 */
export const STATUS_LINE = /(HTTP\/(?:1\.0|1\.1|2|3)) ([1-5]\d\d)( [^\n]*)?/;

/** A request line as written in examples: method, target, version. Groups: method, target, version. */
export const REQUEST_LINE = /([A-Z]+) (\S+) (HTTP\/(?:1\.0|1\.1|2|3))/;

/** The pattern matching the whole of a text (one line, or one name). */
export function whole(pattern: RegExp): RegExp {
  return new RegExp(`^${pattern.source}$`);
}
