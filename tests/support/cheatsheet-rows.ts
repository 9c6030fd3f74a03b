/**
 * The cheatsheet's rows as a browser shows them, checked in one round trip: every entry's row
 * (li id="429") is visible with its code and phrase and, when asked, a visible summary. Used by
 * the layout and print tests, which look at the same rows on different media.
 */
import type { Page } from '@playwright/test';
import { entries } from './content.ts';

/** Lines such as "429: summary not shown"; empty when every row is as expected. */
export function cheatsheetRowProblems(page: Page, { summaries }: { summaries: boolean }): Promise<string[]> {
  const rows = entries.map(({ code, phrase, summary }) => ({ code, phrase, summary }));
  return page.evaluate(
    ({ rows, summaries }) => {
      const norm = (t: string | null | undefined): string => (t ?? '').replace(/\s+/g, ' ').trim();
      const shown = (el: Element): boolean => el.checkVisibility() && el.getBoundingClientRect().height > 0;
      return rows.flatMap(({ code, phrase, summary }) => {
        const li = document.getElementById(String(code));
        if (!li || !shown(li)) return [`${code}: row not shown`];
        const text = norm(li.textContent);
        const problems = [];
        if (!text.includes(String(code))) problems.push(`${code}: no code`);
        if (!text.includes(phrase)) problems.push(`${code}: no phrase`);
        if (summaries && ![...li.querySelectorAll('*')].some((el) => norm(el.textContent) === summary && shown(el)))
          problems.push(`${code}: summary not shown`);
        return problems;
      });
    },
    { rows, summaries },
  );
}
