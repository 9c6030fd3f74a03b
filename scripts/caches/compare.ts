/**
 * A fresh run of the caches against the committed measurements: every cell that differs, named by
 * cache, code and variant. A difference is news (a Debian update that changed a cache, or a
 * harness change): regenerate with `npm run caches` and say so in the commit. Pure.
 */
import { CACHE_IDS, cellsOf, isNotMeasured, VARIANT_IDS, type Measurements, type Result } from '../../src/lib/caches/schema.ts';
import { sameCell } from './measure.ts';

/** Whether a fresh result agrees with the committed one; a cell recorded as varying accepts any value it was seen with. */
function agrees(committed: Result | undefined, fresh: Result | undefined): boolean {
  if (!committed || !fresh) return committed === fresh;
  if (isNotMeasured(committed) || isNotMeasured(fresh)) return JSON.stringify(committed) === JSON.stringify(fresh);
  const seen = cellsOf(committed);
  const now = cellsOf(fresh);
  if (!('varies' in committed) && now.length > 1) return false;
  return now.every((c) => seen.some((s) => sameCell(s, c)));
}

/** One line per differing cell; caches missing from the fresh run are reported once each, not compared. */
export function differences(committed: Measurements, fresh: Measurements): string[] {
  const lines: string[] = [];
  const absent = new Set(fresh.caches.filter((c) => c.missing).map((c) => c.id));
  for (const c of fresh.caches) {
    const before = committed.caches.find((x) => x.id === c.id);
    if (c.missing) lines.push(`${c.id}: not measured in this run (${c.missing})`);
    else if (before?.version && c.version !== before.version)
      lines.push(`${c.id}: version ${before.version} in the data file, ${c.version ?? '?'} now`);
    else if (before && before.config !== c.config) lines.push(`${c.id}: the configuration differs from the data file's`);
  }
  for (const [code, results] of Object.entries(fresh.codes)) {
    const old = committed.codes[code];
    if (!old) {
      lines.push(`${code}: measured now, absent from the data file`);
      continue;
    }
    if (isNotMeasured(results) || isNotMeasured(old)) {
      if (JSON.stringify(results) !== JSON.stringify(old))
        lines.push(`${code}: ${JSON.stringify(old)} in the data file, ${JSON.stringify(results)} now`);
      continue;
    }
    for (const cache of CACHE_IDS) {
      if (absent.has(cache)) continue;
      for (const v of VARIANT_IDS) {
        const was = old[cache]?.[v];
        const now = results[cache]?.[v];
        if (!agrees(was, now)) lines.push(`${cache}, ${code}, ${v}: ${JSON.stringify(was)} in the data file, ${JSON.stringify(now)} now`);
      }
    }
  }
  return lines;
}
