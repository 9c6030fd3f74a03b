/** Squid with Debian's squid.conf, turned into a reverse proxy (accel) for the origin: a memory cache only, as Debian ships it. */
import type { Driver } from '../daemon.ts';

export const squid: Driver = {
  id: 'squid',
  program: 'Squid',
  setting: 'stock squid.conf as a reverse proxy (accel)',
  debian: 'squid',
  binary: '/usr/sbin/squid',
  template: 'squid.conf',
  // -n: a service name of its own, so it shares nothing with another Squid on the machine.
  args: ['-N', '-f', '{{CONFIG}}', '-n', 'caches{{PORT}}'],
  says: { header: 'X-Cache (HIT, MISS ... from the host)', read: (h) => String(h['x-cache'] ?? '').split(' ')[0] || undefined },
};
