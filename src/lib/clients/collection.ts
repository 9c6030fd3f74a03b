/**
 * The one place that reads the client measurements collection (content/clients/), as codes.ts
 * is for the entries; what to show from it is src/lib/clients/summary.ts, which is pure.
 */
import { getEntry } from 'astro:content';
import type { Measurements } from './schema.ts';

let cached: Promise<Measurements> | undefined;

async function load(): Promise<Measurements> {
  const entry = await getEntry('clients', 'measurements');
  if (!entry) throw new Error('content/clients/measurements.json is missing: run `npm run clients`');
  return entry.data;
}

export function measurements(): Promise<Measurements> {
  cached ??= load();
  return cached;
}
