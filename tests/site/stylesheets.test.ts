/**
 * Each kind of page has a stylesheet of its own (src/styles/kinds/), built from the files that
 * kind is made of. A class that a page uses and that only another kind's stylesheet defines is a
 * piece of markup that moved (or was reused) without its styles: it renders unstyled, and only on
 * that page. This reads every built page and every built stylesheet and names such classes.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { builtPages } from '../support/built-page.ts';
import { DIST } from '../support/sitemap.ts';

/** The class names a stylesheet's selectors name: `.lg\:block:hover` → "lg:block". */
export function classesDefined(css: string): Set<string> {
  const names = new Set<string>();
  // Only selectors: drop declarations, then read each `.name` with its CSS escapes undone.
  const selectors = css.replace(/\{[^{}]*\}/g, ' ').replace(/"[^"]*"/g, '');
  for (const [, raw] of selectors.matchAll(/\.((?:\\.|[\w-])+)/g)) names.add((raw ?? '').replace(/\\(.)/g, '$1'));
  return names;
}

const stylesheets = new Map<string, Set<string>>(
  readdirSync(join(DIST, '_astro'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => [`/_astro/${f}`, classesDefined(readFileSync(join(DIST, '_astro', f), 'utf8'))] as const),
);

test('the class reader knows escapes and ignores declarations', () => {
  const names = classesDefined('.lg\\:block:hover{color:red}.a .b>c{background:url(x.png)}.max-w-\\[88rem\\]{x:1.5}');
  assert.deepEqual([...names].sort(), ['a', 'b', 'lg:block', 'max-w-[88rem]']);
});

test('every class a page uses that some stylesheet styles is styled by that page’s own stylesheets', () => {
  const everywhere = new Set([...stylesheets.values()].flatMap((s) => [...s]));
  assert.ok(everywhere.size > 100, `the build's stylesheets define only ${everywhere.size} classes: is the reader broken?`);
  const missing: string[] = [];
  for (const page of builtPages()) {
    const own = new Set<string>();
    for (const link of page.document.querySelectorAll('link[rel="stylesheet"]')) {
      for (const name of stylesheets.get(link.getAttribute('href') ?? '') ?? []) own.add(name);
    }
    const used = new Set([...page.document.querySelectorAll('[class]')].flatMap((e) => (e.getAttribute('class') ?? '').split(/\s+/)));
    const unstyled = [...used].filter((c) => c && everywhere.has(c) && !own.has(c)).sort();
    if (unstyled.length > 0) missing.push(`${page.path}: ${unstyled.join(' ')}`);
  }
  assert.deepEqual(missing, []);
});
