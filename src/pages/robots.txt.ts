import type { APIRoute } from 'astro';
import { FILES } from '../lib/site/paths.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(FILES.sitemap, site).href}\n`, {
    headers: { 'Content-Type': 'text/plain' },
  });
