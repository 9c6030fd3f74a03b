/**
 * The documented CDN and crawler data (content/caches/cdns.yaml, crawlers.yaml) against their
 * schemas and checks (src/lib/caches/documented.ts): the real files pass, every code they name has
 * an entry in content/codes, the per-code view gives one answer per cell, and broken files are
 * refused with the field named.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { load } from 'js-yaml';
import {
  cdnCell,
  cdnFileSchema,
  codesNamedInCdns,
  codesNamedInCrawlers,
  crawlerEntriesFor,
  crawlerFileSchema,
  documentedProblems,
  loadCdns,
  loadCrawlers,
} from '../../src/lib/caches/documented.ts';
import { entries } from '../support/content.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

const CDNS = repoPath('content', 'caches', 'cdns.yaml');
const CRAWLERS = repoPath('content', 'caches', 'crawlers.yaml');
const codes = new Set(entries.map((e) => e.code));
const cdns = loadCdns(CDNS);
const crawlers = loadCrawlers(CRAWLERS);

test('both files pass their schemas and the cross-file checks', () => {
  assert.deepEqual(documentedProblems(cdns, crawlers, codes), []);
});

test('every code either file names has an entry in content/codes', () => {
  const missing = [...codesNamedInCdns(cdns), ...codesNamedInCrawlers(crawlers)].filter((c) => !codes.has(c));
  assert.deepEqual(missing, []);
});

test('the CDNs listed here are all there, each with a source on every rule', () => {
  const ids = cdns.cdns.map((c) => c.id);
  for (const id of ['cloudflare', 'fastly', 'cloudfront', 'google-cloud-cdn', 'akamai']) assert.ok(ids.includes(id), id);
  for (const cdn of cdns.cdns) for (const r of cdn.rules) assert.match(r.source.url, /^https:\/\//);
});

test('Google Search and Bing are there', () => {
  assert.deepEqual(
    crawlers.crawlers.map((c) => c.id),
    ['google', 'bing'],
  );
});

test('the per-code view: a named code gets its rule, an unnamed one the CDN default or "not documented"', () => {
  const cloudflare = cdns.cdns.find((c) => c.id === 'cloudflare')!;
  const cell404 = cdnCell(cloudflare, 404);
  assert.ok(cell404.documented && 'rule' in cell404 && cell404.rule.ttl === '3 min');
  const cell500 = cdnCell(cloudflare, 500);
  assert.ok(cell500.documented && 'otherCodes' in cell500 && cell500.otherCodes.stored === 'no');
  const cloudfront = cdns.cdns.find((c) => c.id === 'cloudfront')!;
  assert.deepEqual(cdnCell(cloudfront, 418), { documented: false });
  // Every code with an entry gets exactly one answer from every CDN.
  for (const cdn of cdns.cdns) for (const c of codes) assert.ok(cdnCell(cdn, c));
});

test('the crawler view: class rules cover their codes, except the ones they exclude', () => {
  const google = crawlers.crawlers.find((c) => c.id === 'google')!;
  const for404 = crawlerEntriesFor(google, 404);
  assert.ok(for404.some((e) => e.class === '4xx' && !e.robotsTxt));
  const for429 = crawlerEntriesFor(google, 429);
  assert.ok(!for429.some((e) => e.class === '4xx'), '429 is excluded from the 4xx rule');
  assert.ok(for429.some((e) => e.codes?.includes(429) && !e.robotsTxt));
  // Page rules come before robots.txt rules.
  const for503 = crawlerEntriesFor(google, 503);
  assert.equal(for503.at(-1)!.robotsTxt, true);
  assert.equal(for503[0]!.robotsTxt, false);
});

test('notes fit a table cell (160 characters)', () => {
  for (const cdn of cdns.cdns) {
    for (const r of cdn.rules) assert.ok(r.note.length <= 160, `${cdn.id}: ${r.note}`);
    assert.ok(cdn.otherCodes.note.length <= 160, cdn.id);
  }
});

const raw = (path: string): Record<string, unknown> => load(readFileSync(path, 'utf8')) as Record<string, unknown>;
const firstCdn = (f: Record<string, unknown>) => (f['cdns'] as Record<string, unknown>[])[0]!;
const firstRule = (f: Record<string, unknown>) => (firstCdn(f)['rules'] as Record<string, unknown>[])[0]!;
const firstEntry = (f: Record<string, unknown>) =>
  ((f['crawlers'] as Record<string, unknown>[])[0]!['entries'] as Record<string, unknown>[])[0]!;

test('a CDN rule is refused without a source, with a long note, or with an http link', () => {
  const cases: [(f: Record<string, unknown>) => void, RegExp][] = [
    [(f) => delete firstRule(f)['source'], /source/],
    [(f) => (firstRule(f)['note'] = 'x'.repeat(161)), /note/],
    [(f) => (firstRule(f)['source'] = { title: 'docs', url: 'http://example.com/' }), /url/],
    [(f) => (firstRule(f)['stored'] = 'maybe'), /stored/],
  ];
  for (const [breakIt, message] of cases) {
    const f = raw(CDNS);
    breakIt(f);
    const result = cdnFileSchema.safeParse(f);
    assert.equal(result.success, false);
    assert.match(JSON.stringify(result.error.issues.map((i) => i.path.join('.'))), message);
  }
});

test('a code without an entry, a code named twice, and a stored rule without a TTL are reported', () => {
  const f = raw(CDNS);
  (firstRule(f)['codes'] as number[]).push(299);
  const file = cdnFileSchema.parse(f);
  const rules = file.cdns[0]!.rules;
  rules[1]!.codes.push(rules[0]!.codes[0]!);
  delete rules[2]!.ttl;
  const problems = documentedProblems(file, crawlers, codes);
  assert.ok(
    problems.some((p) => /names 299, which has no entry/.test(p)),
    problems.join('\n'),
  );
  assert.ok(
    problems.some((p) => /in rules\.0 and rules\.1/.test(p)),
    problems.join('\n'),
  );
  assert.ok(
    problems.some((p) => /rules\.2 is stored .* but gives no ttl/.test(p)),
    problems.join('\n'),
  );
});

test('a crawler entry needs exactly one of codes or class, and something to say', () => {
  const both = raw(CRAWLERS);
  firstEntry(both)['class'] = '2xx';
  assert.equal(crawlerFileSchema.safeParse(both).success, false);
  const silent = raw(CRAWLERS);
  delete firstEntry(silent)['indexing'];
  assert.equal(crawlerFileSchema.safeParse(silent).success, false);
  const exceptAlone = raw(CRAWLERS);
  firstEntry(exceptAlone)['except'] = [429];
  assert.equal(crawlerFileSchema.safeParse(exceptAlone).success, false);
});
