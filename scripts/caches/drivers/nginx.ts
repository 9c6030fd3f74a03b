/**
 * nginx's proxy_cache, three ways: the cache zone alone, as people first write it (nginx then
 * keeps only what the origin gives a lifetime), and with the proxy_cache_valid line people add,
 * once with no codes named and once with `any`.
 */
import type { Driver } from '../daemon.ts';

const base = {
  program: 'nginx proxy_cache',
  debian: 'nginx',
  binary: '/usr/sbin/nginx',
  template: 'nginx.conf',
  asRoot: 'user root;\n',
  args: ['-p', '{{DIR}}', '-c', '{{CONFIG}}', '-e', '{{DIR}}/error.log', '-g', 'daemon off;'],
  says: {
    header: 'X-Cache-Status ($upstream_cache_status, added by the configuration)',
    read: (h) => h['x-cache-status'] as string | undefined,
  },
} satisfies Omit<Driver, 'id' | 'setting'>;

export const nginx: Driver = { ...base, id: 'nginx', setting: 'proxy_cache with no proxy_cache_valid' };

export const nginxValid10m: Driver = {
  ...base,
  id: 'nginx-valid-10m',
  setting: 'proxy_cache_valid 10m;',
  settingLines: '            proxy_cache_valid 10m;',
};

export const nginxValidAny1m: Driver = {
  ...base,
  id: 'nginx-valid-any-1m',
  setting: 'proxy_cache_valid any 1m;',
  settingLines: '            proxy_cache_valid any 1m;',
};
