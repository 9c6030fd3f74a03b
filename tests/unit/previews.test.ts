/** The preview-card helpers: image paths, and colours read from the stylesheet. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cardColours } from '../../src/lib/previews/card.ts';
import { ogImagePath } from '../../src/lib/site/paths.ts';

test('each page path maps to its own image path', () => {
  assert.equal(ogImagePath('/'), '/og/index.png');
  assert.equal(ogImagePath('/429/'), '/og/429.png');
  assert.equal(ogImagePath('/4xx/'), '/og/4xx.png');
  assert.equal(ogImagePath('/guide/auth/'), '/og/guide/auth.png');
  assert.equal(ogImagePath('/compare/redirects/'), '/og/compare/redirects.png');
});

const classRule = (id: string, fg: string, soft: string): string =>
  `[data-class='${id}'] {\n  --cls: light-dark(${fg}, #ffffff);\n  --cls-soft:light-dark( ${soft} ,#000000);\n}`;

test('card colours are the light side of the stylesheet, however it is formatted', () => {
  const css = [
    ":root[data-theme='light'] { color-scheme: light; }",
    ':root {\n  --ink: light-dark(#111827, #e6edf3);\n  --muted: light-dark(#4B5563, #9ca3af);\n  --link: light-dark(#1d4ed8, #7cb4ff);\n  --link-soft: light-dark(#dbeafe, #172554);\n}',
    classRule('1xx', '#0369a1', '#e0f2fe'),
    classRule('2xx', '#166534', '#dcfce7'),
    `[data-class="3xx"] { --cls: light-dark(#6d28d9, #c4b5fd); --cls-soft: light-dark(#ede9fe, #2a2050); }`.replaceAll('"', "'"),
    classRule('4xx', '#9a3412', '#ffedd5'),
    classRule('5xx', '#b91c1c', '#fee2e2'),
  ].join('\n');
  const colours = cardColours(css);
  assert.deepEqual(colours['4xx'], { fg: '#9a3412', soft: '#ffedd5' });
  assert.deepEqual(colours['3xx'], { fg: '#6d28d9', soft: '#ede9fe' });
  assert.deepEqual(colours.none, { fg: '#1d4ed8', soft: '#dbeafe' });
  assert.equal(colours.muted, '#4b5563');
});

test('a stylesheet without a class colour fails, naming the property and the selector', () => {
  assert.throws(() => cardColours(':root { --ink: light-dark(#111, #eee); }'), /no light-dark\(\) value for --cls in \[data-class='1xx'\]/);
});
