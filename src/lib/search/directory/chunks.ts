/**
 * The browser half of the full-text directory: which of Pagefind's index chunks a query needs,
 * so the search box fetches them while Pagefind's WebAssembly loads.
 */
import { stem } from '../text.ts';
import type { IndexChunk } from './types.ts';

/**
 * A query's words as Pagefind reads them before choosing chunks: lower case, without the
 * punctuation it drops (dashes, brackets, quotes, other punctuation; not the underscore), and
 * without diacritics.
 */
export function pagefindWords(words: readonly string[]): string[] {
  return words
    .map((w) =>
      w
        .toLocaleLowerCase()
        .replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '')
        .normalize('NFD')
        .replace(/\p{M}/gu, ''),
    )
    .filter((w) => w !== '');
}

/**
 * The forms of a word Pagefind looks up: the word, and its stem. Pagefind stems with Snowball's
 * English stemmer; the site's lighter stemmer (src/lib/search/text.ts) agrees with it on the
 * suffixes, and Snowball's one other change that moves a word across chunks is added here: a
 * final "y" after a consonant becomes "i" ("proxy" → "proxi", "denied" → "deni").
 */
function lookedUp(word: string): string[] {
  const yToI = (w: string): string => w.replace(/(?<=.[^aeiouy])y$/, 'i');
  const root = stem(word);
  return [...new Set([word, root, yToI(word), yToI(root)])];
}

/**
 * The chunks Pagefind loads for a normalised query's words, as its WebAssembly (1.6) chooses
 * them: for each form of each word (lookedUp), the first chunk whose range holds it, or else
 * every chunk whose range may hold words it prefixes or that prefix it.
 * tests/site/search-fulltext.test.ts checks this against Pagefind itself.
 */
export function chunksFor(words: readonly string[], chunks: readonly IndexChunk[]): string[] {
  const strict = (word: string): IndexChunk[] => {
    const found = chunks.find((c) => word >= c.from && word <= c.to);
    return found ? [found] : [];
  };
  const loose = (word: string): IndexChunk[] =>
    chunks.filter((c) => {
      const fromLength = Math.min(word.length, c.from.length);
      const toLength = Math.min(word.length, c.to.length);
      return word.slice(0, fromLength) >= c.from.slice(0, fromLength) && word.slice(0, toLength) <= c.to.slice(0, toLength);
    });
  const found = words.flatMap((w) => lookedUp(w).flatMap((form) => (strict(form).length > 0 ? strict(form) : loose(form))));
  return [...new Set(found.map((c) => c.hash))].sort();
}
