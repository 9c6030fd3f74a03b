/** The data file of the client measurements and its schema (src/lib/clients/schema.ts). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CLIENT_IDS, formatMeasurements, MEASUREMENTS_FILE, measurementsSchema, type Measurements } from '../../src/lib/clients/schema.ts';
import { entries } from '../support/content.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

const FILE = repoPath('content', 'clients', MEASUREMENTS_FILE);
const text = readFileSync(FILE, 'utf8');
const committed = measurementsSchema.parse(JSON.parse(text));
const copy = (): Measurements => structuredClone(committed);
const problems = (data: unknown): string[] =>
  measurementsSchema.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

test('the committed measurements pass the schema, for every code that has an entry and no other', () => {
  assert.deepEqual(
    Object.keys(committed.codes)
      .map(Number)
      .sort((a, b) => a - b),
    entries.map((e) => e.code),
  );
});

test('the file is written as the harness writes it (one line per client and per behaviour)', () => {
  assert.equal(formatMeasurements(committed), text);
});

test('every client has a version, or the reason it was not measured', () => {
  for (const c of committed.clients) assert.ok(c.version ?? c.missing, c.id);
  const data = copy() as { clients: Record<string, unknown>[] };
  delete data.clients[3]?.['version'];
  assert.deepEqual(problems(data), ['clients.curl: needs a version, or `missing` with the reason']);
});

test('a cell left out for a client is an error naming the client', () => {
  const data = copy();
  delete (data.codes['404']?.['retry.GET'] as Record<string, unknown>)['wget'];
  assert.deepEqual(problems(data), ['codes.404.retry.GET: has no cell for wget']);
});

test('a cell of the wrong shape, an unknown behaviour or a client out of order is an error', () => {
  const wrong = copy();
  (wrong.codes['404']?.['retry.GET'] as Record<string, unknown>)['wget'] = { repeats: 'yes' };
  assert.ok(problems(wrong).some((p) => p.startsWith('codes.404.retry.GET.wget')));
  const unknown = copy();
  (unknown.codes['404'] as Record<string, unknown>)['teleports'] = {};
  assert.ok(problems(unknown).some((p) => p.includes('teleports')));
  const swapped = copy();
  swapped.clients.reverse();
  assert.ok(problems(swapped).some((p) => p.startsWith('clients.0: must be chromium-navigation')));
});

test('a cell not measured must say why', () => {
  const data = copy();
  (data.codes['404']?.['retry.GET'] as Record<string, unknown>)['go'] = { notMeasured: '' };
  assert.ok(problems(data).length > 0);
  assert.equal(CLIENT_IDS.length, committed.clients.length);
});
