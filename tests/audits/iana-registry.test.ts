/**
 * The entries against the IANA registry (tests/support/iana-registry.ts) and RFC 9110: every
 * registered code has an entry with the registry's name, status and section, nothing else claims
 * to be registered, and the facts that the RFCs fix (cacheable by default, no content, redirects)
 * are the RFCs' own. That the pages show the name, status and section: tests/site/code-pages.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citationText } from '../../src/lib/codes/labels.ts';
import { entries } from '../support/content.ts';
import { CACHEABLE_BY_DEFAULT, REGISTRY } from '../support/iana-registry.ts';

test('the registry has 64 codes and every one has an entry', () => {
  assert.equal(REGISTRY.length, 64);
  const codes = new Set(entries.map((e) => e.code));
  assert.deepEqual(
    REGISTRY.filter((r) => !codes.has(r.code)).map((r) => r.code),
    [],
  );
});

test('no entry outside the registry claims to be registered', () => {
  const registered = new Set(REGISTRY.map((r) => r.code));
  assert.deepEqual(
    entries.filter((e) => e.status !== 'unofficial' && !registered.has(e.code)).map((e) => e.code),
    [],
  );
});

for (const row of REGISTRY) {
  test(`${row.code} has the registry's name, status and section`, () => {
    const entry = entries.find((e) => e.code === row.code);
    assert.ok(entry, `no entry for ${row.code}`);
    assert.equal(entry.phrase, row.phrase);
    assert.equal(entry.status, row.status);
    assert.equal(entry.spec && citationText(entry.spec), row.reference);
    const anchor = row.reference.match(/^RFC (\d+) §([\d.]+)$/);
    if (anchor) assert.equal(entry.spec?.url, `https://www.rfc-editor.org/rfc/rfc${anchor[1]}#section-${anchor[2]}`);
  });
}

test('"cacheable by default" is true exactly for the codes RFC 9110 §15.1, RFC 3229 and RFC 7725 list', () => {
  assert.deepEqual(
    entries.filter((e) => e.facts.cacheableByDefault).map((e) => e.code),
    CACHEABLE_BY_DEFAULT,
  );
});

test('responses that never have content say so', () => {
  const never = entries.filter((e) => e.code < 200 || [204, 205, 304].includes(e.code));
  assert.deepEqual(
    never.filter((e) => e.facts.mayHaveContent).map((e) => e.code),
    [],
  );
});

test('only the redirect codes send clients to Location on their own', () => {
  assert.deepEqual(
    entries.filter((e) => e.facts.redirects).map((e) => e.code),
    [301, 302, 303, 307, 308],
  );
});

test('the earlier names people still meet are each recorded on some entry', () => {
  const recorded = new Set(entries.flatMap((e) => e.earlierNames.map((n) => n.name)));
  for (const name of [
    'Payload Too Large',
    'Request Entity Too Large',
    'Request-URI Too Long',
    'Requested Range Not Satisfiable',
    'Unprocessable Entity',
    'Moved Temporarily',
  ])
    assert.ok(recorded.has(name), name);
});

test('unofficial codes cite no specification', () => {
  for (const entry of entries.filter((e) => e.status === 'unofficial')) assert.equal(entry.spec, undefined, String(entry.code));
});

test('the neighbours people confuse point to each other', () => {
  const pairs: [number, number][] = [
    [401, 403],
    [400, 422],
    [404, 410],
    [502, 503],
    [502, 504],
    [503, 504],
    [413, 431],
    [408, 504],
    [429, 503],
    [301, 302],
    [301, 308],
    [302, 303],
    [302, 307],
    [307, 308],
    [500, 520],
  ];
  const confused = (from: number) => new Set((entries.find((e) => e.code === from)?.confusedWith ?? []).map((c) => c.code));
  const missing = pairs.filter(([a, b]) => !confused(a).has(b) && !confused(b).has(a)).map(([a, b]) => `${a}/${b}`);
  assert.deepEqual(missing, []);
  // Cloudflare's 52x pages say how they differ from the standard codes a proxy would send.
  for (const code of [520, 521, 522, 523, 524]) assert.ok(confused(code).size > 0, String(code));
});
