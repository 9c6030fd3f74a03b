// `npm run caches`: measures what real caching proxies from Debian do with every code that has an
// entry and writes content/caches/measurements.json. `--codes 404,503` or
// `--caches nginx` (every configuration of a program, or one by its id) measures only those and
// prints the result instead of writing the file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_IDS, formatMeasurements, MEASUREMENTS_FILE } from '../src/lib/caches/schema.ts';
import { runHarness } from './caches/harness.ts';
import { repoPath } from './harness/repo.ts';

const option = (name: string): string[] | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? '').split(',') : undefined;
};
const codes = option('--codes')?.map(Number);
const names = option('--caches');
const caches = names && CACHE_IDS.filter((id) => names.some((n) => id === n || id.startsWith(`${n}-`)));
const started = Date.now();
const measurements = await runHarness({ log: (line) => console.log(line), ...(codes && { codes }), ...(caches && { caches }) });
for (const c of measurements.caches) {
  console.log(`${c.id.padEnd(20)} ${c.missing ? `NOT MEASURED: ${c.missing}` : `${c.debian} ${c.version}`}`);
}
if (codes || caches) {
  console.log(formatMeasurements(measurements));
} else {
  const dir = repoPath('content', 'caches');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, MEASUREMENTS_FILE);
  writeFileSync(file, formatMeasurements(measurements));
  console.log(`Wrote ${file}`);
}
console.log(`Measured ${Object.keys(measurements.codes).length} codes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
