/**
 * The programs the clients need, installed from Debian when missing (on Debian as root, as
 * scripts/ensure-tools.ts does for Chromium and nginx). A client that is still missing
 * afterwards is returned with the reason, for the output and the data file: never skipped silently.
 */
import { existsSync } from 'node:fs';
import type { ClientId } from '../../src/lib/clients/schema.ts';
import { findChromium } from '../harness/browser.ts';
import { canInstallDebian, installDebian } from '../harness/debian.ts';
import { CURL } from './drivers/curl.ts';
import { WGET } from './drivers/wget.ts';

/** Debian's own Python, where python3-requests installs; a `python3` earlier on PATH may be another. */
export const PYTHON = '/usr/bin/python3';
export const GO = '/usr/bin/go';
export const OPENSSL = '/usr/bin/openssl';

/** Where Debian's python3-requests puts the library: a file test, not a Python start. */
const REQUESTS = '/usr/lib/python3/dist-packages/requests/__init__.py';
const hasRequests = (): boolean => existsSync(REQUESTS);

interface Need {
  what: string;
  debian: string;
  found: () => boolean;
  clients: readonly ClientId[];
}

const NEEDS: readonly Need[] = [
  { what: 'Chromium', debian: 'chromium', found: () => findChromium() !== undefined, clients: ['chromium-navigation', 'chromium-fetch'] },
  { what: 'curl', debian: 'curl', found: () => existsSync(CURL), clients: ['curl', 'curl-follow', 'curl-retry'] },
  { what: 'GNU Wget', debian: 'wget', found: () => existsSync(WGET), clients: ['wget'] },
  { what: 'Debian’s Python 3', debian: 'python3', found: () => existsSync(PYTHON), clients: ['python-urllib', 'python-requests'] },
  {
    what: 'requests for Debian’s Python',
    debian: 'python3-requests',
    found: () => existsSync(PYTHON) && hasRequests(),
    clients: ['python-requests'],
  },
  { what: 'Go', debian: 'golang-go', found: () => existsSync(GO), clients: ['go'] },
  // Not a client: it makes the certificate of the HTTP/2 server for the Early Hints test.
  { what: 'openssl', debian: 'openssl', found: () => existsSync(OPENSSL), clients: [] },
];

/** Installs what is missing where it can; returns, per client still missing, why. */
export function ensureClients(): Map<ClientId, string> {
  const failed = installDebian(
    NEEDS.filter((n) => !n.found()).map((n) => n.debian),
    'the HTTP clients the harness measures',
  );
  const missing = new Map<ClientId, string>();
  for (const need of NEEDS.filter((n) => !n.found())) {
    const how = canInstallDebian()
      ? `apt-get install ${need.debian} failed${failed ? `: ${failed}` : ''}`
      : `not installed (on Debian: sudo apt-get install ${need.debian})`;
    for (const client of need.clients) if (!missing.has(client)) missing.set(client, `${need.what} ${how}`);
  }
  return missing;
}
