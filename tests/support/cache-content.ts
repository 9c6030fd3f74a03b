/** The three cache files, read and validated as the build reads them, for the node tests. */
import { readFileSync } from 'node:fs';
import { loadCdns, loadCrawlers } from '../../src/lib/caches/documented.ts';
import { MEASUREMENTS_FILE, measurementsSchema } from '../../src/lib/caches/schema.ts';
import type { CacheData } from '../../src/lib/caches/summary.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

export const cacheData: CacheData = {
  measurements: measurementsSchema.parse(JSON.parse(readFileSync(repoPath('content', 'caches', MEASUREMENTS_FILE), 'utf8'))),
  cdns: loadCdns(repoPath('content', 'caches', 'cdns.yaml')),
  crawlers: loadCrawlers(repoPath('content', 'caches', 'crawlers.yaml')),
};
