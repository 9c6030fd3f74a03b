/**
 * The cache measurements still hold: the caches run again in front of the origin (installed from
 * Debian where they can be) and each cell is compared with the committed data file. A difference
 * names the cache, the code and the variant; it is news (a Debian update, say): regenerate with
 * `npm run caches` and say what changed in the commit.
 *
 * The codes below are the ones where the caches disagree with one another and with the RFCs (the
 * codes caches store without being told, a redirect they store only when told, partial and
 * conditional answers, errors, an unofficial code), measured once; CACHES_ALL=1 compares every
 * code, three runs, as `npm run caches` measures them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { differences } from '../../scripts/caches/compare.ts';
import { runHarness } from '../../scripts/caches/harness.ts';
import { MEASUREMENTS_FILE, measurementsSchema } from '../../src/lib/caches/schema.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

const SAMPLE = [100, 200, 203, 204, 206, 301, 302, 304, 308, 404, 410, 500, 503, 599];
const committed = measurementsSchema.parse(JSON.parse(readFileSync(repoPath('content', 'caches', MEASUREMENTS_FILE), 'utf8')));

test('a fresh run of the real caches agrees with content/caches/measurements.json', { timeout: 120_000 }, async () => {
  const fresh = await runHarness(process.env['CACHES_ALL'] ? {} : { codes: SAMPLE, runs: 1 });
  const found = differences(committed, fresh);
  assert.deepEqual(found, [], `The caches now behave otherwise than the data file says:\n${found.join('\n')}`);
});
