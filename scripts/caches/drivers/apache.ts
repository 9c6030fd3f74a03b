/** Apache httpd's mod_cache with mod_cache_disk, as Debian's cache_disk.conf sets it, with `CacheEnable disk /` on, behind mod_proxy. */
import type { Driver } from '../daemon.ts';

export const apache: Driver = {
  id: 'apache',
  program: 'Apache httpd mod_cache',
  setting: 'mod_cache_disk, CacheEnable disk /',
  debian: 'apache2-bin',
  binary: '/usr/sbin/apache2',
  template: 'apache.conf',
  asRoot: 'User www-data\nGroup www-data',
  args: ['-f', '{{CONFIG}}', '-DFOREGROUND'],
  folders: ['cache'],
  says: {
    header: 'X-Cache (CacheHeader on, added by the configuration: HIT, MISS, REVALIDATE ...)',
    read: (h) => String(h['x-cache'] ?? '').split(' ')[0] || undefined,
  },
};
