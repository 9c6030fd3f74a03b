/** The per-code cache summary (src/lib/caches/summary.ts), over the real data files. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cachingSummary, disagreements, HEURISTIC_RFC9110, isHeuristic, LINE_LENGTH, shortTtl } from '../../src/lib/caches/summary.ts';
import { cacheData } from '../support/cache-content.ts';

test('404: kept by Varnish for its default two minutes; Cloudflare 3 min, Fastly 1 h, CloudFront 10 s', () => {
  const s = cachingSummary(404, cacheData);
  assert.deepEqual(
    s.keptBy.map((k) => [k.name, k.ttl]),
    [['Varnish', '2 min']],
  );
  assert.deepEqual(s.notKeptBy, ['nginx', 'Squid', 'Apache', 'HAProxy']);
  assert.deepEqual(
    s.cdnsKeep.map((c) => `${c.name} ${c.ttl}`),
    ['Cloudflare 3 min', 'Fastly 1 h', 'CloudFront 10 s', 'Cloud CDN 2 min'],
  );
  assert.deepEqual(s.cdnsIfEnabled, ['Akamai']);
  assert.equal(s.heuristic, true);
  assert.equal(s.crawler?.summaryOnly, true, 'Google’s 4xx rule was read through summaries');
  assert.match(s.line, /^Kept with no caching headers by Varnish 2 min; CDNs: Cloudflare 3 min, .*Akamai if on\.$/);
});

test('503: no stock cache keeps it, nginx does with proxy_cache_valid any, CloudFront documents 10 s, and that is beyond the RFC', () => {
  const s = cachingSummary(503, cacheData);
  assert.deepEqual(s.keptBy, []);
  assert.deepEqual(
    s.settingsKeeping.map((k) => k.id),
    ['nginx-valid-any-1m'],
  );
  assert.equal(
    s.line,
    'No stock cache here keeps it without caching headers (nginx does with proxy_cache_valid any); CDNs: CloudFront 10 s, Akamai if on.',
  );
  assert.equal(s.heuristic, false);
  assert.ok(s.differences.some((d) => /^Not heuristically cacheable, yet kept .*CloudFront/.test(d)));
  assert.ok(s.differences.some((d) => /CloudFront: .*no-store.*ignored/.test(d)));
});

test('301: Squid keeps it but revalidates; Apache keeps it for its default hour', () => {
  const s = cachingSummary(301, cacheData);
  assert.deepEqual(
    s.keptBy.map((k) => [k.name, k.ttl ?? null, k.revalidates]),
    [
      ['Varnish', '2 min', false],
      ['Squid', null, true],
      ['Apache', '1 h', false],
    ],
  );
  assert.match(s.line, /Squid \(revalidated\)/);
});

test('Varnish answering 503 for a 206 is a difference; a 1xx has a line of its own', () => {
  assert.ok(cachingSummary(206, cacheData).differences.some((d) => /^Varnish answered 503/.test(d)));
  assert.equal(cachingSummary(100, cacheData).line, 'An interim response: there is nothing for a cache to keep.');
});

test('every line fits a code page', () => {
  for (const code of Object.keys(cacheData.measurements.codes).map(Number)) {
    const { line } = cachingSummary(code, cacheData);
    assert.ok(line.length <= LINE_LENGTH + 10, `${code}: ${line.length} characters: ${line}`);
  }
});

test('heuristic codes are RFC 9110 §15.1’s twelve, plus 226 and 451 from their own RFCs', () => {
  assert.equal(HEURISTIC_RFC9110.length, 12);
  assert.ok(isHeuristic(451) && isHeuristic(226) && isHeuristic(308));
  assert.ok(!isHeuristic(302) && !isHeuristic(503));
});

test('TTLs are shortened, and one that is not a number is left out', () => {
  assert.equal(shortTtl('120 min'), '2 h');
  assert.equal(shortTtl('3600 s fallback TTL'), '1 h');
  assert.equal(shortTtl('10 s minimum'), '10 s');
  assert.equal(shortTtl('as for 200'), undefined);
});

test('the differences name nginx’s missing Age header and proxy_cache_valid any storing non-heuristic codes', () => {
  const d = disagreements(cacheData);
  assert.ok(d.some((x) => x.who === 'nginx' && /no Age header/.test(x.what)));
  const any = d.find((x) => x.who === 'nginx valid any 1m' && /not heuristically cacheable/.test(x.what));
  assert.ok(any?.codes.includes(503) && !any.codes.includes(404));
});
