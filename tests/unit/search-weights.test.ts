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

test('Pagefind’s weights keep the engine’s order and proportions, with untagged prose at 1', () => {
  const shared = ['title', 'names', 'headers', 'summary'] as const;
  for (const field of shared) assert.equal(PAGEFIND_WEIGHTS[field], FIELD_WEIGHTS[field] / FIELD_WEIGHTS.body, field);
  for (let i = 1; i < shared.length; i++)
    assert.ok(PAGEFIND_WEIGHTS[shared[i - 1]!] > PAGEFIND_WEIGHTS[shared[i]!], `${shared[i - 1]} outweighs ${shared[i]}`);
  assert.ok(PAGEFIND_WEIGHTS.summary > 1, 'the summary outweighs the prose');
  // A code number on a page about several codes counts less than prose, so the code's own page comes first.
  assert.ok(PAGEFIND_WEIGHTS.number < 1);
});
