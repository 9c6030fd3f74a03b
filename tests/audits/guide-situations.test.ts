/**
 * The everyday situations issue 20 lists, and the consistency cases of its walk through the
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
  /** Where the issue asks what APIs do in practice: words the end's rule or reasoning must say it with. */
  practice?: RegExp;
}

const SITUATIONS: Situation[] = [
  // The wider guide of issue 20.
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
