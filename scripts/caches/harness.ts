/**
 * One run of the cache harness: installs what it can, starts the origin and every cache in front
 * of it, asks each cache twice for every code and variant, as many times over as `runs` says, and
 * returns the measurements in the shape of src/lib/caches/schema.ts. Used by `npm run caches`
 * (scripts/caches.ts, which writes the data file) and by the test that compares a fresh run with
 * the committed data (tests/caches/).
 */
import { execFileSync } from 'node:child_process';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { cpus, release, type } from 'node:os';
import {
  CACHE_IDS,
  measurementsSchema,
  VARIANT_IDS,
  type CacheId,
  type CacheInfo,
  type Cell,
  type CodeResults,
  type Measurements,
  type Result,
  type VariantId,
} from '../../src/lib/caches/schema.ts';
import { codesToMeasure } from '../clients/harness.ts';
import { pool } from '../clients/tasks.ts';
import { commandOf, configOf, startCache, type Driver, type Running } from './daemon.ts';
import { DRIVERS } from './drivers/index.ts';
import { ensureCaches } from './install.ts';
import { cellOf, merge, type Reply } from './measure.ts';
import { cellPath, REQUEST_HEADERS, startOrigin, VARIANT_HEADERS, type Origin } from './origin.ts';

/** Cells measured at once per cache: enough to keep the run short, few enough for a two-CPU machine. */
const CONCURRENCY = 8;
/**
 * A pause between the two requests of a cell: a cache may finish storing a response just after
 * the client has read the last byte of it (mod_cache_disk moves its file into place then).
 */
const PAUSE_MS = 50;
const TIMEOUT_MS = 10_000;

export const RUNS = 3;

const METHOD =
  'Two GET requests, one after the other (50 ms apart), through the cache to the origin; the origin counts what reaches it. ' +
  'One request at the origin: the second was served from the cache; a second that came conditional: revalidated; otherwise: forwarded (origin). ' +
  'Every cell, cache and run has a URL of its own. The origin answers every request to it with the code, whatever the cache asks ' +
  '(a 206 to a request without Range, a 304 to one that is not conditional), with the headers a real server sends with that code ' +
  '(headersFor in scripts/clients/server.ts) and the variant’s.';

const NOT_FINAL = 'a 1xx is an interim response: it cannot be the final answer to a request, so there is nothing a cache could store';

function dpkgVersion(pkg: string): string | undefined {
  try {
    return execFileSync('dpkg-query', ['-W', '-f', '${Version}', pkg], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** One GET through a cache: the status, the Age header and the cache's own word; null status when it failed. */
function get(agent: Agent, port: number, path: string, headers: Record<string, string>, driver: Driver): Promise<Reply> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, headers, agent, timeout: TIMEOUT_MS }, (res) => {
      res.resume();
      res.on('end', () => {
        const h: IncomingHttpHeaders = res.headers;
        const age = h['age'] === undefined ? undefined : Number(h['age']);
        const says = driver.says?.read(h);
        resolve({ status: res.statusCode ?? null, ...(age !== undefined && Number.isFinite(age) && { age }), ...(says && { says }) });
      });
      res.on('error', () => resolve({ status: res.statusCode ?? null }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: null }));
    req.end();
  });
}

export interface HarnessOptions {
  /** Progress lines; silent when absent. */
  log?: (line: string) => void;
  /** Measure only these codes (for a quick look); every code with an entry by default. */
  codes?: readonly number[];
  /** Drive only these caches (for a quick look); the others are recorded as not measured. */
  caches?: readonly CacheId[];
  /** How many times every cell is measured; RUNS by default. */
  runs?: number;
}

export async function runHarness(options: HarnessOptions = {}): Promise<Measurements> {
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const runs = options.runs ?? RUNS;
  const missing = ensureCaches();
  for (const id of CACHE_IDS) if (options.caches && !options.caches.includes(id)) missing.set(id, 'left out of this run (--caches)');

  const all = codesToMeasure();
  const selected = options.codes ? all.filter((c) => options.codes?.includes(c.code)) : all;
  const finals = selected.filter((c) => c.code >= 200);
  const origin: Origin = await startOrigin(finals);
  const running = new Map<CacheId, Running>();
  // Every configuration in parallel: each start is a second or two (Varnish compiles its VCL).
  await Promise.all(
    CACHE_IDS.filter((id) => !missing.has(id)).map(async (id) => {
      try {
        running.set(id, await startCache(DRIVERS[id], origin.port));
      } catch (error) {
        missing.set(id, `did not start: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
  log(`Started in ${((Date.now() - started) / 1000).toFixed(1)} s: ${[...running.keys()].join(', ')}`);

  const cells = new Map<string, Cell[]>();
  const key = (id: CacheId, code: number, v: VariantId): string => `${id} ${code} ${v}`;
  try {
    for (let run = 1; run <= runs; run += 1) {
      const t0 = Date.now();
      await Promise.all(
        [...running].map(async ([id, cache]) => {
          const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
          const todo = finals.flatMap((c) => VARIANT_IDS.map((variant) => ({ code: c.code, variant })));
          await pool(todo, CONCURRENCY, async ({ code, variant }) => {
            const path = cellPath({ run, cache: id, variant, code });
            const headers = REQUEST_HEADERS[code] ?? {};
            const first = await get(agent, cache.port, path, headers, DRIVERS[id]);
            await new Promise((r) => setTimeout(r, PAUSE_MS));
            const second = await get(agent, cache.port, path, headers, DRIVERS[id]);
            const list = cells.get(key(id, code, variant)) ?? [];
            list.push(cellOf(code, [first, second], origin.arrivals(path)));
            cells.set(key(id, code, variant), list);
          });
          agent.destroy();
        }),
      );
      log(`Run ${run} of ${runs}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    await Promise.all([...running.values()].map((r) => r.stop()));
    await origin.close();
  }

  const codes: Record<string, CodeResults> = {};
  for (const c of selected) {
    if (c.code < 200) {
      codes[String(c.code)] = { notMeasured: NOT_FINAL };
      continue;
    }
    const byCache: Partial<Record<CacheId, Record<VariantId, Result>>> = {};
    for (const id of CACHE_IDS) {
      const why = missing.get(id);
      byCache[id] = Object.fromEntries(
        VARIANT_IDS.map((v) => [v, why ? { notMeasured: `not measured: ${why}` } : merge(cells.get(key(id, c.code, v)) ?? [])]),
      ) as Record<VariantId, Result>;
    }
    codes[String(c.code)] = byCache;
  }
  const caches: CacheInfo[] = CACHE_IDS.map((id) => {
    const d = DRIVERS[id];
    const version = dpkgVersion(d.debian);
    const why = missing.get(id);
    return {
      id,
      program: d.program,
      setting: d.setting,
      debian: d.debian,
      ...(version && { version }),
      ...(d.says && { says: d.says.header }),
      command: commandOf(d),
      config: configOf(d),
      ...(why && { missing: why }),
    };
  });
  const requests = Object.fromEntries(Object.entries(REQUEST_HEADERS).filter(([code]) => selected.some((c) => String(c.code) === code)));
  return measurementsSchema.parse({
    date: new Date().toISOString().slice(0, 10),
    runSeconds: Math.round((Date.now() - started) / 100) / 10,
    runs,
    machine: `${type()} ${release()}, ${cpus().length} CPUs`,
    method: METHOD,
    variants: VARIANT_HEADERS,
    requests,
    caches,
    codes,
  });
}
