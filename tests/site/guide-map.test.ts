/**
 * The guide's map (/guide/map/) and the redirects' grid as built: every step and end of the guide
 * drawn and linked, every guide page linking to the map, the grid placed by the entries' facts.
 * The map's byte budget is checked with every page's (tests/site/html-and-links.test.ts); what
 * needs a browser (axe, scrolling, keyboard, print) is in tests/browser/guide-map.spec.ts. Expected pages
 * are worked out here from content/guide, not with the site's own helpers.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { builtPage, text } from '../support/built-page.ts';
import { entries } from '../support/content.ts';
import { comparisons, guideUrl, steps } from '../support/guide-content.ts';

const MAP = '/guide/map/';
const endIds = [...steps.values()].flatMap((s) => s.answers.flatMap((a) => (a.end ? [a.end.id] : [])));

test('the map draws every step and end of the guide, each linked to its page', () => {
  const svg = builtPage(MAP).document.querySelector('main .guide-map-region svg');
  assert.ok(svg, 'the drawing');
  const hrefs = new Set([...svg.querySelectorAll('a')].map((a) => a.getAttribute('href')));
  for (const [id, step] of steps) {
    const node: Element | null = svg.querySelector(`a.step[data-guide="${id}"]`);
    assert.equal(node?.getAttribute('href'), guideUrl(id), id);
    assert.equal(node?.textContent, step.question, id);
  }
  for (const id of endIds) {
    assert.ok(svg.querySelector(`[data-guide="${id}"]`), id);
    assert.ok(hrefs.has(guideUrl(id)), id);
  }
  const codes = [...steps.values()].flatMap((s) => s.answers.flatMap((a) => a.end?.codes ?? []));
  for (const code of codes) assert.ok(hrefs.has(`/${code}/`), String(code));
});

test('every page of the guide links to the map', () => {
  for (const id of [...steps.keys(), ...endIds]) {
    const links = [...builtPage(guideUrl(id)).document.querySelectorAll(`main a[href="${MAP}"]`)].map((a) => text(a));
    assert.ok(links.includes('See the whole guide'), guideUrl(id));
  }
});

test('the redirects’ grid places each code by its facts, with 303 beside it', () => {
  const family = comparisons.get('redirects')!.codes.map((m) => m.code);
  const grid = builtPage('/compare/redirects/').document.querySelector('.fact-grid');
  assert.ok(grid, 'the grid');
  const table = grid.querySelector('table')!;
  const methods = [...table.querySelectorAll('thead th')].map((th) => th.getAttribute('data-method'));
  const rows = [...table.querySelectorAll('tbody tr')];
  assert.equal(rows.length, 2);
  assert.equal(methods.length, 2);
  const placed: number[] = [];
  for (const row of rows) {
    const permanence = row.querySelector('th')!.getAttribute('data-permanence');
    [...row.querySelectorAll('td')].forEach((cell, i) => {
      const codes = [...cell.querySelectorAll('a[data-code]')].map((a) => Number(a.getAttribute('data-code')));
      assert.ok(codes.length > 0, `a code in every cell (${permanence}, ${methods[i]})`);
      for (const code of codes) {
        const facts = entries.find((e) => e.code === code)!.facts;
        assert.deepEqual([code, facts.permanence, facts.method], [code, permanence, methods[i]]);
        placed.push(code);
      }
    });
  }
  const beside = [...grid.querySelectorAll('.fact-grid-beside a[data-code]')].map((a) => Number(a.getAttribute('data-code')));
  assert.ok(beside.includes(303));
  assert.deepEqual([...placed, ...beside].sort(), [...family].sort());
  assert.deepEqual(placed.sort(), [301, 302, 307, 308]);
});
