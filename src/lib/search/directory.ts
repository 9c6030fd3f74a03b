import { stem } from './text.ts';

/**
 * The full-text directory: what the search box needs to know about Pagefind's index before
 * Pagefind has started. Pagefind names each page by a hash and fetches a fragment file to learn
 * its URL, and it learns which index chunk holds which words only after its WebAssembly has
 * loaded; on a slow link those are whole round trips. The build reads both facts from Pagefind's
 * own files (src/integrations/search-index.ts) into one small JSON file, so the search box can
 * rank Pagefind's answer without the fragments and fetch a query's chunks while Pagefind loads.
 */

export interface IndexChunk {
  /** The first and last word the chunk holds (Pagefind's order: plain string comparison). */
  from: string;
  to: string;
  /** The chunk's file in Pagefind's folder, index/<hash>.pf_index. */
  hash: string;
}

export interface FullTextDirectory {
  /** Pagefind's page hash (a result's id) → the page's path. */
  pages: Record<string, string>;
  chunks: IndexChunk[];
}

/** Pagefind marks its files' content with this, after its own gzip layer. */
const SIGNATURE = 'pagefind_dcd';

/** The content of one of Pagefind's files once unzipped (gunzip is passed in: node's zlib at build time). */
export function pagefindContent(unzipped: Uint8Array, file: string): Uint8Array {
  const head = new TextDecoder().decode(unzipped.subarray(0, SIGNATURE.length));
  if (head !== SIGNATURE) throw new Error(`${file} is not one of Pagefind's files (no ${SIGNATURE} mark)`);
  return unzipped.subarray(SIGNATURE.length);
}

/** A page's path from the URL Pagefind gives it ("/504/", or absolute with a base URL set). */
export const pagePath = (url: string): string => new URL(url, 'http://x').pathname;

/** The page path a fragment file names (its JSON has the page's url). */
export function fragmentPath(content: Uint8Array, file: string): string {
  const fragment = JSON.parse(new TextDecoder().decode(content)) as { url?: unknown };
  if (typeof fragment.url !== 'string') throw new Error(`${file} has no url`);
  return pagePath(fragment.url);
}

type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor> | boolean | null | undefined;

/**
 * A minimal CBOR reader (RFC 8949: integers, strings, arrays, maps, simple values), enough for
 * Pagefind's metadata file, which minicbor writes with definite lengths only.
 */
export function readCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const text = new TextDecoder();
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info - 24;
    if (size > 3) throw new Error(`CBOR: unsupported length encoding ${info} at byte ${at}`);
    const n = [1, 2, 4, 8][size] ?? 1;
    const value = n === 1 ? view.getUint8(at) : n === 2 ? view.getUint16(at) : n === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    at += n;
    return value;
  };
  const item = (): Cbor => {
    if (at >= bytes.length) throw new Error('CBOR: ended in the middle of an item');
    const first = view.getUint8(at++);
    const major = first >> 5;
    const info = first & 31;
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 2:
      case 3: {
        const n = length(info);
        const slice = bytes.subarray(at, (at += n));
        return major === 2 ? slice : text.decode(slice);
      }
      case 4:
        return Array.from({ length: length(info) }, item);
      case 5: {
        const map = new Map<Cbor, Cbor>();
        for (let n = length(info); n > 0; n -= 1) map.set(item(), item());
        return map;
      }
      case 7:
        return info === 20 ? false : info === 21 ? true : info === 22 ? null : undefined;
      default:
        throw new Error(`CBOR: unsupported major type ${major} at byte ${at - 1}`);
    }
  };
  return item();
}

/** The index chunks Pagefind's metadata lists: [version, pages, chunks, filters, sorts]. */
export function metaChunks(content: Uint8Array): IndexChunk[] {
  const meta = readCbor(content);
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(chunks)) throw new Error("Pagefind's metadata has no list of index chunks");
  return chunks.map((c) => {
    if (!Array.isArray(c) || typeof c[0] !== 'string' || typeof c[1] !== 'string' || typeof c[2] !== 'string')
      throw new Error("Pagefind's metadata lists an index chunk without its words and hash");
    return { from: c[0], to: c[1], hash: c[2] };
  });
}

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
