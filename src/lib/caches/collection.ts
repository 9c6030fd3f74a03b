/**
 * The one place that reads the cache collections (content/caches/), as src/lib/clients/collection.ts
 * is for the clients; what to show from them is src/lib/caches/summary.ts, which is pure.
 */
import { getEntry } from 'astro:content';
import type { CacheData } from './summary.ts';

let cached: Promise<CacheData> | undefined;

async function load(): Promise<CacheData> {
  const [measurements, cdns, crawlers] = await Promise.all([
    getEntry('cacheMeasurements', 'measurements'),
    getEntry('cdns', 'cdns'),
    getEntry('crawlers', 'crawlers'),
  ]);
  if (!measurements) throw new Error('content/caches/measurements.json is missing: run `npm run caches`');
  if (!cdns || !crawlers) throw new Error('content/caches/cdns.yaml or crawlers.yaml is missing');
  return { measurements: measurements.data, cdns: cdns.data, crawlers: crawlers.data };
}

export function cacheData(): Promise<CacheData> {
  cached ??= load();
  return cached;
}
