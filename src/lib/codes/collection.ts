/**
 * The one place that reads the code collection. Pages ask here, never `getCollection` directly,
 * so the order (by number) and the derived facts (class, neighbours) are computed one way.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { classIdOf, type ClassId } from '../site/classes.ts';

export type CodeEntry = CollectionEntry<'codes'>;

let cached: Promise<CodeEntry[]> | undefined;

/** Every entry, in numeric order. */
export function allCodes(): Promise<CodeEntry[]> {
  cached ??= getCollection('codes').then((entries) => entries.sort((a, b) => a.data.code - b.data.code));
  return cached;
}

export async function codesInClass(id: ClassId): Promise<CodeEntry[]> {
  return (await allCodes()).filter((e) => classIdOf(e.data.code) === id);
}

/** The entry for a code that must exist (the content loader already checked every reference). */
export async function codeEntry(code: number): Promise<CodeEntry> {
  const found = (await allCodes()).find((e) => e.data.code === code);
  if (!found) throw new Error(`No entry for code ${code}`);
  return found;
}

/** The codes just before and after this one, in numeric order across the whole site. */
export async function neighbours(code: number): Promise<{ prev?: CodeEntry; next?: CodeEntry }> {
  const list = await allCodes();
  const i = list.findIndex((e) => e.data.code === code);
  const prev = list[i - 1];
  const next = list[i + 1];
  return { ...(prev && { prev }), ...(next && { next }) };
}
