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

/**
 * Whether the build knows where it will be served. Without SITE_URL it is a local or
 * self-hosted copy: absolute links carry the placeholder, so the copy buttons give the address
 * the reader has open instead, and the build warns (siteUrlWarning).
 */
export function hasSiteUrl(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env['SITE_URL']);
}

/** An HTTPS deployment: SITE_URL starts with https:, so responses carry Strict-Transport-Security. */
export function isHttpsDeployment(env: Record<string, string | undefined> = process.env): boolean {
  return env['SITE_URL']?.startsWith('https:') ?? false;
}

/** What the build prints when SITE_URL is missing, or undefined when it is set. */
export function siteUrlWarning(env: Record<string, string | undefined> = process.env): string | undefined {
  if (hasSiteUrl(env)) return undefined;
  return [
    `SITE_URL is not set: canonical links, the sitemap, robots.txt and link-preview images point to ${PLACEHOLDER_ORIGIN}.`,
    'Fine for a local copy (the Permalink buttons copy the address the reader has open); for a deployment,',
    'build with SITE_URL set to its origin, e.g. SITE_URL=https://status.example.org npm run build.',
  ].join('\n');
}
