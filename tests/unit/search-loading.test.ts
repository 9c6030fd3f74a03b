/**
 * The search box's loading policy (src/lib/search/loading.ts), driven as the box drives it, over
 * the real answer code and a small data set: which data is fetched when, and which answer counts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { answerFor } from '../../src/lib/search/answer.ts';
import { buildIndex, type SearchData } from '../../src/lib/search/engine.ts';
import { SearchLoading } from '../../src/lib/search/loading.ts';

const DATA: SearchData = {
  items: [
    { url: '/429/', kind: 'code', code: 429, classId: '4xx', title: 'Too Many Requests', summary: 'Slow down.', terms: ['rate limit'] },
    { url: '/504/', kind: 'code', code: 504, classId: '5xx', title: 'Gateway Timeout', summary: 'The upstream was too slow.' },
  ],
};
const index = buildIndex(DATA);
const first = (loading: SearchLoading, raw: string) => loading.answered(raw, answerFor(raw, index));

test('words wait for the full text; the messages are fetched only once Pagefind has answered', () => {
  const loading = new SearchLoading();
  const ticket = loading.begin();
  assert.deepEqual(first(loading, 'rate limit'), { askMessages: false, fullText: true, busy: true });
  assert.equal(loading.pagefindSettled(true), false, 'Pagefind ready, but a query waits for it: the link stays free');
  assert.equal(loading.fullTextDone(ticket), true, 'the first full-text answer frees the link for the messages');
  assert.equal(loading.fullTextDone(loading.begin()), false, 'the messages are asked for once');
});

test('Pagefind ready with no query waiting: the messages load at once; Pagefind failing frees the link too', () => {
  const idle = new SearchLoading();
  assert.equal(idle.pagefindSettled(true), true);
  const failed = new SearchLoading();
  failed.begin();
  first(failed, 'rate limit');
  assert.equal(failed.pagefindSettled(false), true);
});

test('a number or a class needs no full text: the messages are asked for at once and the list is busy until they come', () => {
  for (const raw of ['429', '5xx']) {
    const loading = new SearchLoading();
    loading.begin();
    assert.deepEqual(first(loading, raw), { askMessages: true, fullText: false, busy: true }, raw);
    loading.messagesArrived();
    assert.deepEqual(first(loading, raw), { askMessages: false, fullText: false, busy: false }, `${raw} once the messages are in`);
  }
});

test('a query that may be a message asks for the messages at once and shows no rows until they are there', () => {
  const loading = new SearchLoading();
  loading.begin();
  const raw = 'upstream timed out (110: Connection timed out) while reading response header from upstream';
  const answer = answerFor(raw, index);
  assert.equal(answer.query?.pasted, true);
  assert.equal(loading.answered(raw, answer).askMessages, true);
  assert.deepEqual(loading.held(answer).hits, [], 'held: codes alone would be the wrong answer to a pasted message');
  loading.messagesArrived();
  assert.deepEqual(loading.held(answer), answer);
});

test('only the latest keystroke counts: an answer for an older one is dropped and asks for nothing', () => {
  const loading = new SearchLoading();
  const old = loading.begin();
  first(loading, 'gate');
  const current = loading.begin();
  first(loading, 'gateway');
  assert.equal(loading.isCurrent(old), false);
  assert.equal(loading.fullTextDone(old), false, 'a stale full-text answer does not fetch the messages');
  assert.equal(loading.isCurrent(current), true);
  assert.equal(loading.fullTextDone(current), true);
});
