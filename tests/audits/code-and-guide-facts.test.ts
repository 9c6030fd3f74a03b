/**
 * Facts and sentences of the entries, the guide and the comparisons, checked in the data so
 * they cannot regress, each with the primary source it was checked against. Claims that only a
 * reader can judge (whether a section says what a sentence cites it for) are not automated;
 * what is checked here is that the facts match the sources' tables and that sentences easy to
 * get wrong say what the source says.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FAULT_LABELS, PERMANENCE_LABELS } from '../../src/lib/codes/facts.ts';
import { GUIDE_JARGON } from '../../src/lib/guide/validate.ts';
import { inlineParts } from '../../src/lib/site/inline-text.ts';
import { RETRY_LABELS } from '../../src/lib/codes/labels.ts';
import { constantsOf, LANGUAGES } from '../../src/lib/codes/languages.ts';
import { bodyOf, entries, entry, type Entry } from '../support/content.ts';
import { answersTo, comparisons, end, ends, guideTexts, steps } from '../support/guide-content.ts';
import { LIBRARY_CONSTANTS, libraryName } from '../support/library-constants.ts';

const all = (text: string, words: string[]) => words.every((w) => text.includes(w));

// --- The facts model ---

test('3xx: permanence and method follow RFC 9110 §15.4 for every redirect, and 303 is not a move', () => {
  // §15.4: 301/308 permanent, 302/307 temporary; 303 a different resource (an indirect response).
  // §15.4.2-3 let POST become GET after 301/302; §15.4.4 fetches with GET; §15.4.8-9 keep the method.
  const table: Record<number, [Entry['facts']['permanence'], Entry['facts']['method']]> = {
    301: ['permanent', 'may-change'],
    302: ['temporary', 'may-change'],
    303: ['not-a-move', 'becomes-get'],
    307: ['temporary', 'kept'],
    308: ['permanent', 'kept'],
  };
  const redirecting = entries.filter((e) => e.facts.redirects).map((e) => e.code);
  assert.deepEqual(redirecting, Object.keys(table).map(Number));
  for (const [code, [permanence, method]] of Object.entries(table)) {
    assert.equal(entry(Number(code)).facts.permanence, permanence, `${code} permanence`);
    assert.equal(entry(Number(code)).facts.method, method, `${code} method`);
  }
  assert.match(PERMANENCE_LABELS['not-a-move'], /not a move/);
  assert.match(bodyOf(303), /neither permanent nor temporary/);
});

test('404: nothing retries it, but the same request may succeed later (RFC 9110 §15.5.5)', () => {
  assert.equal(entry(404).facts.retry, 'not-automatically');
  assert.match(RETRY_LABELS['not-automatically'], /may succeed later/);
  assert.doesNotMatch(end('not-found').why, /clients may try again later/);
});

test('408: the client may repeat the request, any method, on a new connection if needed (RFC 9110 §15.5.9)', () => {
  assert.equal(entry(408).facts.retry, 'may-repeat');
  assert.match(RETRY_LABELS['may-repeat'], /any method/);
  assert.doesNotMatch(RETRY_LABELS['may-repeat'], /idempotent/);
});

test('409: the same request can succeed once the conflict is resolved (RFC 9110 §15.5.10)', () => {
  assert.equal(entry(409).facts.retry, 'after-resolving');
  assert.doesNotMatch(RETRY_LABELS['after-resolving'], /^Only after changing the request/);
});

test('425: resent automatically once the handshake is done, never in early data, with no Retry-After (RFC 8470 §5.2)', () => {
  assert.equal(entry(425).facts.retry, 'after-handshake');
  assert.match(RETRY_LABELS['after-handshake'], /handshake/);
  assert.doesNotMatch(RETRY_LABELS['after-handshake'], /Retry-After/);
});

test('226 and 451 are counted cacheable by default on the same grounds, and both pages say why', () => {
  // RFC 3229 §10.4.1 uses the words RFC 2616 §13.4 used for default-cacheable codes; RFC 7725 §3 says so outright.
  assert.equal(entry(226).facts.cacheableByDefault, true);
  assert.equal(entry(451).facts.cacheableByDefault, true);
  assert.ok(all(bodyOf(226), ['RFC 3229 §10.4.1', 'RFC 2616 §13.4', '[451](/451/)']));
});

test('599 blames the connection and 511 the network login, not the server or the request (RFC 6585 §6)', () => {
  assert.equal(entry(599).facts.fault, 'connection');
  assert.equal(entry(598).facts.fault, 'upstream');
  assert.equal(entry(511).facts.fault, 'network');
  assert.match(FAULT_LABELS.network, /log in/);
  assert.match(FAULT_LABELS.connection, /no response/);
});

// --- Library constants ---

test('Spring: CHECKPOINT and DESTINATION_LOCKED are listed as removed in 7.0, with the versions that had them', () => {
  const spring = (code: number, name: string) => constantsOf(entry(code).inCode.java!).find((c) => c.name === name);
  assert.deepEqual(spring(103, 'HttpStatus.CHECKPOINT'), {
    name: 'HttpStatus.CHECKPOINT',
    since: '3.1.1',
    deprecatedIn: '6.0.5',
    removedIn: '7.0',
  });
  assert.deepEqual(spring(421, 'HttpStatus.DESTINATION_LOCKED'), {
    name: 'HttpStatus.DESTINATION_LOCKED',
    since: '3.0.1',
    deprecatedIn: '3.2',
    removedIn: '7.0',
  });
});

test('.NET: every name the enum gives a code is listed, aliases after the main name', () => {
  for (const [code, names] of Object.entries(LIBRARY_CONSTANTS.dotnet)) {
    const e = entries.find((x) => x.code === Number(code));
    if (!e) continue;
    const listed = constantsOf(e.inCode.dotnet!).map((c) => c.name);
    assert.deepEqual([...listed].sort(), names.map((n) => libraryName(n).name).sort(), `${code}`);
  }
  assert.deepEqual(
    constantsOf(entry(303).inCode.dotnet!).map((c) => c.name),
    ['HttpStatusCode.SeeOther', 'HttpStatusCode.RedirectMethod'],
  );
});

test('Go: the record names the release tree and the API files it was checked against, not a listing', () => {
  assert.match(LANGUAGES.go.source, /status\.go \(go1\.\d+\.\d+ tree\)/);
  assert.match(LANGUAGES.go.source, /api\/go1\.27\.txt/);
});

// --- Sentences of the guide and the comparisons ---

test('the guide never says nginx logs 494 (it logs 400, as the 494 page says)', () => {
  for (const [where, text] of guideTexts()) assert.doesNotMatch(text, /logs? 494/, where);
  assert.match(bodyOf(494), /access log records 400/);
});

test('505 is about the major version: no guide text offers it for HTTP/1.0, and 426 is named for upgrades', () => {
  for (const [where, text] of guideTexts()) assert.doesNotMatch(text, /HTTP\/1\.0 where you require/, where);
  assert.match(end('version-not-supported').why, /major version/);
  assert.match(end('version-not-supported').why, /426/);
});

test('403: no text says new credentials cannot help, and the RFC is not cited for it (RFC 9110 §15.5.4)', () => {
  const forbidden = comparisons.get('unauthorized-forbidden')!;
  assert.doesNotMatch(forbidden.intro, /whoever you are logged in as/);
  assert.doesNotMatch(forbidden.codes.find((m) => m.code === 403)!.pick, /New credentials for the same user will not help/);
  assert.doesNotMatch(end('forbidden').why, /will not change that/);
  assert.match(end('forbidden').why, /same credentials/);
});

test('202 makes no promise (RFC 9110 §15.3.3)', () => {
  assert.doesNotMatch(comparisons.get('success')!.intro, /promises that the work will be done/);
  assert.match(end('accepted').why, /nothing about how it will end/);
});

test('502 only for an invalid response: the guide and the 502 page agree, and a dependency that is down gets 503', () => {
  for (const [where, text] of guideTexts()) assert.doesNotMatch(text, /an error or garbage/, where);
  assert.match(bodyOf(502), /well-formed error/);
  assert.match(end('bad-gateway').why, /only garbage counts/);
  assert.deepEqual(end('dependency-down').codes, [503]);
});

test('301: clients may rewrite POST as GET, not PUT or DELETE (RFC 9110 §15.4.2)', () => {
  assert.doesNotMatch(end('moved-permanently').rule!, /PUT or DELETE requests may arrive, because/);
  assert.match(end('moved-permanently').rule!, /POST into a GET/);
});

test('304: the copy is valid and the 304 freshens it; every header §15.4.5 requires is named', () => {
  assert.doesNotMatch(comparisons.get('conditional')!.intro, /still fresh/);
  const names = end('not-modified').headers.map((h) => h.name);
  for (const h of ['Content-Location', 'Date', 'ETag', 'Vary', 'Cache-Control', 'Expires']) assert.ok(names.includes(h), h);
});

test('415: judged by Content-Type, Content-Encoding or the data; the answer names Accept (RFC 9110 §15.5.16)', () => {
  const pick = comparisons.get('bad-input')!.codes.find((m) => m.code === 415)!.pick;
  assert.doesNotMatch(pick, /not the data/);
  assert.ok(all(pick, ['Content-Type', 'Content-Encoding', 'data itself']));
  for (const id of ['unsupported-media-type', 'missing-content-type'])
    assert.ok(
      end(id).headers.some((h) => h.name === 'Accept'),
      id,
    );
});

test('409: the bad-input intro no longer says every request must change (RFC 9110 §15.5.10)', () => {
  assert.doesNotMatch(comparisons.get('bad-input')!.intro, /Each of these says the request must change/);
  assert.match(comparisons.get('bad-input')!.intro, /409 the same request can succeed/);
});

test('201: without Location the target URI names the resource, and no library follows it (RFC 9110 §15.3.2)', () => {
  assert.doesNotMatch(end('created').why, /has to guess/);
  assert.match(end('created').why, /No HTTP library follows/);
});

test('200: a POST response is cached only with explicit freshness (RFC 9110 §9.3.3)', () => {
  const note = end('ok').headers.find((h) => h.name === 'Cache-Control')!.note;
  assert.doesNotMatch(note, /since a 200 is cacheable by default/);
  assert.match(note, /POST.*§9\.3\.3/);
});

test('412 also answers a false If-None-Match on methods other than GET and HEAD (RFC 9110 §13.1.2)', () => {
  assert.match(end('precondition-failed').why, /If-None-Match: \*/);
  assert.match(comparisons.get('conditional')!.codes.find((m) => m.code === 412)!.pick, /If-None-Match/);
});

test('421: the answer says a proxy must not generate it (RFC 9110 §15.5.20)', () => {
  assert.match(end('misdirected').why, /a proxy must not generate it/);
});

// --- Consistency found in the walk ---

test('406: the guide and /406/ give the same one line, and the request step names Accept', () => {
  const line = end('not-acceptable').rule!;
  assert.ok(bodyOf(406).replace(/\s+/g, ' ').includes(line), '/406/ says the guide’s line');
  assert.ok(
    comparisons
      .get('negotiation')!
      .codes.find((m) => m.code === 406)!
      .pick.includes(line),
  );
  assert.ok(steps.get('request')!.answers.some((a) => /Accept|response format/.test(`${a.label} ${a.hint}`)));
});

test('501 is filed under the server’s failures, as its page says, with its Cache-Control advice', () => {
  assert.equal(answersTo('not-implemented')[0]!.label, steps.get('start')!.answers.find((a) => a.next === 'failure')!.label);
  assert.ok(end('not-implemented').headers.some((h) => h.name === 'Cache-Control'));
  assert.match(bodyOf(501), /Cache-Control: no-store/);
});

test('every comparison title names all its codes', () => {
  for (const [slug, c] of comparisons)
    for (const m of c.codes) assert.match(c.title, new RegExp(`\\b${m.code}\\b`), `${slug} title lacks ${m.code}`);
});

test('an end whose codes belong to a comparison points to one that contains them (the 206, 421 and 505 ends included)', () => {
  const memberOf = new Set([...comparisons.values()].flatMap((c) => c.codes.map((m) => m.code)));
  for (const [id, e] of ends) {
    if (!e.codes.some((c) => memberOf.has(c))) continue;
    assert.ok(e.compare, `${id} has no comparison`);
    assert.ok(
      comparisons.get(e.compare)!.codes.some((m) => e.codes.includes(m.code)),
      `${id} points to ${e.compare}, which has none of ${e.codes.join(', ')}`,
    );
  }
  for (const id of ['partial', 'misdirected', 'version-not-supported']) assert.ok(end(id).compare, id);
});

test('the guide mentions of other codes become links: /guide/partial/ links 416', () => {
  const codes = new Set(entries.map((e) => e.code));
  const linked = inlineParts(end('partial').why, codes).filter((p) => p.kind === 'status');
  assert.ok(linked.some((p) => p.kind === 'status' && p.code === 416));
});

test('the jargon the walk found is glossed wherever the guide uses it', () => {
  for (const word of ['origin', 'upstream', 'conditional', 'host']) assert.ok((GUIDE_JARGON as readonly string[]).includes(word), word);
  assert.ok(steps.get('upstream')!.terms.some((t) => t.term === 'origin'));
  assert.ok(steps.get('upstream')!.terms.some((t) => t.term === 'healthy'));
  assert.ok(steps.get('protocol')!.terms.some((t) => t.term === 'host'));
});

// --- Unofficial codes people search for ---

test('218, 529 and 540: unofficial, each source marked honestly, and 218 says no primary source was found', () => {
  for (const code of [218, 529, 540]) assert.equal(entry(code).status, 'unofficial');
  assert.deepEqual(
    entry(218).vendorMeanings.map((m) => m.source.quality),
    ['secondary'],
  );
  assert.match(entry(218).summary, /no primary source was found/);
  assert.match(bodyOf(218), /found no primary source/);
  assert.deepEqual(
    entry(529).vendorMeanings.map((m) => [m.origin, m.source.quality]),
    [['Qualys SSL Labs API', 'primary']],
  );
  assert.match(bodyOf(529).replace(/\s+/g, ' '), /comes from lists of unofficial codes/);
  assert.deepEqual(
    entry(540).vendorMeanings.map((m) => [m.origin, m.source.quality]),
    [
      ['Shopify', 'primary'],
      ['Paddle Billing API', 'primary'],
    ],
  );
});
