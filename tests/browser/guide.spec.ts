/**
 * The decision guide in a real browser with JavaScript off: a reader clicks answers from the start
 * to the deepest recommendation and goes back by the trail. One walk is enough here: the answers
 * and trail links of every guide page are checked in the built HTML (tests/site/guide-pages.test.ts),
 * so this walk shows that those links work as a reader follows them, on the longest path.
 */
import { expect, test } from '@playwright/test';
import { guideEnds } from '../support/guide-content.ts';

/** The recommendation with the longest trail (the first of them in the guide's order). */
const deepest = guideEnds.reduce((a, b) => (b.trail.length > a.trail.length ? b : a));

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test(`a reader reaches the deepest recommendation, ${deepest.url}, by clicking answers, and goes back by the trail`, async ({ page }) => {
    await page.goto('/guide/');
    for (const t of deepest.trail) {
      const link = page.locator('main ul').first().getByRole('link').nth(t.index);
      await expect(link).toContainText(t.answer);
      await link.click();
    }
    await expect(page).toHaveURL(new RegExp(`${deepest.url}$`));
    await expect(page.locator('h1')).toContainText(deepest.end!.question);
    // Each trail link goes back to the question answered there: follow them from the last to the start.
    for (const t of [...deepest.trail].reverse()) {
      await page.getByRole('navigation', { name: 'Your answers so far' }).getByRole('link', { name: t.question, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${t.url}$`));
    }
  });
});
