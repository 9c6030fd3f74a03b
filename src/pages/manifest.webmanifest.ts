import type { APIRoute } from 'astro';
import { APPLE_TOUCH_ICON, MANIFEST_ICONS, themeColours } from '../lib/previews/icons.ts';
import { SITE } from '../lib/site/origin.ts';
import { FILES, HOME } from '../lib/site/paths.ts';
import stylesheet from '../styles/site.css?raw';

/**
 * The web app manifest: with it, the icons and the service worker (/sw.js, written by src/integrations/offline-files.ts), browsers
 * offer to install the reference as an app that opens offline. A manifest has one theme colour,
 * so it takes the light one; the cheatsheet, where the app starts, gives both to the browser's
 * bar (src/layouts/Base.astro).
 */
export const GET: APIRoute = () => {
  const colours = themeColours(stylesheet);
  const manifest = {
    name: SITE.name,
    short_name: 'HTTP codes',
    description: SITE.tagline,
    id: HOME,
    start_url: HOME,
    scope: HOME,
    display: 'standalone',
    background_color: colours.light,
    theme_color: colours.light,
    icons: [
      ...MANIFEST_ICONS.map((icon) => ({
        src: `/icons/${icon.name}`,
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.purpose,
      })),
      { src: FILES.appleTouchIcon, sizes: `${APPLE_TOUCH_ICON.size}x${APPLE_TOUCH_ICON.size}`, type: 'image/png' },
      { src: FILES.favicon, sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2));
};
