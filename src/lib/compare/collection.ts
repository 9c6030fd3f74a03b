/**
 * The one place that reads the comparison collection (as src/lib/codes/collection.ts does for
 * the codes): pages ask here for the comparisons, whole or as plain data for links and search.
 */
import { getCollection } from 'astro:content';
import type { ComparisonData } from './schema.ts';

/** A comparison as plain data, for links and for the search index. */
export interface Comparison {
  slug: string;
  title: string;
  codes: number[];
}

export interface ComparisonPage extends Comparison {
  data: ComparisonData;
}

let comparisons: Promise<ComparisonPage[]> | undefined;

/** Every comparison with its full data, ordered by its first code. */
export function comparisonPages(): Promise<ComparisonPage[]> {
  comparisons ??= getCollection('compare').then((entries) =>
    entries
      .map((e) => ({ slug: e.id, title: e.data.title, codes: e.data.codes.map((c) => c.code), data: e.data }))
      .sort((a, b) => (a.codes[0] ?? 0) - (b.codes[0] ?? 0) || a.slug.localeCompare(b.slug)),
  );
  return comparisons;
}

/** Every comparison as plain data ({ slug, title, codes }), for links and the search index. */
export async function allComparisons(): Promise<Comparison[]> {
  return (await comparisonPages()).map(({ slug, title, codes }) => ({ slug, title, codes }));
}

/** The comparisons a code is a member of. */
export async function comparisonsFor(code: number): Promise<Comparison[]> {
  return (await allComparisons()).filter((c) => c.codes.includes(code));
}
