/**
 * Facts of the code entries that are easy to get wrong, checked in the data so they
 * cannot regress. Each test names its primary source.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { constantsOf } from '../../src/lib/codes/languages.ts';
import { RETRY_LABELS } from '../../src/lib/codes/labels.ts';
import type { LanguageKey } from '../../src/lib/codes/languages.ts';
import { bodyOf, entry } from '../support/content.ts';

/** An entry's constants for one language, as { name, since, deprecatedIn, removedIn }. */
function constants(code: number, lang: LanguageKey) {
  const value = entry(code).inCode[lang];
  assert.ok(value, `${code} has no ${lang} constant`);
  return constantsOf(value);
}

test('507: a request from a user action is not repeated until the user asks again (RFC 4918 §11.5)', () => {
  assert.equal(entry(507).facts.retry, 'user-action-only');
  assert.match(RETRY_LABELS['user-action-only'], /^No\b/);
});

test('421: the same request may be retried over a different connection, any method (RFC 9110 §15.5.20)', () => {
  assert.equal(entry(421).facts.retry, 'other-connection');
  assert.match(RETRY_LABELS['other-connection'], /different connection/);
});

test('102: shown as the IANA registry lists it, with a note that current specs dropped it', () => {
  const e = entry(102);
  assert.equal(e.status, 'permanent');
  assert.match(e.statusNote ?? '', /RFC 4918/);
});

test('306: the Switch Proxy draft is dated 5 December 1996', () => {
  assert.ok(entry(306).earlierNames.some((n) => n.name === 'Switch Proxy' && n.source.includes('1996')));
  assert.match(bodyOf(306), /5 December 1996/);
  assert.doesNotMatch(bodyOf(306), /A 1997 Internet-Draft/);
});

test('530: Cloudflare gives it no name, so "Origin DNS Error" is not presented as one', () => {
  const e = entry(530);
  assert.doesNotMatch(e.phrase, /Origin DNS Error/i);
  const cloudflare = e.vendorMeanings.find((m) => m.origin === 'Cloudflare');
  assert.ok(cloudflare);
  assert.doesNotMatch(cloudflare.name, /Origin DNS Error/i);
  // Cloudflare's docs tie 530 to an unresolvable origin hostname but list no 1xxx codes with it
  // (tests/audits/pages-vs-messages.test.ts); the page names 1016 and 1033 as readings.
  assert.match(cloudflare.description, /1016/);
});

test('Cloudflare 520-525: HTTP/1.1 examples carry the reason phrase Cloudflare sends', () => {
  // Cloudflare's edge writes its own phrases ("520 Origin Error", "522 Origin Connection Time-out").
  for (const code of [520, 521, 522, 523, 524, 525]) {
    for (const ex of entry(code).examples) {
      const line = ex.response?.split('\n')[0] ?? '';
      if (line.startsWith('HTTP/1.1')) assert.match(line, new RegExp(`^HTTP/1\\.1 ${code} Origin \\S`), `${code}: ${line}`);
    }
  }
});

test('Spring 7.0 removed USE_PROXY, METHOD_FAILURE and INSUFFICIENT_SPACE_ON_RESOURCE', () => {
  for (const [code, name] of [
    [305, 'HttpStatus.USE_PROXY'],
    [420, 'HttpStatus.METHOD_FAILURE'],
    [419, 'HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE'],
  ] as const) {
    const c = constants(code, 'java').find((k) => k.name === name);
    assert.equal(c?.removedIn, '7.0', `${code} ${name}`);
  }
  for (const code of [419, 420]) {
    const spring = entry(code).vendorMeanings.find((m) => m.origin.startsWith('Spring'));
    assert.match(spring?.origin ?? '', /removed in 7\.0/, `${code}`);
    assert.doesNotMatch(bodyOf(code), /still carries|Spring also lists/, `${code} prose`);
  }
});

test('Spring 7 names come first; the names it deprecates are marked', () => {
  const current: [number, string][] = [
    [413, 'HttpStatus.CONTENT_TOO_LARGE'],
    [422, 'HttpStatus.UNPROCESSABLE_CONTENT'],
    [421, 'HttpStatus.MISDIRECTED_REQUEST'],
  ];
  for (const [code, name] of current) {
    const first = constants(code, 'java')[0];
    assert.equal(first?.name, name);
    assert.equal(first?.since, '7.0');
  }
  const deprecated: [number, string][] = [
    [413, 'HttpStatus.PAYLOAD_TOO_LARGE'],
    [422, 'HttpStatus.UNPROCESSABLE_ENTITY'],
    [418, 'HttpStatus.I_AM_A_TEAPOT'],
    [102, 'HttpStatus.PROCESSING'],
    [509, 'HttpStatus.BANDWIDTH_LIMIT_EXCEEDED'],
    [510, 'HttpStatus.NOT_EXTENDED'],
  ];
  for (const [code, name] of deprecated)
    assert.equal(constants(code, 'java').find((c) => c.name === name)?.deprecatedIn, '7.0', `${code} ${name}`);
});

test('Python 3.13 names come first, marked with their version; the older names follow', () => {
  const renamed: [number, string, string][] = [
    [413, 'CONTENT_TOO_LARGE', 'REQUEST_ENTITY_TOO_LARGE'],
    [414, 'URI_TOO_LONG', 'REQUEST_URI_TOO_LONG'],
    [416, 'RANGE_NOT_SATISFIABLE', 'REQUESTED_RANGE_NOT_SATISFIABLE'],
    [422, 'UNPROCESSABLE_CONTENT', 'UNPROCESSABLE_ENTITY'],
  ];
  for (const [code, now, before] of renamed) {
    const [first, second] = constants(code, 'python');
    assert.deepEqual([first?.name, first?.since], [`HTTPStatus.${now}`, '3.13'], String(code));
    assert.equal(second?.name, `HTTPStatus.${before}`, String(code));
    assert.equal(second?.removedIn, undefined, `${code}: the old name still works`);
  }
});

test('Rust: StatusCode::EARLY_HINTS exists only from http 1.4.0', () => {
  assert.deepEqual(
    constants(103, 'rust').map((c) => [c.name, c.since]),
    [['StatusCode::EARLY_HINTS', '1.4.0']],
  );
});

test('401, 429, 503: a cross-origin fetch reads the header only if Access-Control-Expose-Headers lists it', () => {
  for (const [code, header] of [
    [401, 'WWW-Authenticate'],
    [429, 'Retry-After'],
    [503, 'Retry-After'],
  ] as const) {
    const body = bodyOf(code);
    assert.ok(entry(code).headers.includes('Access-Control-Expose-Headers'), `${code} headers`);
    assert.match(body, /`Access-Control-Expose-Headers`/, `${code} prose`);
    assert.match(
      body,
      new RegExp(`\`${header}\`[^.]*\`Access-Control-Expose-Headers\`|\`Access-Control-Expose-Headers\`[^.]*\`${header}\``),
      `${code} ties ${header} to it`,
    );
  }
});

test('401: browsers answer Negotiate and NTLM challenges too', () => {
  assert.match(bodyOf(401), /`Negotiate` and `NTLM`/);
});

test('408: Node.js sends 408 itself when headersTimeout or requestTimeout runs out', () => {
  const body = bodyOf(408);
  for (const setting of ['server.headersTimeout', 'server.requestTimeout'])
    assert.match(body, new RegExp(`\`${setting.replace('.', '\\.')}\``));
});

test('300, 301, 308, 410: Chromium keeps these fresh forever without explicit freshness, and says what that means after a mistake', () => {
  for (const code of [300, 301, 308, 410]) {
    const body = bodyOf(code);
    assert.match(body, /Chromium[^.]*fresh\s+forever/, `${code}`);
    assert.match(body, /by\s+mistake/, `${code}`);
  }
});

test('451: the prose says it is cacheable by default (RFC 7725 §3)', () => {
  assert.equal(entry(451).facts.cacheableByDefault, true);
  assert.match(bodyOf(451), /cacheable by default \(RFC 7725 §3\)/);
});
