import type { Page } from '@playwright/test';

/**
 * The page's cumulative layout shift so far, read from the browser's layout-shift entries.
 * takeRecords() hands over the buffered entries at once, so no wait is needed for the observer's
 * callback (which never comes when there is nothing to report).
 */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => {
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: 'layout-shift', buffered: true });
    const entries = observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
    observer.disconnect();
    return entries.reduce((total, entry) => (entry.hadRecentInput ? total : total + entry.value), 0);
  });
}
