/**
 * The full-text directory's readers (src/lib/search/directory/): the CBOR of Pagefind's
 * metadata, its fragments, and the choice of index chunks for a query's words. The built index
 * itself is checked against them in tests/site/search-fulltext.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunksFor } from '../../src/lib/search/directory/chunks.ts';
import { fragmentPath, metaChunks, pagefindContent, readCbor } from '../../src/lib/search/directory/read.ts';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];
/** A CBOR text string (major type 3) of fewer than 24 bytes. */
const str = (text: string): number[] => [0x60 + utf8(text).length, ...utf8(text)];

test('reads the CBOR items minicbor writes: integers of every width, strings, arrays, maps, simple values', () => {
  assert.equal(readCbor(bytes(0x17)), 23);
  assert.equal(readCbor(bytes(0x18, 0xff)), 255);
  assert.equal(readCbor(bytes(0x19, 0x01, 0x00)), 256);
  assert.equal(readCbor(bytes(0x1a, 0x00, 0x01, 0x00, 0x00)), 65536);
  assert.equal(readCbor(bytes(0x1b, 0, 0, 0, 1, 0, 0, 0, 0)), 2 ** 32);
  assert.equal(readCbor(bytes(0x20)), -1);
  assert.equal(readCbor(bytes(...str('héllo'))), 'héllo');
  assert.deepEqual(readCbor(bytes(0x42, 1, 2)), bytes(1, 2));
  assert.deepEqual(readCbor(bytes(0x83, 0x01, ...str('a'), 0x80)), [1, 'a', []]);
  assert.deepEqual(readCbor(bytes(0xa1, ...str('k'), 0xf5)), new Map([['k', true]]));
  assert.deepEqual([readCbor(bytes(0xf4)), readCbor(bytes(0xf6))], [false, null]);
});

test('a truncated or unsupported CBOR item is an error that says where', () => {
  assert.throws(() => readCbor(bytes(0x82, 0x01)), /ended in the middle/);
  assert.throws(() => readCbor(bytes(0x9f)), /unsupported length encoding 31/);
  assert.throws(() => readCbor(bytes(0xc0, 0x01)), /unsupported major type 6 at byte 0/);
});

test("reads the index chunks from Pagefind's metadata, and refuses metadata without them", () => {
  const chunk = (from: string, to: string, hash: string): number[] => [0x83, ...str(from), ...str(to), ...str(hash)];
  const meta = bytes(0x85, ...str('1.6.0'), 0x80, 0x82, ...chunk('0', 'can', 'en_a'), ...chunk('cap', 'zz', 'en_b'), 0x80, 0x80);
  assert.deepEqual(metaChunks(meta), [
    { from: '0', to: 'can', hash: 'en_a' },
    { from: 'cap', to: 'zz', hash: 'en_b' },
  ]);
  assert.throws(() => metaChunks(bytes(0x81, ...str('1.6.0'))), /no list of index chunks/);
  assert.throws(() => metaChunks(bytes(0x83, ...str('1.6.0'), 0x80, 0x81, 0x81, 0x01)), /without its words and hash/);
});

test("reads Pagefind's mark and a fragment's page, and refuses a file that is not Pagefind's", () => {
  const content = pagefindContent(bytes(...utf8('pagefind_dcd{"url":"/504/"}')), 'x.pf_fragment');
  assert.equal(fragmentPath(content, 'x.pf_fragment'), '/504/');
  assert.throws(() => pagefindContent(bytes(...utf8('{"url":"/504/"}')), 'y.pf_fragment'), /y\.pf_fragment is not one of Pagefind's files/);
  assert.throws(() => fragmentPath(bytes(...utf8('{"title":"x"}')), 'z.pf_fragment'), /z\.pf_fragment has no url/);
});

test('chooses the chunk whose range holds each word, and the possible ones when no word falls in a range', () => {
  const chunks = [
    { from: '0', to: 'can', hash: 'en_a' },
    { from: 'cap', to: 'header', hash: 'en_b' },
    { from: 'headers', to: 'wg', hash: 'en_c' },
  ];
  assert.deepEqual(chunksFor(['gateway', 'timeout'], chunks), ['en_b', 'en_c']);
  assert.deepEqual(chunksFor(['capital', 'header'], chunks), ['en_b']);
  // "canz" sorts after "can" and before "cap": no range holds it, so the ranges its prefixes fit decide.
  assert.deepEqual(chunksFor(['canz'], chunks), ['en_a']);
  assert.deepEqual(chunksFor(['zebra'], chunks), []);
  // Every range its prefixes fit, when no range holds the word: "allowed" sorts between "all" and "alm".
  const edges = [
    { from: '9111', to: 'a', hash: 'en_x' },
    { from: 'aa', to: 'all', hash: 'en_y' },
    { from: 'alm', to: 'and', hash: 'en_z' },
  ];
  assert.deepEqual(chunksFor(['allowed'], edges), ['en_x', 'en_y']);
  // Pagefind looks the stem up too, Snowball's "y" to "i" included: "proxi" sorts before "proxy".
  const split = [
    { from: 'a', to: 'proxi', hash: 'en_p' },
    { from: 'proxy', to: 'z', hash: 'en_q' },
  ];
  assert.deepEqual(chunksFor(['proxy'], split), ['en_p', 'en_q']);
  assert.deepEqual(chunksFor(['key'], split), ['en_p']);
  assert.deepEqual(chunksFor([], chunks), []);
});
