/**
 * What every content collection shares: where its files live, how a file name becomes an id,
 * and how problems are reported. Each collection's own checks (code-validate.ts,
 * guide-validate.ts, message-validate.ts) return a list of problems, one line each, starting with
 * the file and naming the field; src/content.config.ts throws them with `throwProblems`, which
 * fails `astro sync`, `astro dev` and `astro build` alike.
 */

/**
 * The content folders, named once. The broken-content tests and the growth benchmark point the
 * build at other folders through these environment variables; the site builds from content/.
 */
export const CONTENT_DIRS = {
  codes: process.env['CODES_DIR'] ?? './content/codes',
  guide: process.env['GUIDE_DIR'] ?? './content/guide',
  compare: process.env['COMPARE_DIR'] ?? './content/compare',
  messages: process.env['MESSAGES_DIR'] ?? './content/messages',
  /** The header fields status codes depend on (headers.yaml), by code and level. */
  headers: process.env['HEADERS_DIR'] ?? './content/headers',
  /** One RFC 9457 problem-details example per 4xx and 5xx code (problems.yaml). */
  problems: process.env['PROBLEMS_DIR'] ?? './content/problems',
  /** What real HTTP clients did, measured by `npm run clients` (scripts/clients/). */
  clients: process.env['CLIENTS_DIR'] ?? './content/clients',
  /** What caching proxies did (`npm run caches`, scripts/caches/), and what CDNs and crawlers document. */
  caches: process.env['CACHES_DIR'] ?? './content/caches',
} as const;

/** An entry's id is its file name without the extension, so `/404/` can only come from `404.mdx`. */
export function idFromFileName({ entry }: { entry: string }): string {
  return entry.replace(/\.(mdx|ya?ml|json)$/, '');
}

export class ContentError extends Error {
  override name = 'ContentError';
}

/** Throws a ContentError listing every problem, one line each; does nothing when there are none. */
export function throwProblems(what: string, problems: readonly string[]): void {
  if (problems.length > 0) throw new ContentError(`Invalid ${what}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
