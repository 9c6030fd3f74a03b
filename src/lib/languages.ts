import type { Constant } from './schema.ts';

/**
 * The languages whose status constants a code page lists under "In code". Each constant in an
 * entry's `inCode` was checked against the source named here; Python and Node.js are also
 * checked by a test against the runtimes on the machine (tests/constants.spec.ts).
 */
export const LANGUAGES = {
  python: { label: 'Python', library: 'http.HTTPStatus', source: 'CPython Lib/http/__init__.py (3.11)' },
  node: { label: 'Node.js', library: 'http.STATUS_CODES', source: 'Node.js lib/_http_server.js (v24)' },
  go: { label: 'Go', library: 'net/http', source: 'Go src/net/http/status.go (Go 1.20+)' },
  java: { label: 'Java (Spring)', library: 'org.springframework.http.HttpStatus', source: 'Spring Framework spring-web HttpStatus.java (6.0/6.1)' },
  dotnet: { label: '.NET', library: 'System.Net.HttpStatusCode', source: 'dotnet/runtime System.Net.Primitives HttpStatusCode.cs (.NET 8+)' },
  rust: { label: 'Rust', library: 'http::StatusCode', source: 'hyperium/http src/status.rs' },
  rails: { label: 'Ruby on Rails', library: 'Rack::Utils::SYMBOL_TO_STATUS_CODE', source: 'Rack lib/rack/utils.rb (3.1)' },
  symfony: { label: 'PHP (Symfony)', library: 'Symfony\\Component\\HttpFoundation\\Response', source: 'symfony/http-foundation Response.php (6.4/7.x)' },
} as const;

export type LanguageKey = keyof typeof LANGUAGES;
export const LANGUAGE_KEYS = Object.keys(LANGUAGES) as [LanguageKey, ...LanguageKey[]];

/** An entry's `inCode` value as a list of constants, the current name first. */
export function constantsOf(value: string | readonly Constant[]): readonly Constant[] {
  return typeof value === 'string' ? [{ name: value }] : value;
}

/** "since 7.0", "deprecated in 7.0", "removed in 7.0": what a reader must know before copying a name. */
export function constantVersionNote(c: Constant): string {
  return [c.since && `since ${c.since}`, c.deprecatedIn && `deprecated in ${c.deprecatedIn}`, c.removedIn && `removed in ${c.removedIn}`]
    .filter(Boolean)
    .join(', ');
}
