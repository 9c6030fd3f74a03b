import type { APIRoute } from 'astro';
import { allPagePaths } from '../lib/site/pages.ts';

/** Every page once, from the one list of pages (src/lib/site/pages.ts). */
export const GET: APIRoute = async ({ site }) => {
  const urls = (await allPagePaths()).map((p) => `  <url><loc>${new URL(p, site).href}</loc></url>`).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
