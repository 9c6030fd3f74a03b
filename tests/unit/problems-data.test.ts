/**
 * The problem-details examples (content/problems/problems.yaml, shape in
 * src/lib/problems/schema.ts): one per 4xx and 5xx code with an entry, each body valid against a
 * JSON Schema of RFC 9457's members, and each carrying in its headers what the header catalogue
 * says the code MUST send, and nothing it says the code MUST NOT.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EXTENSION_NAME, MEMBERS } from '../../src/lib/problems/schema.ts';
import { entries } from '../support/content.ts';
import { headers, problems } from '../support/send-content.ts';
import { validateProblem as validate } from '../support/problem-schema.ts';

const byCode = new Map(entries.map((e) => [e.code, e]));

test('the validator refuses what the JSON Schema refuses', () => {
  assert.deepEqual(validate({ type: 'about:blank', status: 404 }), []);
  assert.deepEqual(validate({ status: '404' }), ['status is not an integer']);
  assert.deepEqual(validate({ status: 700 }), ['status is above 599']);
  assert.deepEqual(validate({ type: 'not a uri' }), ['type is not a URI reference']);
  assert.deepEqual(validate({ title: 5 }), ['title is not a string']);
  assert.deepEqual(validate([]), ['is not an object']);
});

test('one example for every 4xx and 5xx code with an entry, and for no other code', () => {
  const want = entries.filter((e) => e.code >= 400).map((e) => e.code);
  const have = problems.map((p) => p.code);
  assert.equal(new Set(have).size, have.length, 'a code has two examples');
  assert.deepEqual([...have].sort(), [...want].sort());
});

test('every body is valid against the RFC 9457 JSON Schema, and its status is its code', () => {
  for (const p of problems) {
    assert.deepEqual(validate(p.body), [], `${p.code}`);
    assert.equal(p.body.status, p.code, `${p.code}`);
  }
});

test('extension member names are as RFC 9457 §4 recommends', () => {
  for (const p of problems) {
    for (const name of Object.keys(p.body)) {
      if ((MEMBERS as readonly string[]).includes(name)) continue;
      assert.match(name, EXTENSION_NAME, `${p.code}: ${name}`);
    }
  }
});

test('about:blank only for registered codes, with the code phrase as title (RFC 9457 §4.2.1)', () => {
  for (const p of problems) {
    if (p.body.type !== 'about:blank') continue;
    const entry = byCode.get(p.code);
    assert.ok(entry && entry.status !== 'unofficial', `${p.code} is unofficial`);
    assert.equal(p.body.title, entry.phrase, `${p.code}`);
  }
});

test('unofficial is set exactly for the unofficial codes, and each says why with a note', () => {
  for (const p of problems) {
    const entry = byCode.get(p.code);
    assert.equal(p.unofficial, entry?.status === 'unofficial', `${p.code}`);
    if (p.unofficial) assert.ok(p.note, `${p.code} needs a note`);
  }
});

test("each example's headers carry what the code MUST send and nothing it MUST NOT", () => {
  for (const p of problems) {
    const names = new Set(Object.keys(p.headers).map((n) => n.toLowerCase()));
    for (const h of headers) {
      for (const c of h.codes) {
        if (c.code !== p.code || c.in !== 'response' || (c.actor !== 'server' && c.actor !== 'proxy')) continue;
        if (c.level === 'must') assert.ok(names.has(h.name.toLowerCase()), `${p.code} must send ${h.name}`);
        if (c.level === 'must-not') assert.ok(!names.has(h.name.toLowerCase()), `${p.code} must not send ${h.name}`);
      }
    }
  }
});

test('the extension members listed here are there', () => {
  const body = (code: number) => problems.find((p) => p.code === code)!.body as Record<string, unknown>;
  const headerOf = (code: number, name: string) => problems.find((p) => p.code === code)!.headers[name];
  assert.ok(Array.isArray(body(422).errors) && (body(422).errors as unknown[]).length > 0, '422 errors');
  assert.ok(headerOf(429, 'Retry-After'), '429 Retry-After');
  assert.equal(typeof body(429).retry_after_seconds, 'number');
  assert.equal(typeof body(409).current_version, 'number');
  assert.equal(typeof body(413).max_bytes, 'number');
  assert.ok(Array.isArray(body(415).accepted_types));
  assert.deepEqual(
    body(405).allowed_methods,
    headerOf(405, 'Allow')!
      .split(',')
      .map((m) => m.trim()),
    '405 lists the same methods in the body and in Allow',
  );
  assert.ok(headerOf(503, 'Retry-After'), '503 Retry-After');
});
