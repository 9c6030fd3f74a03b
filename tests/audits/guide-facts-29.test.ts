/**
 * Issue 29, items 9-11: three situations the guide could not reach, four ends whose reasoning
 * did not say what the cited section says, and an end that led with the wrong code. Checked
 * against RFC 9110 (httpwg/http-core rfc9110.xml), RFC 7538, RFC 6585, RFC 8297, RFC 8470 and
 * RFC 4918, read 2026-12.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_CLICKS } from '../../src/lib/guide/validate.ts';
import { answersTo, end, tree } from '../support/guide-content.ts';

const SITUATIONS = [
  // RFC 8297 §2: 103 hints at the final response's fields while it is being generated.
  {
    situation: 'preload hints while the page is generated',
    end: 'early-hints',
    code: 103,
    signpost: /hints/i,
    cites: ['RFC 8297 §2'],
    header: 'Link',
  },
  // RFC 8470 §5.2: 425 for a request in early data that must not be replayed; §5.1 Early-Data.
  { situation: 'a request in TLS 1.3 early data', end: 'too-early', code: 425, signpost: /early data/i, cites: ['RFC 8470 §5.2', '§5.1'] },
  // RFC 4918 §11.5: 507, the server cannot store what the request needs.
  {
    situation: 'no disk space or quota for an upload',
    end: 'insufficient-storage',
    code: 507,
    signpost: /disk|storage/i,
    cites: ['RFC 4918 §11.5'],
  },
];

for (const s of SITUATIONS) {
  test(`${s.situation}: ${s.code}, reached within ${MAX_CLICKS} clicks and signposted`, () => {
    const node = tree.get(s.end);
    assert.equal(node?.kind, 'end', `no end "${s.end}" is reached from the start`);
    assert.ok(node.depth <= MAX_CLICKS);
    assert.deepEqual(end(s.end).codes, [s.code]);
    // The reader recognises the situation in the last two answers and on the first step.
    const clicks = answersTo(s.end);
    for (const answer of clicks.slice(-2)) assert.match(`${answer.label} ${answer.hint ?? ''}`, s.signpost, answer.label);
    assert.match(`${clicks[0]!.label} ${clicks[0]!.hint ?? ''}`, s.code === 425 ? /protocol/i : s.signpost, clicks[0]!.label);
    for (const cite of s.cites) assert.ok(end(s.end).why.includes(cite), `${s.end} cites ${cite}`);
    if (s.header)
      assert.ok(
        end(s.end).headers.some((h) => h.name === s.header),
        `${s.end} names ${s.header}`,
      );
  });
}

test('see-other: a retrieval request, GET or HEAD, and HEAD stays HEAD (RFC 9110 §15.4.4)', () => {
  const why = end('see-other').why;
  assert.doesNotMatch(why, /with GET whatever the original method/);
  assert.match(why, /GET or HEAD/);
  assert.match(why, /HEAD stays HEAD/);
});

test('permanent-redirect: method preservation cited to RFC 7538 §3 and RFC 9110 §15.4, not §15.4.9', () => {
  // §15.4.9 (308) says nothing about the method; the §15.4 note and RFC 7538 §3 do.
  const why = end('permanent-redirect').why;
  assert.doesNotMatch(why, /§15\.4\.9/);
  assert.ok(why.includes('RFC 7538 §3') && why.includes('RFC 9110 §15.4 '), why);
});

test('partial: the fields §15.3.7 requires on a 206 when a 200 would carry them are named', () => {
  const e = end('partial');
  for (const field of ['Date', 'Cache-Control', 'ETag', 'Expires', 'Content-Location', 'Vary'])
    assert.ok(e.why.includes(`\`${field}\``), field);
  assert.ok(e.headers.some((h) => h.name === 'ETag'));
});

test('network-login: origin servers SHOULD NOT send 511, and caches MUST NOT store it (RFC 6585 §6)', () => {
  const why = end('network-login').why;
  assert.doesNotMatch(why, /never an origin server/);
  assert.match(why, /origin servers should not send it/);
  assert.match(why, /forbids caches to store it/);
});

test('expect-continue leads with 100; 417 has its own end for the other expectations (RFC 9110 §10.1.1)', () => {
  assert.deepEqual(end('expect-continue').codes, [100]);
  assert.match(end('expect-continue').why, /417 is not the answer here/);
  const other = end('expectation-failed');
  assert.deepEqual(other.codes, [417]);
  assert.ok(other.why.includes('RFC 9110 §15.5.18') && other.why.includes('§10.1.1'));
  assert.match(answersTo('expectation-failed').at(-1)!.label, /other than 100-continue/);
});
