// `npm run clients`: measures what real HTTP clients do with every code that has an entry and
// writes content/clients/measurements.json, which the site is built from.
// `--codes 301,308` or `--clients curl,go` measures only those and prints the result instead of
// writing the file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMeasurements, MEASUREMENTS_FILE, type ClientId } from '../src/lib/clients/schema.ts';
import { CONTENT_DIRS } from '../src/lib/site/content-files.ts';
import { runHarness } from './clients/harness.ts';

const option = (name: string): string[] | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? '').split(',') : undefined;
};
const codes = option('--codes')?.map(Number);
const clients = option('--clients') as ClientId[] | undefined;
const started = Date.now();
const measurements = await runHarness({ log: (line) => console.log(line), ...(codes && { codes }), ...(clients && { clients }) });
for (const c of measurements.clients) {
  console.log(`${c.id.padEnd(20)} ${c.missing ? `NOT MEASURED: ${c.missing}` : `${c.program} ${c.version}`}`);
}
if (codes || clients) {
  console.log(formatMeasurements(measurements));
} else {
  mkdirSync(CONTENT_DIRS.clients, { recursive: true });
  const file = join(CONTENT_DIRS.clients, MEASUREMENTS_FILE);
  writeFileSync(file, formatMeasurements(measurements));
  console.log(`Wrote ${file}`);
}
console.log(`Measured ${Object.keys(measurements.codes).length} codes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
