/** Driving the site's own search box as a person does, for the search tests. */
import { expect, type Page } from '@playwright/test';

export const searchInput = (page: Page) => page.getByRole('combobox', { name: 'Search status codes' });
export const resultOptions = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option');

/** Waits until the list answers this query, full-text matches included (longer when a test slows them down). */
export async function settled(page: Page, query: string, timeout = 5_000): Promise<void> {
  const list = page.locator('#search-results');
  await expect(list).toHaveAttribute('data-query', query, { timeout });
  await expect(list).toHaveAttribute('aria-busy', 'false', { timeout });
}

/**
 * The result rows' targets, in order: a code for code pages, the URL for other pages. A
 * comparison or guide row also lists the codes it is about (`codes`), for relevance checks.
 */
export async function resultRows(page: Page): Promise<{ target: number | string; codes: number[] }[]> {
  const rows = await resultOptions(page).evaluateAll((lis) =>
    lis.map((li) => ({
      code: (li as HTMLElement).dataset['code'],
      url: (li as HTMLElement).dataset['url'],
      codes: (li as HTMLElement).dataset['codes'],
    })),
  );
  return rows.map((r) => ({
    target: r.code ? Number(r.code) : (r.url ?? ''),
    codes: r.code ? [Number(r.code)] : (r.codes ?? '').split(' ').filter(Boolean).map(Number),
  }));
}

export async function resultTargets(page: Page): Promise<(number | string)[]> {
  return (await resultRows(page)).map((r) => r.target);
}

/** Replaces the field's text with the query and waits for its final results. */
export async function searchFor(page: Page, query: string): Promise<{ target: number | string; codes: number[] }[]> {
  await searchInput(page).fill(query);
  await settled(page, query);
  return resultRows(page);
}
