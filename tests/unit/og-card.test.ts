/** The preview-card helpers: image paths, and colours that match the stylesheet's light theme. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CLASSES } from '../../src/lib/classes.ts';
import { CARD_COLOURS } from '../../src/lib/og-card.ts';
import { ogImagePath } from '../../src/lib/paths.ts';

test('each page path maps to its own image path', () => {
  assert.equal(ogImagePath('/'), '/og/index.png');
  assert.equal(ogImagePath('/429/'), '/og/429.png');
  assert.equal(ogImagePath('/4xx/'), '/og/4xx.png');
  assert.equal(ogImagePath('/guide/auth/'), '/og/guide/auth.png');
  assert.equal(ogImagePath('/compare/redirects/'), '/og/compare/redirects.png');
});

test("the cards' class colours are the stylesheet's light-theme colours", () => {
  const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'global.css'), 'utf8');
  for (const c of CLASSES) {
    const rule = new RegExp(`\\[data-class="${c.id}"\\] \\{ --cls: light-dark\\((#[0-9a-f]{6}),[^;]+; --cls-soft: light-dark\\((#[0-9a-f]{6}),`).exec(css);
    assert.ok(rule, `no colour rule for ${c.id} in global.css`);
    assert.deepEqual([rule[1], rule[2]], [CARD_COLOURS[c.id].fg, CARD_COLOURS[c.id].soft], c.id);
  }
});
