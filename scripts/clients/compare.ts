/**
 * A fresh run of the harness against the committed measurements: every cell that differs, named
 * by client, code and behaviour. A difference is news (a client upgrade that changed behaviour,
 * or a harness change): regenerate with `npm run clients` and say so in the commit. Pure.
 */
import { CLIENT_IDS, type BehaviourId, type Measurements } from '../../src/lib/clients/schema.ts';

/**
 * Seconds are timed by the server on a busy machine: two runs agree on whether a client waited,
 * not to the tenth. Values this close are the same. The wait for a 100 is timed on an idle
 * server (Task.quiet); a repeat is timed among every other client, where the server's thread was
 * seen held up for 0.7 s. Both stay under a second, so a repeat at once and one after
 * Retry-After: 1 still differ (at 1.5 s they did not, and curl's 0.3 s passed for its 1 s).
 */
export const SECONDS_TOLERANCE: Readonly<Record<string, number>> = { waitsSeconds: 0.5, afterSeconds: 0.9 };

function same(a: unknown, b: unknown): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length || ka.some((k) => !kb.includes(k))) return false;
  return ka.every((k) => {
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    const tolerance = SECONDS_TOLERANCE[k];
    if (tolerance !== undefined && typeof x === 'number' && typeof y === 'number') return Math.abs(x - y) <= tolerance;
    return same(x, y);
  });
}

/** One line per differing cell; clients missing from the fresh run are reported once each, not compared. */
export function differences(committed: Measurements, fresh: Measurements): string[] {
  const lines: string[] = [];
  const absent = new Set(fresh.clients.filter((c) => c.missing).map((c) => c.id));
  for (const c of fresh.clients) {
    const before = committed.clients.find((x) => x.id === c.id);
    if (c.missing) lines.push(`${c.id}: not measured in this run (${c.missing})`);
    else if (before?.version && c.version !== before.version)
      lines.push(`${c.id}: version ${before.version} in the data file, ${c.version ?? '?'} now`);
  }
  for (const [code, behaviours] of Object.entries(fresh.codes)) {
    const old = committed.codes[code];
    if (!old) {
      lines.push(`${code}: measured now, absent from the data file`);
      continue;
    }
    const ids = new Set([...Object.keys(old), ...Object.keys(behaviours)]) as Set<BehaviourId>;
    for (const b of ids) {
      for (const client of CLIENT_IDS) {
        if (absent.has(client)) continue;
        const was = old[b]?.[client];
        const now = behaviours[b]?.[client];
        if (!same(was, now)) lines.push(`${client}, ${code}, ${b}: ${JSON.stringify(was)} in the data file, ${JSON.stringify(now)} now`);
      }
    }
  }
  return lines;
}
