/** /clients/ in a browser at 320 px (the built files themselves are read in tests/site/clients.test.ts). */
import { expect, test } from '@playwright/test';
import { CLIENTS } from '../../src/lib/site/paths.ts';

test('/clients/ reads at 320 px: the code column stays in view and the page itself does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(CLIENTS);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const matrix = page.locator('section[aria-labelledby="matrix"]');
  await matrix.evaluate((el) => (el.scrollLeft = 400));
  const first = matrix.locator('tbody th').first();
  const box = await first.boundingBox();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect(box?.x ?? 999).toBeLessThan(40);
});
