import type { APIRoute } from 'astro';
import { cacheData } from '../lib/caches/collection.ts';
import { cachingSummary, measuredCodes } from '../lib/caches/summary.ts';
import { CACHING, cachingRowPath, HOME } from '../lib/site/paths.ts';

/**
 * The cache data for tools: the measurements as measured, the CDN and crawler files as written,
 * and per code the summary /caching/ shows. `version` changes only when a field changes meaning.
 */
export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string): string => new URL(path, site).href;
  const data = await cacheData();
  const body = {
    version: 1,
    site: absolute(HOME),
    page: absolute(CACHING),
    measurements: data.measurements,
    cdns: data.cdns,
    crawlers: data.crawlers,
    codes: measuredCodes(data.measurements).map((code) => {
      const { line, ...summary } = cachingSummary(code, data);
      return { url: absolute(cachingRowPath(code)), line, ...summary };
    }),
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
