import { z } from 'astro/zod';

/**
 * The languages whose status constants a code page lists under "In code". `source` is the one
 * record of the file and release tag each language's constants were checked against; `checked`
 * is the release as the page names it. Python and
 * Node.js are also checked by a test against the runtimes on the machine
 * (tests/audits/runtime-constants.test.ts); the other six against a table transcribed from these sources
 * (tests/support/library-constants.ts, tested by tests/audits/library-constants.test.ts).
 */
export const LANGUAGES = {
  python: {
    label: 'Python',
    library: 'http.HTTPStatus',
    checked: 'Python 3.13',
    source: 'CPython Lib/http/__init__.py (v3.13; RFC 9110 names since 3.13)',
  },
  node: { label: 'Node.js', library: 'http.STATUS_CODES', checked: 'Node.js 24', source: 'Node.js lib/_http_server.js STATUS_CODES (v24)' },
  go: {
    label: 'Go',
    library: 'net/http',
    checked: 'Go 1.27',
    // The golang/go snapshot was too large to fetch whole, so the constants were read in the
    // release's own tree at go1.19.8 and every later release's API record was checked for a
    // net/http Status constant added, deprecated or removed: none was, up to go1.27.
    source: 'Go src/net/http/status.go (go1.19.8 tree), with golang/go api/go1.20.txt to api/go1.27.txt',
  },
  java: {
    label: 'Java (Spring)',
    library: 'org.springframework.http.HttpStatus',
    checked: 'Spring 7.0.9',
    source: 'Spring Framework spring-web org/springframework/http/HttpStatus.java (v7.0.9)',
  },
  dotnet: {
    label: '.NET',
    library: 'System.Net.HttpStatusCode',
    checked: '.NET 10',
    // The enum gives five codes a second name of equal value (Ambiguous, Moved, Redirect,
    // RedirectMethod, RedirectKeepVerb); pages list them after the main name.
    source: 'dotnet/runtime System.Net.Primitives HttpStatusCode.cs (main at 8b9361f, .NET 10; aliases included)',
  },
  rust: { label: 'Rust', library: 'http::StatusCode', checked: 'http 1.4.2', source: 'hyperium/http src/status.rs (v1.4.2)' },
  rails: {
    label: 'Ruby on Rails',
    library: 'Rack::Utils::SYMBOL_TO_STATUS_CODE',
    checked: 'Rack 3.2.7',
    source: 'Rack lib/rack/utils.rb (v3.2.7; same table since 3.1.0)',
  },
  symfony: {
    label: 'PHP (Symfony)',
    library: 'Symfony\\Component\\HttpFoundation\\Response',
    checked: 'Symfony 7.1.5',
    source: 'symfony/http-foundation Response.php (v7.1.5)',
  },
} as const;

/**
 * A library constant with the versions it applies to. A bare string in `inCode` is a constant
 * that every current version has; the object form marks when a name arrived, was deprecated or
 * was removed, so a page never offers a name that no longer compiles. In a list, a later name
 * with no version marks is an alias the library defines with the same value (.NET's
 * `HttpStatusCode.Moved` beside `MovedPermanently`), shown after the main name.
 */
export const constantSchema = z.object({
  /** The constant as written in code: "HttpStatus.CONTENT_TOO_LARGE". */
  name: z.string().min(1),
  /** The first version that has it: "7.0", "3.13". */
  since: z.string().min(1).optional(),
  /** The version that deprecated it (it still compiles, with a warning). */
  deprecatedIn: z.string().min(1).optional(),
  /** The version that removed it. */
  removedIn: z.string().min(1).optional(),
});

export type LanguageKey = keyof typeof LANGUAGES;
export const LANGUAGE_KEYS = Object.keys(LANGUAGES) as [LanguageKey, ...LanguageKey[]];

export type Constant = z.output<typeof constantSchema>;

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
