/**
 * The decision guide and the comparisons on the built site, driven by content/guide and
 * content/compare (parsed with the site's schemas): a new step, end or comparison is tested the
 * moment its file exists. The trail is worked out here from the files, not with the site's own
 * guideTree, so the test does not use the code it checks as its oracle.
 */
import { siteOrigin } from '../src/lib/site.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { load } from 'js-yaml';
import { comparisonSchema, stepSchema, type EndData, type StepData } from '../src/lib/guide-schema.ts';
import { inlineParts } from '../src/lib/inline-text.ts';
import { RETRY_LABELS } from '../src/lib/labels.ts';
import { FAULT_LABELS, METHOD_LABELS, PERMANENCE_LABELS } from '../src/lib/facts.ts';
import { entries, type Entry } from './support/content.ts';

const site = siteOrigin();
const content = join(import.meta.dirname, '..', 'content');
const read = <T>(dir: string, parse: (data: unknown) => T): Map<string, T> =>
  new Map(readdirSync(join(content, dir)).map((f) => [f.replace('.yaml', ''), parse(load(readFileSync(join(content, dir, f), 'utf8')))]));

const steps = read('guide', (d) => stepSchema.parse(d));
const comparisons = read('compare', (d) => comparisonSchema.parse(d));
const entryOf = (code: number): Entry => {
  const found = entries.find((e) => e.code === code);
  if (!found) throw new Error(`no entry for ${code}`);
  return found;
};

interface Page {
  id: string;
  url: string;
  /** The question and chosen answer of every step before this page, from the start. */
  trail: { url: string; question: string; answer: string; index: number }[];
  step?: StepData;
  end?: EndData;
}

const url = (id: string): string => (id === 'start' ? '/guide/' : `/guide/${id}/`);

/** Every page reached from the start, breadth first, each with its trail. */
function walk(): Page[] {
  const pages: Page[] = [{ id: 'start', url: url('start'), trail: [], step: steps.get('start')! }];
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i]!;
    for (const [index, answer] of (page.step?.answers ?? []).entries()) {
      const trail = [...page.trail, { url: page.url, question: page.step!.question, answer: answer.label, index }];
      if (answer.next) pages.push({ id: answer.next, url: url(answer.next), trail, step: steps.get(answer.next)! });
      if (answer.end) pages.push({ id: answer.end.id, url: url(answer.end.id), trail, end: answer.end });
    }
  }
  return pages;
}

const pages = walk();
const siteCodes = new Set(entries.map((e) => e.code));
const ends = pages.filter((p) => p.end);

test('the walk from the start reaches every step file', () => {
  expect(
    pages
      .filter((p) => p.step)
      .map((p) => p.id)
      .sort(),
  ).toEqual([...steps.keys()].sort());
});

for (const page of pages) {
  test(`${page.url} renders its heading, title, description, canonical URL and trail`, async ({ page: tab }) => {
    const response = await tab.goto(page.url);
    expect(response?.status()).toBe(200);
    const data = page.step ?? page.end!;
    await expect(tab.locator('meta[name="description"]')).toHaveAttribute('content', data.description);
    await expect(tab.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}${page.url}`);
    await expect(tab.locator('h1')).toContainText(data.question);
    const title = await tab.title();
    expect(title.length).toBeLessThanOrEqual(70);
    if (page.step) {
      expect(title).toContain(page.id === 'start' ? 'Which HTTP status code should I return?' : page.step.question);
      const links = tab.locator('main ul').first().getByRole('link');
      await expect(links).toHaveCount(page.step.answers.length);
      for (const [i, answer] of page.step.answers.entries()) {
        await expect(links.nth(i)).toContainText(answer.label);
        await expect(links.nth(i)).toHaveAttribute('href', url(answer.next ?? answer.end!.id));
      }
      // Questions are for finding one's way; only recommendations go into the search index.
      await expect(tab.locator('[data-pagefind-body]')).toHaveCount(0);
    } else {
      expect(title).toContain(page.end!.question);
      await expect(tab.locator('[data-pagefind-body]')).toHaveAttribute('data-pagefind-meta', 'kind:Guide');
    }
    const trail = tab.getByRole('navigation', { name: 'Your answers so far' });
    if (page.trail.length === 0) await expect(trail).toHaveCount(0);
    else {
      const items = trail.getByRole('listitem');
      await expect(items).toHaveCount(page.trail.length);
      for (const [i, t] of page.trail.entries()) {
        await expect(items.nth(i).getByRole('link')).toHaveText(t.question);
        await expect(items.nth(i).getByRole('link')).toHaveAttribute('href', t.url);
        await expect(items.nth(i)).toContainText(t.answer);
      }
    }
  });
}

for (const page of ends) {
  const end = page.end!;
  test(`${page.url} links to ${end.codes.join(' and ')}, their spec, the comparison, and names the headers`, async ({
    page: tab,
    request,
  }) => {
    await tab.goto(page.url);
    const article = tab.locator('article');
    for (const code of end.codes) {
      const entry = entryOf(code);
      expect(entry.status).not.toBe('unofficial');
      const link = article.getByRole('link', { name: `${code} ${entry.phrase}`, exact: true });
      await expect(link).toHaveAttribute('href', `/${code}/`);
      expect((await request.get(`/${code}/`)).status()).toBe(200);
      if (entry.spec) await expect(article.locator(`a[href="${entry.spec.url}"]`).first()).toBeVisible();
    }
    if (end.rule) await expect(article).toContainText(end.rule.replaceAll('`', ''));
    // Every other code the advice names is a link to its page (a 416 beside a 206).
    const mentioned = [end.why, end.rule ?? '', ...end.headers.map((h) => h.note)].flatMap((t) => inlineParts(t, siteCodes));
    for (const part of mentioned)
      if (part.kind === 'status') await expect(article.locator(`a[href="/${part.code}/"]`).first()).toBeVisible();
    await expect(article).toContainText(end.why.replaceAll('`', ''));
    // Exact names: Accept must not match Accept-Encoding beside it.
    for (const header of end.headers) await expect(article.locator('dt').getByText(header.name, { exact: true })).toBeVisible();
    if (end.compare) {
      await expect(article.getByRole('link', { name: comparisons.get(end.compare)!.title })).toHaveAttribute(
        'href',
        `/compare/${end.compare}/`,
      );
    }
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const page of ends) {
    test(`a reader reaches ${page.url} from the start by clicking answers, and goes back by the trail`, async ({ page: tab }) => {
      await tab.goto('/guide/');
      for (const t of page.trail) {
        const link = tab.locator('main ul').first().getByRole('link').nth(t.index);
        await expect(link).toContainText(t.answer);
        await link.click();
      }
      await expect(tab).toHaveURL(new RegExp(`${page.url}$`));
      await expect(tab.locator('h1')).toContainText(page.end!.question);
      // The last trail link goes back to the question just answered.
      await tab.getByRole('navigation', { name: 'Your answers so far' }).getByRole('link').last().click();
      await expect(tab).toHaveURL(new RegExp(`${page.trail.at(-1)!.url}$`));
    });
  }
});

for (const [slug, comparison] of comparisons) {
  test(`/compare/${slug}/ shows one row per code with the entries' own facts`, async ({ page: tab }) => {
    const response = await tab.goto(`/compare/${slug}/`);
    expect(response?.status()).toBe(200);
    await expect(tab.locator('h1')).toHaveText(comparison.title);
    await expect(tab.locator('meta[name="description"]')).toHaveAttribute('content', comparison.description);
    await expect(tab.locator('[data-pagefind-body]')).toHaveAttribute('data-pagefind-meta', 'kind:Comparison');
    const members = comparison.codes.map((m) => entryOf(m.code));
    // The comparison's own rows; a page may carry another table (the redirects' grid).
    const rows = tab.locator('tbody tr[data-code]');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-code'))))).toEqual(members.map((e) => e.code));

    const columns = await tab.locator('thead th[data-fact]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-fact') ?? ''));
    const shared = await tab
      .locator('[data-shared-facts] [data-fact]')
      .evaluateAll((divs) => divs.map((d) => d.getAttribute('data-fact') ?? ''));
    const applying = Object.keys(FACTS).filter((key) => members.some((e) => fact(key, e) !== undefined));
    expect([...columns, ...shared].sort(), 'every fact that applies is shown once').toEqual(applying.sort());
    for (const key of shared) {
      const values = new Set(members.map((e) => fact(key, e)));
      expect(values.size, `${key} is the same for all`).toBe(1);
      await expect(tab.locator(`[data-shared-facts] [data-fact="${key}"] dd`)).toHaveText([...values][0]!);
    }
    for (const [i, entry] of members.entries()) {
      const row = rows.nth(i);
      await expect(row.getByRole('link').first()).toHaveAttribute('href', `/${entry.code}/`);
      if (entry.status === 'unofficial') await expect(row.locator('th')).toContainText('Unofficial');
      for (const key of columns) await expect(row.locator(`td[data-fact="${key}"]`)).toHaveText(fact(key, entry) ?? '—');
    }
    for (const m of comparison.codes) await expect(tab.locator('main')).toContainText(m.pick.replaceAll('`', ''));
    // The table always says something beside the code: the facts that differ, or each code's summary.
    expect(await tab.locator('thead th').count(), 'a column beside Code').toBeGreaterThan(1);
    // "Ask the guide" lists every recommendation of a member code, whichever comparison it points to.
    const memberCodes = new Set(comparison.codes.map((m) => m.code));
    const asked = await tab
      .locator('section[aria-labelledby="ask-the-guide"] a[href^="/guide/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const e of ends.filter((p) => p.end!.compare === slug || p.end!.codes.some((c) => memberCodes.has(c))))
      expect(asked).toContain(e.url);
  });
}

test('every member of a comparison links back to all its comparisons, and only those', async ({ page: tab }) => {
  const codes = [...new Set([...comparisons.values()].flatMap((c) => c.codes.map((m) => m.code)))].sort((a, b) => a - b);
  for (const code of codes) {
    await tab.goto(`/${code}/`);
    const expected = [...comparisons].filter(([, c]) => c.codes.some((m) => m.code === code)).map(([slug]) => `/compare/${slug}/`);
    const links = await tab.locator('main a[href^="/compare/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort(), String(code)).toEqual(expected.sort());
  }
});

test('the header and the cheatsheet link to the guide and the comparisons, which list every family', async ({ page: tab }) => {
  for (const path of ['/', '/404/']) {
    await tab.goto(path);
    await expect(tab.locator('header a[href="/guide/"]')).toHaveCount(1);
    await expect(tab.locator('header a[href="/compare/"]')).toHaveCount(1);
  }
  await tab.goto('/');
  await expect(tab.locator('main a[href="/guide/"]')).toHaveCount(1);
  await expect(tab.locator('main a[href="/compare/"]')).toHaveCount(1);
  await tab.goto('/compare/');
  for (const [slug, c] of comparisons) await expect(tab.locator(`main a[href="/compare/${slug}/"]`)).toHaveText(c.title);
});

/**
 * The expected wording of each fact, worked out from the raw frontmatter. The words come from
 * the site's label tables; which value applies (and the fault a class implies) is decided here.
 */
const yesNo = (v: boolean): string => (v ? 'Yes' : 'No');
const FACTS: Record<string, (e: Entry) => string | undefined> = {
  permanence: (e) => (e.facts.permanence ? PERMANENCE_LABELS[e.facts.permanence] : undefined),
  method: (e) => (e.facts.method ? METHOD_LABELS[e.facts.method] : undefined),
  cacheable: (e) => yesNo(e.facts.cacheableByDefault),
  content: (e) => yesNo(e.facts.mayHaveContent),
  retry: (e) => RETRY_LABELS[e.facts.retry],
  location: (e) => yesNo(e.facts.redirects),
  fault: (e) => FAULT_LABELS[e.facts.fault ?? ({ '4': 'client', '5': 'server' } as const)[String(e.code)[0] as '4' | '5'] ?? 'none'],
};
const fact = (key: string, e: Entry): string | undefined => FACTS[key]?.(e);
