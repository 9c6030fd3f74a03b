/** Facts about the site itself, shown in the header, titles and footer. */
export const SITE = {
  name: 'HTTP Status Codes',
  tagline: 'Every HTTP status code, with its RFC section, at a permanent link.',
} as const;
