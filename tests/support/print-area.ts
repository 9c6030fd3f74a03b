/**
 * The printable area of an A4 page in CSS pixels, from the site's own `@page` rule
 * (src/styles/print.css), and page counting for the print tests. A page printed by Chromium
 * lays out at the printable width and breaks every printable height: tests/browser/print.spec.ts checks
 * on the longest pages that the printed height predicts the PDF's page count, so the other pages
 * can be measured by height alone (tests/browser/every-page.spec.ts).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { repoPath } from '../../scripts/harness/repo.ts';

const A4_MM = { width: 210, height: 297 };
const PX_PER_MM = 96 / 25.4;

/** The page limits the print styles promise; pages of other kinds have none. */
export function printLimit(path: string): number | undefined {
  if (path === '/') return 3;
  if (/^\/\d{3}\/$/.test(path)) return 2;
  return undefined;
}

function pageMargins(): { top: number; right: number; bottom: number; left: number } {
  const css = readFileSync(repoPath('src', 'styles', 'print.css'), 'utf8');
  const rule = /@page\s*\{[^}]*size:\s*A4;[^}]*margin:\s*([^;]+);/.exec(css)?.[1];
  const mm = rule?.split(/\s+/).map((v) => (/^\d+(\.\d+)?mm$/.test(v) ? Number.parseFloat(v) : Number.NaN));
  if (!mm || mm.length < 1 || mm.length > 4 || mm.some(Number.isNaN)) throw new Error(`no A4 @page rule with margins in mm in print.css`);
  const [top, right = top, bottom = top, left = right] = mm as [number, ...number[]];
  return { top, right, bottom, left };
}

const margins = pageMargins();

/** The printable width and height of an A4 page, in CSS pixels. */
export const PRINT_AREA = {
  width: (A4_MM.width - margins.left - margins.right) * PX_PER_MM,
  height: (A4_MM.height - margins.top - margins.bottom) * PX_PER_MM,
};

/** The height of the page as laid out for print at the printable width, in CSS pixels. */
export async function printedHeight(page: Page): Promise<number> {
  await page.setViewportSize({ width: Math.round(PRINT_AREA.width), height: Math.round(PRINT_AREA.height) });
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  return page.evaluate(() => document.documentElement.scrollHeight);
}

/** How many A4 pages Chromium prints the page on, counted from the PDF. */
export async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}
