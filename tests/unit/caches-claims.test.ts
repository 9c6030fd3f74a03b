/** The entries' statements about caching, checked against the cache data (src/lib/caches/claims.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CACHING_CLAIMS, cachingClaimProblems } from '../../src/lib/caches/claims.ts';
import { claimSource, type ClaimSource } from '../../src/lib/clients/claims.ts';
import { bodyOf, entries } from '../support/content.ts';
import { cacheData } from '../support/cache-content.ts';

const sources = entries.map((e) => claimSource(`content/codes/${e.code}.mdx`, e, bodyOf(e.code)));
const source = (code: number): ClaimSource => sources.find((s) => s.code === code) as ClaimSource;
const withProse = (code: number, prose: string): ClaimSource => ({ ...source(code), prose });

test('no entry says anything about caching that the data contradicts', () => {
  assert.deepEqual(cachingClaimProblems(sources, cacheData), []);
});

test('every kind of sentence matches its own example', () => {
  for (const claim of CACHING_CLAIMS) assert.ok(claim.pattern.test(claim.example), `${claim.pattern} misses “${claim.example}”`);
});

test('the sentences that were corrected fail again, naming the file, the sentence and who keeps it', () => {
  assert.match(
    cachingClaimProblems([withProse(503, 'Caches do not store a 503 by default.')], cacheData)[0] ?? '',
    /^content\/codes\/503\.mdx: “Caches do not store a 503 by default\.”: CloudFront documents keeping it 10 s .*\(see \/caching\/#503\)$/,
  );
  assert.match(
    cachingClaimProblems([withProse(302, 'A 302 is not cached unless `Cache-Control` says so.')], cacheData)[0] ?? '',
    /Cloudflare documents keeping it 20 min.*Fastly.*CloudFront/,
  );
  assert.match(cachingClaimProblems([withProse(404, 'Caches do not store a 404 by default.')], cacheData)[0] ?? '', /Varnish kept it/);
});

test('a claim that holds passes: 506 is kept by no stock cache and no CDN documents it', () => {
  assert.deepEqual(cachingClaimProblems([withProse(506, 'Caches do not store a 506 by default.')], cacheData), []);
});

test('"cacheable by default" is checked against RFC 9110 §15.1', () => {
  assert.match(cachingClaimProblems([withProse(302, 'A 302 is cacheable by default.')], cacheData)[0] ?? '', /does not list it/);
  assert.deepEqual(cachingClaimProblems([withProse(405, 'A 405 is cacheable by default.')], cacheData), []);
  assert.match(
    cachingClaimProblems([withProse(404, 'It is not cacheable by default.')], cacheData)[0] ?? '',
    /makes it heuristically cacheable/,
  );
});

test('a named cache or CDN is checked on its own', () => {
  assert.match(cachingClaimProblems([withProse(404, 'Squid keeps a 404 for a while.')], cacheData)[0] ?? '', /Squid did not keep it/);
  assert.match(cachingClaimProblems([withProse(404, 'Varnish does not cache it.')], cacheData)[0] ?? '', /Varnish kept it/);
  assert.match(
    cachingClaimProblems([withProse(503, 'Cloudflare caches a 503.')], cacheData)[0] ?? '',
    /Cloudflare documents not keeping it/,
  );
  assert.deepEqual(cachingClaimProblems([withProse(404, 'Cloudflare caches it for three minutes.')], cacheData), []);
});

test('advice, and clauses about another code, are not claims', () => {
  assert.deepEqual(cachingClaimProblems([withProse(503, 'Caches should not store a 503.')], cacheData), []);
  assert.deepEqual(cachingClaimProblems([withProse(503, 'Caches do not store a 502 by default.')], cacheData), []);
});

test('facts.cacheableByDefault must agree with the RFCs', () => {
  const s = source(302);
  assert.match(
    cachingClaimProblems([{ ...s, facts: { ...s.facts, cacheableByDefault: true } }], cacheData)[0] ?? '',
    /facts\.cacheableByDefault is true, but .* does not make it heuristically cacheable/,
  );
});
