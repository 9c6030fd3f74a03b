/** HAProxy's own small cache, as its manual's example sets it up (max-age left at its default, 60 s). */
import type { Driver } from '../daemon.ts';

export const haproxy: Driver = {
  id: 'haproxy',
  program: 'HAProxy cache',
  setting: 'cache section, cache-use and cache-store',
  debian: 'haproxy',
  binary: '/usr/sbin/haproxy',
  template: 'haproxy.cfg',
  args: ['-db', '-f', '{{CONFIG}}'],
};
