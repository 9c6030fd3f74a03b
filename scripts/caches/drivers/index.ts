/** Every cache the harness drives, in the order of CACHE_IDS. */
import { CACHE_IDS, type CacheId } from '../../../src/lib/caches/schema.ts';
import type { Driver } from '../daemon.ts';
import { apache } from './apache.ts';
import { haproxy } from './haproxy.ts';
import { nginx, nginxValid10m, nginxValidAny1m } from './nginx.ts';
import { squid } from './squid.ts';
import { varnish } from './varnish.ts';

const ALL = [nginx, nginxValid10m, nginxValidAny1m, varnish, squid, apache, haproxy];

export const DRIVERS: Record<CacheId, Driver> = Object.fromEntries(
  CACHE_IDS.map((id) => [id, ALL.find((d) => d.id === id) as Driver]),
) as Record<CacheId, Driver>;
