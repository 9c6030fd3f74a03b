// `node scripts/compare-builds.ts OLD_DIST NEW_DIST`: whether two builds are the same site, for
// changes that must not change the output (a reshaping of the code). Names Vite gives by content
// hash (`_astro/copy.BDvgl9qT.js`), Astro's scope ids (`data-astro-cid-…`, derived from a
// component's file path) and the build's own ids (the service worker's cache name, Pagefind's
// file hashes) are set aside; everything else must be byte for byte the same. Prints each
// difference and exits 1 when there is one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node scripts/compare-builds.ts OLD_DIST NEW_DIST');
  process.exit(2);
}

function files(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(root);
  return out;
}

// A content hash in a file name (Vite's 8 characters, Pagefind's longer ones) and the ids built from hashes.
const HASHED_NAME = /([.\-_])[A-Za-z0-9_-]{8,}(?=\.(?:js|css|pf_fragment|pf_index|pf_meta|pagefind|wasm)\b)/g;
const normalName = (name: string): string => name.replace(HASHED_NAME, '$1#');
const normalText = (text: string): string =>
  text
    .replace(HASHED_NAME, '$1#')
    .replace(/data-astro-cid-[a-z0-9]+/g, 'data-astro-cid-#')
    .replace(/astro-[a-z0-9]{8}\b/g, 'astro-#')
    .replace(/\b[0-9a-f]{12,64}\b/g, '#');

const TEXT = /\.(html|js|css|json|xml|txt|svg|webmanifest)$|_headers$|_redirects$/;
function content(root: string, file: string): string {
  let bytes = readFileSync(join(root, file));
  // Compressed copies are compared by what they hold.
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  else if (file.endsWith('.br')) bytes = brotliDecompressSync(bytes);
  const inner = file.replace(/\.(gz|br)$/, '');
  return TEXT.test(inner) ? normalText(bytes.toString('utf8')) : bytes.toString('base64');
}

const index = (root: string): Map<string, string> => new Map(files(root).map((f) => [normalName(f), f]));
const a = index(before);
const b = index(after);
const problems: string[] = [];
for (const name of a.keys()) if (!b.has(name)) problems.push(`only in ${before}: ${a.get(name)}`);
for (const name of b.keys()) if (!a.has(name)) problems.push(`only in ${after}: ${b.get(name)}`);
for (const [name, fileA] of a) {
  const fileB = b.get(name);
  if (fileB === undefined || name.includes('pagefind/')) continue;
  if (content(before, fileA) !== content(after, fileB)) problems.push(`differs: ${fileA} / ${fileB}`);
}
// Pagefind's binary files are compared as a whole folder: the same number of each kind.
const pagefind = (m: Map<string, string>): string =>
  [...m.keys()]
    .filter((n) => n.includes('pagefind/'))
    .sort()
    .join('\n');
if (pagefind(a) !== pagefind(b)) problems.push("Pagefind's files differ in name or number");
console.log(problems.length === 0 ? `same site: ${a.size} files` : problems.join('\n'));
process.exit(problems.length === 0 ? 0 : 1);
