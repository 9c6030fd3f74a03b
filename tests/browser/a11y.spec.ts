/**
 * Accessibility in a real browser: axe with the WCAG 2.2 AA rules on one page of each kind and on
 * open search results, in light and in dark (switched on the same load), with no console error
 * and no request to another origin.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeBothSchemes } from '../support/axe.ts';

/**
 * Collects console errors and requests that leave the site's origin. The browser logs the
 * not-found page's own 404 status as a console error; that one document is expected to be 404.
 */
function watch(page: Page, origin: string, expectedMissing?: string) {
  const problems: string[] = [];
  page.on('console', (m) => {
    const ownStatus = expectedMissing && m.location().url === new URL(expectedMissing, origin).href && m.text().includes('404');
    if (m.type() === 'error' && !ownStatus) problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`request to another origin: ${r.url()}`);
  });
  return problems;
}

const PAGES = [
  { name: 'the cheatsheet', path: '/' },
  { name: 'a class page', path: '/4xx/' },
  { name: 'a code page', path: '/429/' },
  { name: 'an unofficial code page', path: '/499/' },
  { name: 'the 404 code page', path: '/404/' },
  { name: 'the not-found page', path: '/no-such-page/', missing: true },
  { name: 'a guide step', path: '/guide/input/' },
  { name: 'a guide recommendation', path: '/guide/validation-failed/' },
  { name: 'a comparison', path: '/compare/redirects/' },
  { name: 'a source page of the message catalogue', path: '/messages/django/' },
  { name: 'the client measurements', path: '/clients/' },
  { name: 'the caches, CDNs and crawlers', path: '/caching/' },
  { name: 'a redirect page with its measured lines', path: '/308/' },
  { name: 'the API guidelines reference', path: '/guidelines/' },
  { name: 'the gRPC reference', path: '/grpc/' },
];

// Each test runs axe twice; one run can take ten seconds on a loaded two-core machine.
test.describe.configure({ timeout: 90_000 });

for (const { name, path, missing } of PAGES) {
  test(`${name} has no axe findings in light or dark, no console errors or foreign requests`, async ({ page, baseURL }) => {
    const problems = watch(page, baseURL ?? '', missing ? path : undefined);
    await page.goto(path);
    expect(await axeBothSchemes(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('the page with search results open has no axe findings in light or dark', async ({ page, baseURL }) => {
  const problems = watch(page, baseURL ?? '');
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('timeout');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  expect(await axeBothSchemes(page)).toEqual([]);
  expect(problems).toEqual([]);
});
