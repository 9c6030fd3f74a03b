/** Facts about the site itself, shown in the header, titles and footer. */
export const SITE = {
  name: 'HTTP Status Codes',
  tagline: 'Every HTTP status code, with its RFC section, at a permanent link.',
} as const;

/**
 * The origin canonical links, the sitemap and preview images use when the build is given no
 * SITE_URL. A placeholder on purpose: a deployment sets its own.
 */
export const PLACEHOLDER_ORIGIN = 'https://httpstatus.example';

/** The origin this build was made for: SITE_URL when set, else the placeholder. */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
  return env['SITE_URL'] ?? PLACEHOLDER_ORIGIN;
}
