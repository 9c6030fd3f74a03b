/**
 * The measurements still hold: the harness runs again against every client this machine has (it
 * installs the missing ones from Debian where it can) and each cell is compared with the
 * committed data file. A difference names the client, the code and the behaviour; it is news (a
 * client upgrade, say): regenerate with `npm run clients` and say what changed in the commit.
 *
 * The codes below cover every behaviour the harness measures, in a quarter of the time of a full
 * run; CLIENTS_ALL=1 compares every code.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { differences } from '../../scripts/clients/compare.ts';
import { runHarness } from '../../scripts/clients/harness.ts';
import { curlWaitProblems } from '../../src/lib/clients/claims.ts';
import { MEASUREMENTS_FILE, measurementsSchema } from '../../src/lib/clients/schema.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

const SAMPLE = [100, 101, 102, 103, 200, 204, 205, 300, 301, 302, 303, 304, 307, 308, 401, 404, 408, 417, 421, 429, 503];
const committed = measurementsSchema.parse(JSON.parse(readFileSync(repoPath('content', 'clients', MEASUREMENTS_FILE), 'utf8')));

test('a fresh run of the real clients agrees with content/clients/measurements.json', { timeout: 180_000 }, async () => {
  const fresh = await runHarness(process.env['CLIENTS_ALL'] ? {} : { codes: SAMPLE });
  const found = differences(committed, fresh);
  assert.deepEqual(found, [], `The clients now behave otherwise than the data file says:\n${found.join('\n')}`);
  // The harness's own clock, against a wait curl documents (1 s; a clock that reads 0.3 s is wrong).
  assert.deepEqual(curlWaitProblems(fresh), []);
});
