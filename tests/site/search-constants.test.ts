/**
 * Search finds a code from its name in code: every constant a code page shows (its "In code"
 * table, current and former names) and every earlier name it lists, written as libraries write
 * them, in every casing, with and without the library's prefix. Run in node over dist/ with the
 * site's own search code (tests/support/search-node.ts); build first.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { SECTIONS } from '../../src/lib/site/paths.ts';
import { DIST, search } from '../support/search-node.ts';

interface Shown {
  code: number;
  constants: string[];
  earlierNames: string[];
}

/** What each built code page shows: the constants in its "In code" table and its earlier names. */
function shownOnPages(): Shown[] {
  return readdirSync(DIST)
    .filter((d) => /^\d{3}$/.test(d))
    .map((d) => {
      const { document } = parseHTML(readFileSync(join(DIST, d, 'index.html'), 'utf8'));
      const earlier = document.getElementById(SECTIONS.earlierNames)?.closest('section');
      return {
        code: Number(d),
        constants: [...document.querySelectorAll('[data-constant]')].map((el) => el.getAttribute('data-constant') ?? ''),
        // "“Request Entity Too Large” (RFC 2616)": the name is in the quotes.
        earlierNames: [...(earlier?.querySelectorAll('li') ?? [])].map((li) => /“([^”]+)”/.exec(li.textContent ?? '')?.[1] ?? ''),
      };
    });
}

/** A constant with its prefix, without it (`http.`, `HttpStatus.`, `Response::`, `:`), each in three casings. */
function constantForms(name: string): string[] {
  const bare = name.replace(/^.*(?:\.|::)/, '').replace(/^:/, '');
  return [...new Set([name, bare].flatMap((n) => [n, n.toLowerCase(), n.toUpperCase()]))];
}

/** A name in words ("Request Entity Too Large") as libraries spell constants for it. */
function earlierNameForms(name: string): string[] {
  const words = name
    .replace(/[^A-Za-z0-9 ]/g, '')
    .split(/\s+/)
    .filter(Boolean);
  const pascal = words.map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()).join('');
  const snake = words.join('_').toUpperCase();
  return [
    pascal,
    `http.Status${pascal}`,
    `HttpStatusCode.${pascal}`,
    snake,
    `HTTP_${snake}`,
    `HttpStatus.${snake}`,
    `:${snake.toLowerCase()}`,
  ];
}

const pages = shownOnPages();

test('the walk reads the constants and earlier names from the built code pages', () => {
  assert.ok(pages.length >= 90, `${pages.length} code pages in dist/`);
  assert.ok(pages.flatMap((p) => p.constants).length >= 500, 'the pages show hundreds of constants');
  assert.ok(pages.flatMap((p) => p.earlierNames).length >= 10, 'the pages list earlier names');
});

for (const [kind, formsOf, namesOf] of [
  ['constant', constantForms, (p: Shown) => p.constants],
  ['earlier name', earlierNameForms, (p: Shown) => p.earlierNames],
] as const) {
  test(`every ${kind} a code page shows finds that code first, in every casing, with or without its prefix`, async () => {
    const misses: string[] = [];
    let walked = 0;
    for (const page of pages) {
      for (const name of namesOf(page)) {
        for (const form of formsOf(name)) {
          walked += 1;
          const top = (await search(form)).settled[0]?.item.url;
          if (top !== `/${page.code}/`) misses.push(`${form} → ${top ?? 'nothing'}, wanted /${page.code}/`);
        }
      }
    }
    console.log(`${walked} ${kind} forms searched, ${misses.length} not first`);
    assert.deepEqual(misses, []);
  });
}
