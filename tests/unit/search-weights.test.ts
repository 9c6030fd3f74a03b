/**
 * The ranking weights' intended order, stated once here and held against src/lib/search/weights.ts:
 * the search engine and Pagefind must rank a match by where it is in the same order. That the
 * built pages carry these Pagefind weights is checked in tests/site/code-pages.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FIELD_WEIGHTS, PAGEFIND_WEIGHTS, type WeightedField } from '../../src/lib/search/weights.ts';

/** Highest first; the fields in one group weigh the same. */
const INTENDED: WeightedField[][] = [
  ['title'],
  ['names', 'text'],
  ['terms'],
  ['headers'],
  ['meanings', 'origins', 'className'],
  ['summary'],
  ['body'],
];

/** The engine's weights as intended, written out; the order above follows from them. */
const ENGINE_INTENDED: Record<WeightedField, number> = {
  title: 10,
  names: 8,
  text: 8,
  terms: 7,
  headers: 6,
  meanings: 4,
  origins: 4,
  className: 4,
  summary: 3,
  body: 2,
};

test('the engine’s weights are the ones written out here', () => {
  assert.deepEqual({ ...FIELD_WEIGHTS }, ENGINE_INTENDED);
});

test('the engine weighs a page’s name, then earlier names and message text, search terms, headers, who and class, summary, prose', () => {
  assert.deepEqual(INTENDED.flat().sort(), Object.keys(FIELD_WEIGHTS).sort(), 'every field has its place in the order');
  const weight = (group: WeightedField[]): number => FIELD_WEIGHTS[group[0]!];
  for (const [i, group] of INTENDED.entries()) {
    for (const field of group) assert.equal(FIELD_WEIGHTS[field], weight(group), `${field} weighs as much as ${group[0]}`);
    const above = INTENDED[i - 1];
    if (above) assert.ok(weight(above) > weight(group), `${above[0]} outweighs ${group[0]}`);
  }
  assert.ok(FIELD_WEIGHTS.body > 0, 'prose still counts');
});

/**
 * Pagefind's weights as intended, written out rather than derived from the engine's: each tagged
 * field is the engine's weight over the prose's (title 10/2, names 8/2, headers 6/2, summary 3/2),
 * and a code number mentioned on another page counts half of prose. Retuning a weight means
 * changing this table too, on purpose.
 */
const PAGEFIND_INTENDED = { title: 5, names: 4, headers: 3, summary: 1.5, number: 0.5 };

test('Pagefind’s weights keep the engine’s order and proportions, with untagged prose at 1', () => {
  assert.deepEqual({ ...PAGEFIND_WEIGHTS }, PAGEFIND_INTENDED);
  const order = [PAGEFIND_WEIGHTS.title, PAGEFIND_WEIGHTS.names, PAGEFIND_WEIGHTS.headers, PAGEFIND_WEIGHTS.summary, 1];
  for (let i = 1; i < order.length; i++) assert.ok(order[i - 1]! > order[i]!, `weight ${i - 1} outweighs weight ${i}`);
  // A code number on a page about several codes counts less than prose, so the code's own page comes first.
  assert.ok(PAGEFIND_WEIGHTS.number < 1);
});
