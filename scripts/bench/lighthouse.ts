// Lighthouse's four scores, mobile and desktop, for one page of each kind.
import { chromium } from '@playwright/test';
import { browserLaunchOptions } from '../harness/browser.ts';
import { loadLighthouse } from '../harness/lighthouse.ts';
import { freePort } from '../harness/run-nginx.ts';

/** One page of each kind: the cheatsheet, a class, a code, the guide, its map, the messages' index. */
const LIGHTHOUSE_PAGES = ['/', '/4xx/', '/429/', '/guide/', '/guide/map/', '/messages/'];

export async function lighthouseScores(origin: string) {
  const { lighthouse, desktopConfig } = await loadLighthouse();
  const port = await freePort();
  const browser = await chromium.launch({
    ...browserLaunchOptions(),
    args: [...(browserLaunchOptions().args ?? []), `--remote-debugging-port=${port}`],
  });
  const results: Record<string, Record<string, Record<string, number>>> = {};
  try {
    for (const path of LIGHTHOUSE_PAGES) {
      results[path] = {};
      for (const [form, config] of [
        ['mobile', undefined],
        ['desktop', desktopConfig],
      ] as const) {
        const run = await lighthouse(`${origin}${path}`, { port, output: 'json', logLevel: 'error' }, config);
        const categories = run?.lhr.categories ?? {};
        results[path][form] = Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
        // A score of 0 is usually Lighthouse failing to measure, not the page: say why.
        const failed =
          run?.lhr.runtimeError ??
          (Object.values(categories).some((c) => !c.score) ? { code: 'a score of 0 or none', message: '' } : undefined);
        if (failed) console.log(`Lighthouse could not measure ${path} (${form}): ${failed.code} ${failed.message}`);
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}
