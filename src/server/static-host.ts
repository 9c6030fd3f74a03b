/**
 * The `_headers` and `_redirects` files that managed static hosts (Netlify, Cloudflare Pages
 * and others that read the same format) apply to the built site. Written into dist/ by the
 * build; made from policy.ts like the nginx configuration.
 */
import { ALLOWED_METHODS, CACHE_RULES, responseHeaders } from './policy.ts';

/**
 * `https`: the site is deployed at an https: SITE_URL, so every answer carries
 * Strict-Transport-Security. Allow goes on every answer: hosts answer other methods with their
 * own 405, and this is the only way to give it the Allow header RFC 9110 requires (on other
 * answers it is true and harmless).
 */
export function headersFile(https: boolean): string {
  const all = Object.entries({ ...responseHeaders(https), Allow: ALLOWED_METHODS.join(', ') }).map(
    ([name, value]) => `  ${name}: ${value}`,
  );
  // Hosts merge every rule that matches a path, joining repeated headers; so Cache-Control is
  // set only on the specific prefixes, and HTML keeps the host's own short default.
  const specific = CACHE_RULES.filter((r) => r.prefix !== '/').map((r) => `${r.prefix}*\n  Cache-Control: ${r.cacheControl}`);
  return [`/*\n${all.join('\n')}`, ...specific].join('\n') + '\n';
}

/** `/404` → `/404/` for every page, as nginx does for directories. */
export function redirectsFile(pagePaths: readonly string[]): string {
  return (
    pagePaths
      .filter((p) => p !== '/' && p.endsWith('/'))
      .map((p) => `${p.slice(0, -1)} ${p} 301`)
      .join('\n') + '\n'
  );
}
