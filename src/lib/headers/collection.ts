/**
 * The one place that reads the header catalogue (content/headers/headers.yaml, loaded and checked
 * in src/content.config.ts): every field, and the fields one code goes with.
 */
import { getCollection } from 'astro:content';
import type { HeaderCode, HeaderData } from './schema.ts';

let cached: Promise<HeaderData[]> | undefined;

/** Every header field with a page, by name (a collection's order is not guaranteed). */
export function allHeaders(): Promise<HeaderData[]> {
  cached ??= getCollection('headers').then((entries) =>
    entries.map((e) => e.data as HeaderData).sort((a, b) => a.name.localeCompare(b.name, 'en')),
  );
  return cached;
}

/** A field's relation to one code, with the field. */
export interface CodeHeader {
  header: HeaderData;
  relation: HeaderCode;
}

/** The fields a code goes with, strongest first (MUST, MUST NOT, SHOULD …, then the usual pairs). */
export async function headersFor(code: number): Promise<CodeHeader[]> {
  const order = ['must', 'must-not', 'should', 'should-not', 'may', 'pairs'];
  return (await allHeaders())
    .flatMap((header) => header.codes.filter((c) => c.code === code).map((relation) => ({ header, relation })))
    .sort((a, b) => order.indexOf(a.relation.level) - order.indexOf(b.relation.level));
}
