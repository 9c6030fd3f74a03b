/**
 * The build half of the full-text directory: reading Pagefind's own files once it has written
 * them (src/integrations/search-index.ts). Pure: the caller unzips with node's zlib.
 */
import { pagePath, type IndexChunk } from './types.ts';

/** Pagefind marks its files' content with this, after its own gzip layer. */
const SIGNATURE = 'pagefind_dcd';

/** The content of one of Pagefind's files once unzipped (gunzip is passed in: node's zlib at build time). */
export function pagefindContent(unzipped: Uint8Array, file: string): Uint8Array {
  const head = new TextDecoder().decode(unzipped.subarray(0, SIGNATURE.length));
  if (head !== SIGNATURE) throw new Error(`${file} is not one of Pagefind's files (no ${SIGNATURE} mark)`);
  return unzipped.subarray(SIGNATURE.length);
}

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
