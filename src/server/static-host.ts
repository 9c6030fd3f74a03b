/**
 * The `_headers` and `_redirects` files that managed static hosts (Netlify, Cloudflare Pages
 * and others that read the same format) apply to the built site. Written into dist/ by the
 * build; made from policy.ts like the nginx configuration.
 */
import { CACHE_RULES, SECURITY_HEADERS } from './policy.ts';

export function headersFile(): string {
  const all = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
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
