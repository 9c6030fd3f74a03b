/** The data file of the cache measurements, its schema (src/lib/caches/schema.ts), and the harness's pure parts. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { differences } from '../../scripts/caches/compare.ts';
import { cellOf, merge } from '../../scripts/caches/measure.ts';
import { answerFor, cellPath, parseCellPath } from '../../scripts/caches/origin.ts';
import {
  CACHE_IDS,
  formatMeasurements,
  isNotMeasured,
  MEASUREMENTS_FILE,
  measurementsSchema,
  VARIANT_IDS,
  type Measurements,
} from '../../src/lib/caches/schema.ts';
import { entries } from '../support/content.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

const FILE = repoPath('content', 'caches', MEASUREMENTS_FILE);
const text = readFileSync(FILE, 'utf8');
const committed = measurementsSchema.parse(JSON.parse(text));
const copy = (): Measurements => structuredClone(committed);
const problems = (data: unknown): string[] =>
  measurementsSchema.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
const byCache = (m: Measurements, code: string) => m.codes[code] as Record<string, Record<string, unknown>>;

test('the committed measurements pass the schema, for every code that has an entry and no other', () => {
  assert.deepEqual(
    Object.keys(committed.codes)
      .map(Number)
      .sort((a, b) => a - b),
    entries.map((e) => e.code),
  );
});

test('the file is written as the harness writes it (one line per cache of a code)', () => {
  assert.equal(formatMeasurements(committed), text);
});

test('a 1xx is not measured and says why; every final code has every cache and variant', () => {
  for (const [code, results] of Object.entries(committed.codes)) {
    if (Number(code) < 200) {
      assert.ok(isNotMeasured(results), code);
      continue;
    }
    assert.ok(!isNotMeasured(results), code);
    for (const id of CACHE_IDS) assert.deepEqual(Object.keys(results[id] ?? {}), [...VARIANT_IDS], `${code} ${id}`);
  }
});

test('every cache has its Debian version and exact configuration, or the reason it was not measured', () => {
  for (const c of committed.caches) {
    assert.ok(c.version ?? c.missing, c.id);
    assert.ok(c.config.length > 0 && c.command.includes('{{DIR}}'), c.id);
  }
  const data = copy() as { caches: Record<string, unknown>[] };
  delete data.caches[3]?.['version'];
  assert.deepEqual(problems(data), ['caches.varnish: needs a version, or `missing` with the reason']);
});

test('a cache left out of a code, a cell of the wrong shape, or caches out of order are errors', () => {
  const left = copy();
  delete byCache(left, '404')['squid'];
  assert.deepEqual(problems(left), ['codes.404: has no results for squid']);
  const wrong = copy();
  byCache(wrong, '404')['squid'] = { ...byCache(wrong, '404')['squid'], none: { from: 'somewhere' } };
  assert.ok(problems(wrong).length > 0);
  const swapped = copy();
  swapped.caches.reverse();
  assert.ok(problems(swapped).some((p) => p.startsWith('caches.0: must be nginx')));
  const silent = copy();
  byCache(silent, '404')['squid'] = { ...byCache(silent, '404')['squid'], none: { notMeasured: '' } };
  assert.ok(problems(silent).length > 0);
});

test('the origin: a URL per cell, the code with its variant’s headers, and a body only where the code has one', () => {
  const p = { run: 2, cache: 'squid' as const, variant: 'last-modified' as const, code: 301 };
  assert.equal(cellPath(p), '/c/2/squid/last-modified/301');
  assert.deepEqual(parseCellPath(cellPath(p)), p);
  assert.equal(parseCellPath('/c/1/squid/sometimes/301'), undefined);
  const now = Date.parse('2026-12-07T12:00:00Z');
  const moved = answerFor(p, { code: 301, phrase: 'Moved Permanently', mayHaveContent: true }, now);
  assert.equal(moved.headers['Location'], '/to/301');
  assert.equal(moved.headers['Last-Modified'], 'Sun, 06 Dec 2026 12:00:00 GMT');
  assert.equal(moved.headers['Cache-Control'], undefined);
  const empty = answerFor({ ...p, variant: 'no-store', code: 204 }, { code: 204, phrase: 'No Content', mayHaveContent: false }, now);
  assert.deepEqual([empty.body, empty.headers['Content-Length'], empty.headers['Cache-Control']], ['', undefined, 'no-store']);
  const partial = answerFor({ ...p, variant: 'max-age', code: 206 }, { code: 206, phrase: 'Partial Content', mayHaveContent: true }, now);
  assert.deepEqual([partial.body.length, partial.headers['Content-Range']], [10, 'bytes 0-9/100']);
});

test('a cell: one request at the origin is a hit, a conditional second one a revalidation', () => {
  const ok = { status: 200 };
  assert.deepEqual(cellOf(200, [ok, { status: 200, age: 3, says: 'HIT' }], [{ path: '/', conditional: false }]), {
    from: 'cache',
    age: 3,
    says: 'HIT',
  });
  const two = (second: boolean) => [
    { path: '/', conditional: false },
    { path: '/', conditional: second },
  ];
  assert.deepEqual(cellOf(200, [ok, ok], two(true)), { from: 'revalidated' });
  assert.deepEqual(cellOf(206, [{ status: 503 }, { status: 503 }], two(false)), { from: 'origin', got: [503, 503] });
});

test('runs that agree give one cell (ages a second apart agree); runs that differ give every value seen', () => {
  assert.deepEqual(
    merge([
      { from: 'cache', age: 0 },
      { from: 'cache', age: 1 },
      { from: 'cache', age: 0 },
    ]),
    { from: 'cache', age: 0 },
  );
  assert.deepEqual(merge([{ from: 'cache' }, { from: 'origin' }, { from: 'cache' }]), { varies: [{ from: 'cache' }, { from: 'origin' }] });
});

test('a fresh run that differs is reported by cache, code and variant; a varying cell accepts what it was seen with', () => {
  assert.deepEqual(differences(committed, committed), []);
  const fresh = copy();
  const squid = byCache(fresh, '404')['squid'] as Record<string, unknown>;
  squid['none'] = { from: 'cache' };
  assert.deepEqual(differences(committed, fresh), [
    `squid, 404, none: ${JSON.stringify(byCache(committed, '404')['squid']?.['none'])} in the data file, {"from":"cache"} now`,
  ]);
  const varying = copy();
  (byCache(varying, '404')['squid'] as Record<string, unknown>)['none'] = {
    varies: [byCache(committed, '404')['squid']?.['none'], { from: 'cache' }],
  };
  assert.deepEqual(differences(varying, committed), []);
  assert.deepEqual(differences(varying, fresh), []);
});
