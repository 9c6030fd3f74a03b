// Runs before the tests (npm test): makes sure the programs the tests drive exist: a Chromium,
// nginx with the brotli_static module (tests/browser/nginx.spec.ts serves dist/ through it), and
// wrangler, Cloudflare Pages' local runtime (tests/site/serving.test.ts), which it installs from
// npm into node_modules/.cache; with --bench also wrk, for the benchmark's load run.
// On Debian as root (CI, a fresh machine) it installs the missing Debian packages; anywhere
// else it says what to install and stops, rather than letting the tests fail one by one.
import { existsSync } from 'node:fs';
import { findChromium } from './harness/browser.ts';
import { installDebian } from './harness/debian.ts';
import { BROTLI_MODULE, findNginx, findWrk } from './harness/programs.ts';
import { findWrangler, installWrangler, WRANGLER_VERSION } from './harness/wrangler.ts';

const needs = [
  { what: 'Chromium', found: () => findChromium()?.path, debian: 'chromium', elsewhere: 'npx playwright install chromium' },
  { what: 'nginx', found: () => findNginx(), debian: 'nginx', elsewhere: 'install nginx from your package manager' },
  {
    what: "nginx's brotli_static module",
    found: () => (existsSync(BROTLI_MODULE) ? BROTLI_MODULE : undefined),
    debian: 'libnginx-mod-http-brotli-static',
    elsewhere: 'build nginx with ngx_brotli',
  },
  ...(process.argv.includes('--bench')
    ? [{ what: 'wrk', found: findWrk, debian: 'wrk', elsewhere: 'install wrk from your package manager' }]
    : []),
];

installDebian(
  needs.filter((n) => !n.found()).map((n) => n.debian),
  'what the tests need',
);
if (!findWrangler()) {
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
console.log(`wrangler: ${findWrangler()}`);
