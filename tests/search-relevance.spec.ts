import { expect, test } from '@playwright/test';
import { QUERIES } from './support/relevance-queries';

test('the relevance set: top 3 answers at least 95%, every exact code first', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const input = page.getByRole('combobox', { name: 'Search status codes' });
  const status = page.locator('#search-status');
  await input.focus();

  const misses: string[] = [];
  let top1 = 0;
  let top3 = 0;
  for (const [query, right] of QUERIES) {
    await input.fill(query);
    await expect(status).toContainText(`“${query}”`);
    const codes = (
      await page.getByRole('listbox').getByRole('option').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['code']))
    ).map(Number);
    const first = codes[0];
    if (first !== undefined && right.includes(first)) top1 += 1;
    if (codes.slice(0, 3).some((c) => right.includes(c))) top3 += 1;
    else misses.push(`${query} → [${codes.slice(0, 5).join(', ')}], wanted ${right.join(' or ')}`);
    if (/^\d{3}$/.test(query)) expect(first, `exact code ${query}`).toBe(Number(query));
  }

  const share = (n: number) => `${((100 * n) / QUERIES.length).toFixed(1)}%`;
  const report = `Search relevance over ${QUERIES.length} queries: top 1 ${share(top1)}, top 3 ${share(top3)}`;
  console.log(`${report}${misses.length ? `\nNot in the top 3:\n  ${misses.join('\n  ')}` : ''}`);
  test.info().annotations.push({ type: 'relevance', description: report });
  expect(QUERIES.length).toBeGreaterThanOrEqual(80);
  expect(top3 / QUERIES.length, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
});
