/**
 * Accessibility in a real browser where a page has to be used first: axe with the WCAG 2.2 AA
 * rules on open search results, in light and in dark (switched on the same load), with no console
 * error and no request to another origin. One page of each kind is checked the same way, as it
 * loads, by the every-page sweep (tests/browser/every-page.spec.ts), which opens each page
 * anyway; the pages are listed in tests/support/axe.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeBothSchemes } from '../support/axe.ts';

/** Collects console errors, page errors and requests that leave the site's origin. */
function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`request to another origin: ${r.url()}`);
  });
  return problems;
}

// Axe runs twice; one run can take ten seconds on a loaded two-core machine.
test.describe.configure({ timeout: 90_000 });

test('the page with search results open has no axe findings in light or dark', async ({ page, baseURL }) => {
  const problems = watch(page, baseURL ?? '');
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('timeout');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  expect(await axeBothSchemes(page)).toEqual([]);
  expect(problems).toEqual([]);
});
