/**
 * Relevance, measured in node over the built site with the search box's own code
 * (tests/support/search-node.ts): the data ranking, Pagefind's full-text matches from dist/, and
 * the rule that rows already shown keep their places. Each set reports its share in the top 3 and
 * at the top; tests/browser/search.spec.ts types a few of them into the real page.
 *
 * A row is right when it is a right code's page, or a comparison, guide end or message about a
 * right code (it answers the question and links the code). For the held-out lines, the message a
 * line came from also counts when the catalogue says no response comes with it (noResponseMessages).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeFromPath } from '../../src/lib/site/paths.ts';
import type { Hit } from '../../src/lib/search/answer.ts';
import { HARD_QUERIES } from '../support/queries/hard.ts';
import { PASTED_MESSAGES } from '../support/queries/pasted-messages.ts';
import { heldOutLines } from '../support/queries/pasted-heldout.ts';
import { messages, messageUrl } from '../support/message-content.ts';
import { messageParts } from '../../src/lib/messages/text.ts';
import { QUERIES } from '../support/queries/relevance.ts';
import { search } from '../support/search-node.ts';
import { UNSEEN_QUERIES } from '../support/queries/unseen-everyday.ts';
import { UNSEEN_QUERIES_2 } from '../support/queries/unseen-technical.ts';

type Query = [query: string, right: (number | string)[]];

const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The catalogue's messages that say no response comes (noResponse) and that a held-out line is
 * an occurrence of: from the program that printed it, their literal parts found in it in order.
 * Such a line comes from a program that never starts (gunicorn's 'Connection in use', Uvicorn's
 * 'address already in use', PHP-FPM's 'unable to bind'): the held-out file names the status a
 * client would see from nginx in front (502), which is what the message's noResponse says too.
 * The message itself is as right an answer as that status, so it counts.
 */
function noResponseMessages(line: string, program: string): string[] {
  const pasted = squeeze(line);
  return messages.flatMap(({ source, message }) => {
    if (source !== program || message.noResponse === undefined) return [];
    let from = 0;
    for (const part of messageParts(message.text)) {
      if (part.placeholder || squeeze(part.text) === '') continue;
      const at = pasted.indexOf(squeeze(part.text), from);
      if (at < 0) return [];
      from = at + squeeze(part.text).length;
    }
    return [messageUrl(source, message.id)];
  });
}

const SETS: { name: string; queries: Query[]; size: number; top3: number }[] = [
  { name: 'the relevance set', queries: QUERIES, size: 80, top3: 1 },
  { name: 'the hard set', queries: HARD_QUERIES, size: 80, top3: 1 },
  { name: 'the first set written without reading the content', queries: UNSEEN_QUERIES, size: 100, top3: 1 },
  { name: 'the second set written without reading the content', queries: UNSEEN_QUERIES_2, size: 100, top3: 0.97 },
  { name: 'lines pasted from logs, consoles and error pages', queries: PASTED_MESSAGES, size: 100, top3: 0.95 },
  {
    name: 'lines pasted from servers people run themselves, captured apart from the catalogue',
    queries: heldOutLines().map(({ line, right, program }) => [line, [...right, ...noResponseMessages(line, program)]]),
    size: 160,
    top3: 0.95,
  },
];

const isRight = (hit: Hit | undefined, right: Query[1]): boolean => {
  if (!hit) return false;
  const code = hit.item.kind === 'code' ? codeFromPath(hit.item.url) : undefined;
  return right.includes(code ?? hit.item.url) || (hit.item.codes ?? []).some((c) => right.includes(c));
};

for (const set of SETS) {
  test(`${set.name}: a right answer in the top 3 for ${set.top3 * 100}% or more, never an empty list, every exact code first`, async () => {
    const misses: string[] = [];
    const empty: string[] = [];
    const firstPaintMisses: string[] = [];
    let top1 = 0;
    let top3 = 0;
    for (const [query, right] of set.queries) {
      const { first, settled } = await search(query);
      if (settled.length === 0) empty.push(query);
      if (isRight(settled[0], right)) top1 += 1;
      const label = (hits: Hit[]): string => hits.map((h) => (h.item.kind === 'code' ? codeFromPath(h.item.url) : h.item.url)).join(', ');
      if (settled.slice(0, 3).some((h) => isRight(h, right))) top3 += 1;
      else misses.push(`${query.slice(0, 120)} → [${label(settled.slice(0, 5))}], wanted ${right.join(' or ')}`);
      if (!first.hits.slice(0, 3).some((h) => isRight(h, right))) firstPaintMisses.push(query);
      if (/^\d{3}$/.test(query)) assert.equal(settled[0]?.item.url, `/${query}/`, `exact code ${query}`);
    }
    const share = (n: number): string => `${((100 * n) / set.queries.length).toFixed(1)}%`;
    console.log(
      `${set.name}, ${set.queries.length} queries: top 1 ${share(top1)}, top 3 ${share(top3)}; ` +
        `right in the top 3 of the first paint (before full text): ${share(set.queries.length - firstPaintMisses.length)}` +
        (misses.length ? `\n  not in the top 3:\n    ${misses.join('\n    ')}` : ''),
    );
    assert.ok(set.queries.length >= set.size, `${set.queries.length} queries, at least ${set.size} expected`);
    assert.deepEqual(empty, [], 'queries with no result at all');
    assert.ok(top3 / set.queries.length >= set.top3, `top 3 ${share(top3)}:\n${misses.join('\n')}`);
  });
}
