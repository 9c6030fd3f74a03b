// Runs before the tests (npm test): makes sure the programs the tests drive exist: a Chromium,
// nginx with the brotli_static module (tests/browser/nginx.spec.ts serves dist/ through it), and
// wrangler, Cloudflare Pages' local runtime (tests/site/serving.test.ts), which it installs from
// npm into node_modules/.cache; with --bench also wrk, for the benchmark's load run; with --caches
// also the caching proxies `npm run caches` and its test put in front of their origin
// (scripts/caches/install.ts). --only checks nothing but what the other flags add: the caches
// need neither Chromium nor wrangler.
// On Debian as root (CI, a fresh machine) it installs the missing Debian packages; anywhere
// else it says what to install and stops, rather than letting the tests fail one by one.
import { existsSync } from 'node:fs';
import { findChromium } from './harness/browser.ts';
import { installDebian } from './harness/debian.ts';
import { BROTLI_MODULE, findNginx, findWrk } from './harness/programs.ts';
import { CACHE_NEEDS } from './caches/install.ts';
import { findWrangler, installWrangler, WRANGLER_VERSION } from './harness/wrangler.ts';

const only = process.argv.includes('--only');
const needs = [
  ...(only ? [] : base()),
  ...(process.argv.includes('--bench')
    ? [{ what: 'wrk', found: findWrk, debian: 'wrk', elsewhere: 'install wrk from your package manager' }]
    : []),
  ...(process.argv.includes('--caches')
    ? CACHE_NEEDS.map((n) => ({
        what: n.what,
        found: () => (existsSync(n.binary) ? n.binary : undefined),
        debian: n.debian,
        elsewhere: `install ${n.what} from your package manager`,
      }))
    : []),
];

function base() {
  return [
    { what: 'Chromium', found: () => findChromium()?.path, debian: 'chromium', elsewhere: 'npx playwright install chromium' },
    { what: 'nginx', found: () => findNginx(), debian: 'nginx', elsewhere: 'install nginx from your package manager' },
    {
      what: "nginx's brotli_static module",
      found: () => (existsSync(BROTLI_MODULE) ? BROTLI_MODULE : undefined),
      debian: 'libnginx-mod-http-brotli-static',
      elsewhere: 'build nginx with ngx_brotli',
    },
  ];
}

installDebian(
  needs.filter((n) => !n.found()).map((n) => n.debian),
  'what the tests need',
);
if (!only && !findWrangler()) {
  try {
    installWrangler();
  } catch {
    console.error(`Could not install wrangler@${WRANGLER_VERSION} from the npm registry: the Cloudflare Pages tests need it once.`);
    process.exit(1);
  }
}
const still = needs.filter((n) => !n.found());
if (still.length > 0) {
  console.error(
    'The tests need programs that are not installed:\n' +
      still.map((n) => `  ${n.what}: on Debian or Ubuntu "sudo apt-get install ${n.debian}"; elsewhere ${n.elsewhere}`).join('\n'),
  );
  process.exit(1);
}
for (const n of needs) console.log(`${n.what}: ${n.found()}`);
if (!only) console.log(`wrangler: ${findWrangler()}`);
