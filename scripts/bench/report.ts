// The benchmark's printed report, each figure beside the previous run's where the two can be
// compared (search timings, Lighthouse scores, page weights), so a regression shows at a glance.
import { BUDGETS, GOALS, kib } from '../harness/budgets.ts';
import type { PageWeight } from '../harness/page-weight.ts';
import type { growthBuild } from './build.ts';
import type { lighthouseScores } from './lighthouse.ts';
import { LOAD_SECONDS, type loadRun } from './load.ts';
import { kb } from './measure.ts';
import type { offlineRun, revalidation } from './offline.ts';
import type { pageLoad } from './pages.ts';
import type { searchTiming, slowLinkSearch } from './search.ts';

/** What one run measured; a part left out with --only is missing. */
export interface BenchResults {
  date: string;
  commit: string;
  budgets: typeof BUDGETS;
  pages?: { name: string; path: string; budget: PageWeight; load: Awaited<ReturnType<typeof pageLoad>> }[];
  search?: Awaited<ReturnType<typeof searchTiming>>;
  offline?: Awaited<ReturnType<typeof offlineRun>>;
  revalidated?: Awaited<ReturnType<typeof revalidation>>;
  slowSearch?: Awaited<ReturnType<typeof slowLinkSearch>>;
  lighthouse?: Awaited<ReturnType<typeof lighthouseScores>>;
  load?: Record<string, ReturnType<typeof loadRun>>;
  build?: {
    seconds: number;
    contentBytes: number;
    indexBytes: number;
    entries: number;
    images: { count: number; bytes: number; largestBytes: number; warmBuildSeconds: number };
  };
  growth?: ReturnType<typeof growthBuild> & { timeFactor: number; indexFactor: number; contentFactor: number };
}

/** " (was 288 ms)" when the previous run measured it and got another figure. */
const was = (now: number | undefined, before: number | undefined, unit = ''): string =>
  before === undefined || now === before ? (before === undefined ? '' : ' (same as last run)') : ` (was ${before}${unit})`;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export function printReport(r: BenchResults, previous: BenchResults | undefined): void {
  const lines: string[] = [`Benchmark of ${r.commit}, ${r.date}${previous ? `; previous run ${previous.commit}, ${previous.date}` : ''}`];
  if (r.pages) {
    lines.push(
      '',
      `== Pages before render (gzip, from the built files; code and class pages ${kib(BUDGETS.page)}, cheatsheet ${kib(BUDGETS.cheatsheet)}, JS on load ${kib(BUDGETS.jsOnLoad)}) ==`,
    );
    for (const p of r.pages) {
      const b = p.budget;
      const before = previous?.pages?.find((q) => q.path === p.path)?.budget.total;
      lines.push(
        `${p.name.padEnd(28)} total ${kb(b.total).padStart(8)}  HTML ${kb(b.html)}  CSS ${kb(b.css)}  JS ${kb(b.js)}  requests ${b.requests}${was(b.total, before, ' B')}`,
      );
    }
    lines.push('', '== Pages through nginx (bytes on the wire incl. headers, brotli) ==');
    for (const p of r.pages) {
      const kinds = Object.entries(p.load.bytes)
        .map(([k, v]) => `${k} ${kb(v)}`)
        .join('  ');
      lines.push(
        `${p.name.padEnd(28)} ${kinds}  requests ${p.load.requests}  FCP ${p.load.firstContentfulPaintMs} ms  CLS ${p.load.layoutShift.toFixed(3)}  other origins ${p.load.external.length}`,
      );
    }
  }
  if (r.search) {
    const s = r.search;
    const p = previous?.search;
    lines.push('', '== Search (idle, Chromium, through nginx) ==');
    lines.push(`first query downloads ${kb(s.firstQueryBytes)} in ${s.firstQueryRequests} requests`);
    lines.push(
      `first keystroke on a fresh ${s.page}, right after focusing the field, to the first option: ${s.coldMs} ms${was(s.coldMs, p?.coldMs, ' ms')} (median of ${s.runs}: ${s.coldRunsMs.join(', ')} ms; goal ${GOALS.firstSearchMs} ms)`,
    );
    lines.push(
      `later queries, keystroke to first option: ${s.warmMs} ms${was(s.warmMs, p?.warmMs, ' ms')} (median of ${s.warmQueries}; goal ${GOALS.laterSearchMs} ms)`,
    );
  }
  if (r.slowSearch) {
    const s = r.slowSearch;
    const p = previous?.slowSearch;
    lines.push(
      `slow link (400 kbit/s, 400 ms), first keystroke to first results: ${s.firstMs} ms${was(s.firstMs, p?.firstMs, ' ms')} (goal ${GOALS.slowFirstResultsMs} ms); ` +
        `to full-text results: ${s.fullMs} ms${was(s.fullMs, p?.fullMs, ' ms')} (goal ${GOALS.slowFullTextMs} ms); ` +
        `to every result (messages too): ${s.settledMs} ms${was(s.settledMs, p?.settledMs, ' ms')} (median of ${s.runs})`,
    );
  }
  if (r.offline && r.revalidated) {
    const o = r.offline;
    lines.push('', '== Offline (service worker, Chromium, through nginx) ==');
    lines.push(`first visit: worker installed with ${o.precachedFiles} files kept in ${o.installMs} ms after navigation start`);
    lines.push(
      `"available offline": ${o.all.pages} pages, ${o.all.files} files, about ${kb(o.all.estimatedBytes)} (the estimate on the button); saved in ${o.save.seconds} s, nginx sent ${kb(o.save.bodyBytes)} in ${o.save.requests} requests`,
    );
    lines.push(`a kept page opens offline in ${o.offlineOpenMs} ms (median of 5)`);
    lines.push(
      `revalidating /429/ with its ETag: ${r.revalidated.status}, ${r.revalidated.revalidatedBytes} B instead of ${kb(r.revalidated.fullBytes)} (brotli)`,
    );
  }
  if (r.lighthouse) {
    lines.push('', '== Lighthouse (performance / accessibility / best practices / SEO) ==');
    for (const [path, forms] of Object.entries(r.lighthouse)) {
      const fmt = (form: string): string => {
        const now = CATEGORIES.map((c) => forms[form]?.[c] ?? '-').join(' / ');
        const before = previous?.lighthouse?.[path]?.[form];
        const then = before ? CATEGORIES.map((c) => before[c] ?? '-').join(' / ') : undefined;
        return `${now}${then === undefined ? '' : then === now ? ' (same)' : ` (was ${then})`}`;
      };
      lines.push(`${path.padEnd(14)} mobile ${fmt('mobile')}   desktop ${fmt('desktop')}`);
    }
  }
  if (r.load) {
    lines.push('', `== Load (wrk, 2 threads, 32 connections, ${LOAD_SECONDS} s, nginx on loopback) ==`);
    for (const [name, l] of Object.entries(r.load)) {
      lines.push(
        'skipped' in l
          ? `${name}: ${l.skipped}`
          : `${name.padEnd(12)} ${l.requestsPerSecond} req/s  p50 ${l.p50ms} ms  p99 ${l.p99ms} ms  errors ${l.errors}`,
      );
    }
  }
  if (r.build) {
    lines.push('', '== Build ==');
    lines.push(`full build with indexing: ${r.build.seconds} s for ${r.build.entries} entries; index ${kb(r.build.indexBytes)}`);
    const og = r.build.images;
    lines.push(
      `preview images: ${og.count} PNG, ${kb(og.bytes)} in all, largest ${kb(og.largestBytes)}; rebuild with every image cached ${og.warmBuildSeconds} s (the difference is what rendering them costs)`,
    );
  }
  if (r.growth) {
    lines.push(
      `content x${r.growth.contentFactor} (${r.growth.entries} entries): build ${r.growth.seconds} s (x${r.growth.timeFactor}), index ${kb(r.growth.indexBytes)} (x${r.growth.indexFactor})`,
    );
  }
  console.log(lines.join('\n'));
}
