// The benchmark (npm run bench): builds the site, serves it through nginx with the project's
// production configuration (precompressed gzip and brotli), and measures what visitors get.
// Prints a report beside the previous run's figures and writes them to bench-results/ as JSON.
// Goals are reported here, never asserted as timings in tests.
//   --only pages,search,slow,offline,lighthouse,load,growth   measure only those parts
//   --trace FILE                                              Chromium's trace of the first keystroke
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { OG_CACHE_DIR } from '../src/lib/previews/card.ts';
import type { PagefindEntry } from '../src/lib/search/directory/types.ts';
import { browserLaunchOptions, findChromium } from './harness/browser.ts';
import { BUDGETS } from './harness/budgets.ts';
import { pageWeight } from './harness/page-weight.ts';
import { REPO, repoPath } from './harness/repo.ts';
import { freePort, startNginx, type RunningNginx } from './harness/run-nginx.ts';
import { growthBuild, indexSize, timedBuild } from './bench/build.ts';
import { lighthouseScores } from './bench/lighthouse.ts';
import { LOAD_SECONDS, loadRun } from './bench/load.ts';
import { offlineRun, revalidation } from './bench/offline.ts';
import { pageLoad } from './bench/pages.ts';
import { printReport, type BenchResults } from './bench/report.ts';
import { searchTiming, slowLinkSearch } from './bench/search.ts';

const PARTS = ['pages', 'search', 'slow', 'offline', 'lighthouse', 'load', 'growth'] as const;
const PAGES = [
  { name: 'cheatsheet', path: '/' },
  { name: 'class page', path: '/4xx/' },
  { name: 'code page 404', path: '/404/' },
  { name: 'code page 429', path: '/429/' },
  { name: 'code page 499 (unofficial)', path: '/499/' },
  { name: 'guide map', path: '/guide/map/' },
];

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const only = option('--only')?.split(',');
const unknown = only?.filter((p) => !(PARTS as readonly string[]).includes(p)) ?? [];
if (unknown.length > 0) throw new Error(`--only knows ${PARTS.join(', ')}; not ${unknown.join(', ')}`);
const wanted = (part: (typeof PARTS)[number]): boolean => !only || only.includes(part);
const dist = repoPath('dist');
const latest = repoPath('bench-results', 'latest.json');

async function main(): Promise<void> {
  if (!findChromium()) throw new Error('No Chromium: run "node scripts/ensure-tools.ts" first (npm test does).');
  const previous = existsSync(latest) ? (JSON.parse(readFileSync(latest, 'utf8')) as BenchResults) : undefined;
  const nginxPort = await freePort();
  // Built for the origin it is measured on, so canonical links match what Lighthouse sees.
  const origin = `http://127.0.0.1:${nginxPort}`;
  const results: BenchResults = {
    date: new Date().toISOString(),
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim(),
    budgets: BUDGETS,
  };
  console.log('Building the site…');
  // Link-preview images are kept between builds (src/lib/previews/image.ts): time a build that
  // renders all of them, then a rebuild that finds them all, so the images' share of the build shows.
  if (!only) rmSync(repoPath(OG_CACHE_DIR), { recursive: true, force: true });
  const buildSeconds = timedBuild({ SITE_URL: origin });
  if (!only) {
    const warmBuildSeconds = timedBuild({ SITE_URL: origin });
    const ogSizes = readdirSync(join(dist, 'og'), { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && f.name.endsWith('.png'))
      .map((f) => statSync(join(f.parentPath, f.name)).size);
    results.build = {
      seconds: Number(buildSeconds.toFixed(1)),
      contentBytes: readdirSync(repoPath('content', 'codes')).reduce((s, f) => s + statSync(repoPath('content', 'codes', f)).size, 0),
      indexBytes: indexSize(dist),
      entries: readdirSync(repoPath('content', 'codes')).length,
      images: {
        count: ogSizes.length,
        bytes: ogSizes.reduce((a, b) => a + b, 0),
        largestBytes: Math.max(0, ...ogSizes),
        warmBuildSeconds: Number(warmBuildSeconds.toFixed(1)),
      },
    };
  }

  let nginx: RunningNginx | undefined;
  const browser = await chromium.launch(browserLaunchOptions());
  // A finally block does not run when the process is interrupted: stop nginx on the signal too,
  // so an aborted run leaves nothing listening.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping nginx and the browser`);
      void Promise.allSettled([nginx?.stop(), browser.close()]).then(() => process.exit(130));
    });
  }
  try {
    nginx = await startNginx(dist, nginxPort);
    console.log(`Serving through nginx at ${nginx.origin}`);
    if (wanted('pages')) {
      console.log('Measuring pages…');
      results.pages = [];
      for (const { name, path } of PAGES) {
        const file = join(dist, path === '/' ? 'index.html' : `${path.slice(1)}index.html`);
        results.pages.push({ name, path, budget: pageWeight(dist, file), load: await pageLoad(browser, nginx.origin, path) });
      }
    }
    if (wanted('search')) {
      console.log('Measuring search…');
      results.search = await searchTiming(browser, nginx.origin, option('--trace'));
    }
    if (wanted('slow')) {
      console.log('Measuring search on a slow link (400 kbit/s, 400 ms)…');
      results.slowSearch = await slowLinkSearch(browser, nginx.origin);
    }
    if (wanted('offline')) {
      console.log('Measuring the offline layer…');
      results.offline = await offlineRun(browser, nginx);
      results.revalidated = await revalidation(nginx.origin, '/429/');
    }
    if (wanted('lighthouse')) {
      console.log('Running Lighthouse (mobile and desktop)…');
      results.lighthouse = await lighthouseScores(nginx.origin);
    }
    if (wanted('load')) {
      console.log(`Load runs with wrk (${LOAD_SECONDS} s each)…`);
      const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
      const hash = Object.values(entry.languages)[0]?.hash;
      results.load = {
        codePage: loadRun(`${nginx.origin}/429/`),
        searchIndex: loadRun(`${nginx.origin}/pagefind/pagefind.${hash}.pf_meta`),
        searchScript: loadRun(`${nginx.origin}/pagefind/pagefind.js`),
      };
    }
    if (wanted('growth') && results.build) {
      console.log('Building ten times the content in a scratch copy…');
      const growth = growthBuild();
      results.growth = {
        ...growth,
        seconds: Number(growth.seconds.toFixed(1)),
        timeFactor: Number((growth.seconds / buildSeconds).toFixed(2)),
        indexFactor: Number((growth.indexBytes / results.build.indexBytes).toFixed(2)),
        contentFactor: Number((growth.contentBytes / results.build.contentBytes).toFixed(1)),
      };
    }
    mkdirSync(repoPath('bench-results'), { recursive: true });
    const json = JSON.stringify(results, null, 2);
    // A partial run is kept apart, so the next full run compares with the last full one.
    writeFileSync(repoPath('bench-results', `${results.date.replace(/[:.]/g, '-')}${only ? '-partial' : ''}.json`), json);
    if (!only) writeFileSync(latest, json);
    printReport(results, previous);
  } finally {
    await browser.close();
    await nginx?.stop();
  }
}

await main();
