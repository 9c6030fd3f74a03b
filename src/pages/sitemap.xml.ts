import type { APIRoute } from 'astro';
import { CLASSES } from '../lib/classes';
import { allCodes } from '../lib/codes';
import { allComparisons, guideHref, guidePages } from '../lib/guide';
import { classPath, CLIENTS, codePath, comparePath, HOME } from '../lib/paths';

/** Every page once: the cheatsheet, the class pages, the code pages, the guide, the comparisons and the client measurements. */
export const GET: APIRoute = async ({ site }) => {
  const paths = [
    HOME,
    ...CLASSES.map((c) => classPath(c.id)),
    ...(await allCodes()).map((e) => codePath(e.data.code)),
    ...[...(await guidePages()).keys()].map((id) => guideHref(id)),
    comparePath(),
    ...(await allComparisons()).map((c) => comparePath(c.slug)),
    CLIENTS,
  ];
  const urls = paths.map((p) => `  <url><loc>${new URL(p, site).href}</loc></url>`).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
