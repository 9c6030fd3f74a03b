/**
 * How much a match counts, by where it is, in one place. The intended order: a page's own name
 * (title), then its earlier names and a message's own text, then the words people use for it
 * (search terms), then header names, then who uses it and its class, then its one-line summary,
 * and last the rest of its prose. The search engine (search-engine.ts) scores with FIELD_WEIGHTS;
 * the pages tell Pagefind the same order through PAGEFIND_WEIGHTS, which is derived from them.
 * Pure, so pages import it without pulling in the search engine.
 */
export const FIELD_WEIGHTS = {
  title: 10,
  names: 8,
  text: 8,
  terms: 7,
  headers: 6,
  meanings: 4,
  origins: 4,
  className: 4,
  summary: 3,
  body: 2,
} as const;

export type WeightedField = keyof typeof FIELD_WEIGHTS;

/**
 * Pagefind's `data-pagefind-weight` for the parts of a page that carry a field, on Pagefind's
 * scale, where untagged prose weighs 1: each field keeps its engine weight relative to the prose.
 * `number` is for code numbers inside a page about several codes (a comparison, a guide
 * recommendation), so that a number finds its own page first.
 */
export const PAGEFIND_WEIGHTS = {
  title: FIELD_WEIGHTS.title / FIELD_WEIGHTS.body,
  names: FIELD_WEIGHTS.names / FIELD_WEIGHTS.body,
  headers: FIELD_WEIGHTS.headers / FIELD_WEIGHTS.body,
  summary: FIELD_WEIGHTS.summary / FIELD_WEIGHTS.body,
  number: 0.5,
} as const;
