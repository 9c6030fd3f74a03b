/**
 * Relevance, measured through the site's own search box in Chromium: the original set of
 * realistic queries, the hard set (typos, British spellings, questions, symptoms, several
 * concepts at once), and a set written by someone who had not read the content. Each reports
 * its share in the top 3 and at the top.
 */
import { expect, test } from '@playwright/test';
import { HARD_QUERIES } from './support/hard-queries';
import { QUERIES } from './support/relevance-queries';
import { UNSEEN_QUERIES } from './support/unseen-queries';
import { searchFor, searchInput } from './support/search-box';

const SETS = [
  { name: 'the relevance set', queries: QUERIES, minimum: 80 },
  { name: 'the hard set', queries: HARD_QUERIES, minimum: 80 },
  { name: 'the set written without reading the content', queries: UNSEEN_QUERIES, minimum: 100 },
];

for (const set of SETS) {
  test(`${set.name}: a right answer in the top 3 for at least 95%, never an empty list, every exact code first`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await searchInput(page).focus();
    const misses: string[] = [];
    const empty: string[] = [];
    let top1 = 0;
    let top3 = 0;
    for (const [query, right] of set.queries) {
      const found = await searchFor(page, query);
      if (found.length === 0) empty.push(query);
      // A code page is right when it is a right code; a comparison or guide recommendation
      // when it is about a right code (it answers the question and links the code).
      const isRight = (row: { target: number | string; codes: number[] }) =>
        right.includes(row.target) || row.codes.some((c) => right.includes(c));
      const first = found[0];
      if (first !== undefined && isRight(first)) top1 += 1;
      if (found.slice(0, 3).some(isRight)) top3 += 1;
      else
        misses.push(
          `${query} → [${found
            .slice(0, 5)
            .map((r) => r.target)
            .join(', ')}], wanted ${right.join(' or ')}`,
        );
      if (/^\d{3}$/.test(query)) expect(first?.target, `exact code ${query}`).toBe(Number(query));
    }
    const share = (n: number) => `${((100 * n) / set.queries.length).toFixed(1)}%`;
    const report = `${set.name}, ${set.queries.length} queries: top 1 ${share(top1)}, top 3 ${share(top3)}`;
    console.log(`${report}${misses.length ? `\nNot in the top 3:\n  ${misses.join('\n  ')}` : ''}`);
    test.info().annotations.push({ type: 'relevance', description: report });
    expect(set.queries.length).toBeGreaterThanOrEqual(set.minimum);
    expect(empty, 'queries with no result at all').toEqual([]);
    expect(top3 / set.queries.length, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
}
