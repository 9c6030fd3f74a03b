/**
 * nginx with the project's configuration: search and the not-found page work in the browser
 * under the real Content-Security-Policy. Routing, headers and compression are checked for nginx,
 * the local server and Cloudflare Pages alike in tests/site/serving.test.ts, and the checked-in
 * configuration against its generator in tests/unit/serving.test.ts.
 */
import { expect, test } from '@playwright/test';
import { startNginx, type RunningNginx } from '../../scripts/harness/run-nginx.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

const dist = repoPath('dist');
let nginx: RunningNginx;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  nginx = await startNginx(dist);
});
test.afterAll(async () => {
  await nginx?.stop();
});

test('search works in the browser under the real CSP, with no violation', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  await page.goto(`${nginx.origin}/`);
  await page.evaluate(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.keyboard.press('/');
  await page.keyboard.type('rate limit');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  const codes = await page
    .getByRole('listbox')
    .getByRole('option')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['code']));
  expect(codes.slice(0, 3)).toContain('429');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText(/^\d{3} /);
  expect(problems).toEqual([]);
});

test('the not-found page explains a missing number under the real CSP', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto(`${nginx.origin}/299/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('[data-not-found-message]')).toContainText('299 is not in the IANA registry');
  expect(violations).toEqual([]);
});
