/**
 * Varnish with Debian's default.vcl, which sets the backend and nothing else: the builtin VCL
 * decides what is cached and for how long (its default TTL, -t, left at 120 s).
 */
import type { Driver } from '../daemon.ts';

export const varnish: Driver = {
  id: 'varnish',
  program: 'Varnish',
  setting: 'stock builtin VCL',
  debian: 'varnish',
  binary: '/usr/sbin/varnishd',
  template: 'varnish.vcl',
  // Debian's service file runs `-a :6081 -f /etc/varnish/default.vcl -s malloc,256m`; here the
  // working folder (-n) is the scratch folder and the management port is off.
  args: ['-F', '-n', '{{DIR}}/varnish', '-a', '127.0.0.1:{{PORT}}', '-f', '{{CONFIG}}', '-s', 'malloc,64m', '-T', 'none'],
  says: {
    // X-Varnish carries the request's own id, and on a hit also the id of the request that stored the object.
    header: 'X-Varnish (two transaction ids: hit; one: miss or pass)',
    read: (h) => {
      const ids = String(h['x-varnish'] ?? '').trim();
      return ids ? (ids.split(/\s+/).length > 1 ? 'hit' : 'miss') : undefined;
    },
  },
};
