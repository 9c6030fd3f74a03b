/**
 * Everyday situations a developer brings to the guide, and the consistency cases of a walk through the
 * guide: each must end on a recommendation reached from the start within MAX_CLICKS, recommending
 * only codes a careful developer would accept, and signposted, so the key word of the situation
 * appears in the answer that ends there and in the answer clicked just before it. The end gives
 * its reasoning from the specification that defines the code, and the headers to send: those the
 * specification requires or recommends with the code are named below, from the RFC cited.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_CLICKS } from '../../src/lib/guide/validate.ts';
import { answersTo, end, tree } from '../support/guide-content.ts';

interface Situation {
  situation: string;
  /** The recommendation that answers it. */
  end: string;
  /** The codes that would be right; the end recommends only these. */
  acceptable: number[];
  /** A word the reader looks for, in the last two answers clicked (label or hint). */
  signpost: RegExp;
  /** The specification and section the end's reasoning must cite ("RFC 9110 §15.5.17"). */
  cites: string;
  /** Header fields the end must name, as the specification asks for them with the code. */
  headers?: string[];
  /** Where what APIs do in practice matters: words the end's rule or reasoning must say it with. */
  practice?: RegExp;
}

const SITUATIONS: Situation[] = [
  {
    situation: 'a Range beyond the end of the file',
    end: 'range-not-satisfiable',
    acceptable: [416],
    signpost: /range/i,
    cites: 'RFC 9110 §15.5.17',
    headers: ['Content-Range'],
  },
  {
    situation: 'a batch where some items succeed and some fail',
    end: 'batch',
    acceptable: [207, 200],
    signpost: /batch/i,
    cites: 'RFC 4918 §11.1',
    practice: /most JSON APIs/,
  },
  {
    situation: 'content blocked for legal reasons',
    end: 'legal-block',
    acceptable: [451],
    signpost: /legal/i,
    cites: 'RFC 7725 §3',
    headers: ['Link'],
  },
  {
    situation: 'a client too slow to send its request',
    end: 'request-timeout',
    acceptable: [408],
    signpost: /time/i,
    cites: 'RFC 9110 §15.5.9',
    headers: ['Connection'],
  },
  {
    situation: 'payment or subscription required',
    end: 'payment-required',
    acceptable: [402, 403],
    signpost: /pay/i,
    cites: 'RFC 9110 §15.5.3',
    practice: /APIs that use it/,
  },
  {
    situation: 'an endpoint that requires a protocol upgrade',
    end: 'upgrade-required',
    acceptable: [426],
    signpost: /upgrade/i,
    cites: 'RFC 9110 §15.5.22',
    headers: ['Upgrade'],
  },
  {
    situation: 'a WebSocket handshake',
    end: 'websocket-handshake',
    acceptable: [101],
    signpost: /websocket/i,
    cites: 'RFC 6455 §4.2.2',
    headers: ['Upgrade', 'Sec-WebSocket-Accept'],
  },
  {
    situation: 'a resource locked by another user',
    end: 'locked',
    acceptable: [423, 409],
    signpost: /lock/i,
    cites: 'RFC 4918 §11.3',
    practice: /most JSON APIs/,
  },
  {
    situation: 'Expect: 100-continue on a large upload',
    end: 'expect-continue',
    acceptable: [100, 417],
    signpost: /100-continue/i,
    cites: 'RFC 9110 §10.1.1',
  },
  {
    situation: 'a missing Content-Length',
    end: 'length-required',
    acceptable: [411],
    signpost: /Content-Length/,
    cites: 'RFC 9110 §15.5.12',
  },
  {
    situation: 'a dependency that is down',
    end: 'dependency-down',
    acceptable: [503],
    signpost: /down/i,
    cites: 'RFC 9110 §15.6.4',
    headers: ['Retry-After'],
  },
  // The consistency cases of the walk.
  {
    situation: 'a missing If-Match on an update',
    end: 'precondition-required',
    acceptable: [428],
    signpost: /If-Match/,
    cites: 'RFC 6585 §3',
  },
  {
    situation: 'a missing Content-Type',
    end: 'missing-content-type',
    acceptable: [415],
    signpost: /Content-Type/,
    cites: 'RFC 9110 §8.3',
    headers: ['Accept'],
  },
  {
    situation: 'another missing required header',
    end: 'missing-header',
    acceptable: [400],
    signpost: /header/i,
    cites: 'RFC 9110 §15.5.1',
  },
  { situation: 'no format matches Accept', end: 'not-acceptable', acceptable: [200, 406], signpost: /Accept/, cites: 'RFC 9110 §15.5.7' },
  { situation: 'a method no URL supports', end: 'not-implemented', acceptable: [501], signpost: /feature/i, cites: 'RFC 9110 §15.6.2' },
  {
    situation: 'a dependency answered with its own error',
    end: 'dependency-error',
    acceptable: [500, 503, 400, 422],
    signpost: /error/i,
    cites: 'RFC 9110 §15.6.3',
  },
];

for (const s of SITUATIONS) {
  test(`${s.situation}: ${s.acceptable.join(' or ')}, reached within ${MAX_CLICKS} clicks and signposted`, () => {
    const node = tree.get(s.end);
    assert.equal(node?.kind, 'end', `no end "${s.end}" is reached from the start`);
    assert.ok(node.depth <= MAX_CLICKS, `${s.end} is ${node.depth} clicks deep`);
    for (const code of end(s.end).codes) assert.ok(s.acceptable.includes(code), `${s.end} recommends ${code}`);
    const clicks = answersTo(s.end);
    assert.equal(clicks.length, node.depth);
    for (const answer of clicks.slice(-2)) assert.match(`${answer.label} ${answer.hint ?? ''}`, s.signpost, `"${answer.label}"`);
    const e = end(s.end);
    const [rfc, section] = s.cites.split(' §');
    assert.ok(e.why.includes(rfc!) && e.why.includes(`§${section}`), `${s.end} reasons from ${s.cites}`);
    const named = e.headers.map((h) => h.name);
    for (const header of s.headers ?? []) assert.ok(named.includes(header), `${s.end} names ${header}`);
    if (s.practice) assert.match(`${e.rule ?? ''} ${e.why}`, s.practice, `${s.end} says what APIs do in practice`);
  });
}

test('every end of the guide is within the click limit; the deepest is 4 clicks', () => {
  const depths = [...tree.values()].filter((n) => n.kind === 'end').map((n) => n.depth);
  assert.ok(Math.max(...depths) <= MAX_CLICKS);
  assert.equal(Math.max(...depths), 4);
});

// --- Situations signposted from the first step, and ends whose reasoning must cite the right
// section. Checked against RFC 9110 (httpwg/http-core rfc9110.xml), RFC 7538, RFC 6585, RFC 8297,
// RFC 8470 and RFC 4918, read 2026-12. ---

const SIGNPOSTED_FROM_THE_START = [
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

for (const s of SIGNPOSTED_FROM_THE_START) {
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
