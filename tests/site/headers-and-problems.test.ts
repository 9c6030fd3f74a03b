/**
 * What to send with a code, as the built pages show it: the header fields a code requires (or
 * recommends) named on its page with their section and in its example exchange, a page per field
 * at /headers/<slug>/ linked both ways with the codes, and a problem-details body on every 4xx and
 * 5xx page that is valid against RFC 9457's JSON Schema.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { join } from 'node:path';
import { DIST } from '../support/sitemap.ts';
import { builtPage, text } from '../support/built-page.ts';
import { entries } from '../support/content.ts';
import { headers } from '../support/send-content.ts';
import { validateProblem } from '../support/problem-schema.ts';

const codes = new Set(entries.map((e) => e.code));
/** The fields a code's server (or proxy) must send in its response (some only in a case the data names). */
const required = headers.flatMap((h) =>
  h.codes.filter((c) => c.level === 'must' && c.in === 'response' && (c.actor === 'server' || c.actor === 'proxy')).map((c) => ({ h, c })),
);

test('at least 15 header fields have a page, each listed on /headers/', () => {
  assert.ok(headers.length >= 15, `${headers.length} fields`);
  const listed = new Set(
    [...builtPage('/headers/').document.querySelectorAll('main a[href^="/headers/"]')].map((a) => a.getAttribute('href')),
  );
  for (const h of headers) assert.ok(listed.has(`/headers/${h.slug}/`), h.name);
});

test('a field’s page and the pages of its codes link each other', () => {
  const problems: string[] = [];
  for (const h of headers) {
    const page = builtPage(`/headers/${h.slug}/`).document;
    assert.equal(text(page.querySelector('h1')), h.name);
    const linked = new Set([...page.querySelectorAll('main a')].map((a) => a.getAttribute('href')));
    for (const { code } of h.codes) {
      if (!linked.has(`/${code}/`)) problems.push(`/headers/${h.slug}/ does not link /${code}/`);
      const back = builtPage(`/${code}/`).document.querySelector(
        `#related-headers ~ * a[href="/headers/${h.slug}/"], section[aria-labelledby="related-headers"] a[href="/headers/${h.slug}/"]`,
      );
      if (!back) problems.push(`/${code}/ does not link /headers/${h.slug}/`);
    }
  }
  assert.deepEqual(problems, []);
});

test('every field a code requires is named on its page with its keyword and section, and sent in its example response', () => {
  assert.ok(required.length >= 8, `${required.length} requirements`);
  const problems: string[] = [];
  for (const { h, c } of required) {
    const doc = builtPage(`/${c.code}/`).document;
    const item = [...doc.querySelectorAll('section[aria-labelledby="related-headers"] li')].find((li) =>
      li.querySelector(`a[href="/headers/${h.slug}/"]`),
    );
    const said = text(item);
    if (!said.includes('MUST') || !said.includes(`§${c.section}`))
      problems.push(`/${c.code}/: "${said}" for ${h.name} (MUST, §${c.section})`);
    if (c.condition) continue; // "when a 200 would carry it": an example need not
    const responses = [...doc.querySelectorAll('section[aria-labelledby="example"] pre[aria-label="Response"]')].map(
      (pre) => pre.textContent ?? '',
    );
    if (!responses.some((r) => new RegExp(`^${h.name}:`, 'mi').test(r)))
      problems.push(`/${c.code}/: no example response carries ${h.name}`);
  }
  assert.deepEqual(problems, []);
});

test('every 4xx and 5xx page has a problem-details response whose body is valid RFC 9457 and states the page’s code', () => {
  const problems: string[] = [];
  for (const code of [...codes].filter((c) => c >= 400)) {
    const figure = builtPage(`/${code}/`).document.getElementById('problem-details');
    const message = figure?.querySelector('pre')?.textContent ?? '';
    const [head = '', ...rest] = message.split('\n\n');
    if (!/^HTTP\/1\.1 \d{3} /.test(head) || !/^Content-Type: application\/problem\+json$/m.test(head)) {
      problems.push(`/${code}/: no problem+json response (${head.split('\n')[0]})`);
      continue;
    }
    let body: unknown;
    try {
      body = JSON.parse(rest.join('\n\n'));
    } catch (error) {
      problems.push(`/${code}/: the body is not JSON: ${(error as Error).message}`);
      continue;
    }
    problems.push(...validateProblem(body).map((e) => `/${code}/: ${e}`));
    if ((body as { status?: unknown }).status !== code) problems.push(`/${code}/: status is not ${code}`);
    if (!figure?.querySelector('button.copy-btn')) problems.push(`/${code}/: no copy button`);
  }
  assert.deepEqual(problems, []);
});

test('the export for tools holds every field and every problem-details example, each with the URL of a built page', () => {
  const exported = JSON.parse(readFileSync(join(DIST, 'headers.json'), 'utf8')) as {
    version: number;
    headers: { name: string; url: string; codes: unknown[] }[];
    problems: { code: number; url: string; body: unknown }[];
  };
  assert.equal(exported.version, 1);
  assert.deepEqual(
    exported.headers.map((h) => h.name),
    headers.map((h) => h.name).sort((a, b) => a.localeCompare(b, 'en')),
  );
  for (const h of exported.headers) builtPage(new URL(h.url).pathname);
  assert.deepEqual(
    exported.problems.map((p) => p.code),
    [...codes].filter((c) => c >= 400).sort((a, b) => a - b),
  );
  for (const p of exported.problems) {
    assert.deepEqual(validateProblem(p.body), [], String(p.code));
    assert.ok(builtPage(new URL(p.url).pathname).document.getElementById('problem-details'), p.url);
  }
});
