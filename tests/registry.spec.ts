import { expect, test } from '@playwright/test';
import { entries } from './support/content';
import { citationText, STATUS_LABELS } from '../src/lib/labels.ts';
import { constantsOf, constantVersionNote } from '../src/lib/languages.ts';
import { CACHEABLE_BY_DEFAULT, REGISTRY } from './support/iana-registry';

test('the registry has 64 codes and every one has an entry', () => {
  expect(REGISTRY).toHaveLength(64);
  const codes = new Set(entries.map((e) => e.code));
  expect(REGISTRY.filter((r) => !codes.has(r.code)).map((r) => r.code)).toEqual([]);
});

test('no entry outside the registry claims to be registered', () => {
  const registered = new Set(REGISTRY.map((r) => r.code));
  const claims = entries.filter((e) => e.status !== 'unofficial' && !registered.has(e.code)).map((e) => e.code);
  expect(claims).toEqual([]);
});

for (const row of REGISTRY) {
  test(`${row.code} has the registry's name, status and section, on the page too`, async ({ page }) => {
    const entry = entries.find((e) => e.code === row.code);
    expect(entry).toBeDefined();
    if (!entry) return;
    expect(entry.phrase).toBe(row.phrase);
    expect(entry.status).toBe(row.status);
    expect(entry.spec && citationText(entry.spec)).toBe(row.reference);
    const anchor = row.reference.match(/^RFC (\d+) §([\d.]+)$/);
    if (anchor) expect(entry.spec?.url).toBe(`https://www.rfc-editor.org/rfc/rfc${anchor[1]}#section-${anchor[2]}`);

    await page.goto(`/${row.code}/`);
    await expect(page.locator('h1')).toHaveText(`${row.code} ${row.phrase}`);
    await expect(page.locator('article header')).toContainText(STATUS_LABELS[row.status].label);
    await expect(page.getByRole('link', { name: row.reference, exact: true })).toBeVisible();
  });
}

test('"cacheable by default" is true exactly for the codes RFC 9110 §15.1, RFC 3229 and RFC 7725 list', () => {
  expect(entries.filter((e) => e.facts.cacheableByDefault).map((e) => e.code)).toEqual(CACHEABLE_BY_DEFAULT);
});

test('responses that never have content say so', () => {
  const never = entries.filter((e) => e.code < 200 || [204, 205, 304].includes(e.code));
  expect(never.filter((e) => e.facts.mayHaveContent).map((e) => e.code)).toEqual([]);
});

test('only the redirect codes send clients to Location on their own', () => {
  expect(entries.filter((e) => e.facts.redirects).map((e) => e.code)).toEqual([301, 302, 303, 307, 308]);
});

test('earlier names appear on their pages', async ({ page }) => {
  const renamed = entries.filter((e) => (e.earlierNames ?? []).length > 0);
  for (const name of [
    'Payload Too Large',
    'Request Entity Too Large',
    'Request-URI Too Long',
    'Requested Range Not Satisfiable',
    'Unprocessable Entity',
    'Moved Temporarily',
  ]) {
    expect(
      renamed.some((e) => e.earlierNames?.some((n) => n.name === name)),
      name,
    ).toBe(true);
  }
  for (const entry of renamed) {
    await page.goto(`/${entry.code}/`);
    for (const n of entry.earlierNames ?? []) await expect(page.locator('article')).toContainText(n.name);
  }
});

test('every unofficial page carries its label and each origin', async ({ page }) => {
  const unofficial = entries.filter((e) => e.status === 'unofficial');
  for (const entry of unofficial) {
    expect(entry.spec, `${entry.code} must not cite a spec`).toBeUndefined();
    await page.goto(`/${entry.code}/`);
    const note = page.getByRole('note');
    await expect(note).toContainText(`Unofficial: no RFC defines ${entry.code}`);
    for (const m of entry.vendorMeanings ?? []) {
      await expect(note).toContainText(m.origin);
      await expect(page.locator('article')).toContainText(m.name);
      // Backticks mark code in the data and are not shown.
      if (m.clientReceives) await expect(page.locator('article')).toContainText(m.clientReceives.replaceAll('`', ''));
    }
  }
});

test('the neighbours people confuse point to each other', () => {
  const pairs: [number, number][] = [
    [401, 403],
    [400, 422],
    [404, 410],
    [502, 503],
    [502, 504],
    [503, 504],
    [413, 431],
    [408, 504],
    [429, 503],
    [301, 302],
    [301, 308],
    [302, 303],
    [302, 307],
    [307, 308],
    [500, 520],
  ];
  const confused = (from: number) => new Set((entries.find((e) => e.code === from)?.confusedWith ?? []).map((c) => c.code));
  const missing = pairs.filter(([a, b]) => !confused(a).has(b) && !confused(b).has(a)).map(([a, b]) => `${a}/${b}`);
  expect(missing).toEqual([]);
  // Cloudflare's 52x pages say how they differ from the standard codes a proxy would send.
  for (const code of [520, 521, 522, 523, 524]) expect(confused(code).size, String(code)).toBeGreaterThan(0);
});

test('a status note stands beside the registration status in the page header', async ({ page }) => {
  const noted = entries.filter((e) => e.statusNote);
  expect(noted.length).toBeGreaterThan(0);
  for (const entry of noted) {
    await page.goto(`/${entry.code}/`);
    await expect(page.locator('article header')).toContainText(STATUS_LABELS[entry.status].label);
    await expect(page.locator('article header [data-status-note]')).toHaveText(entry.statusNote ?? '');
  }
});

test('version-marked constants show the current name first and mark older and removed names', async ({ page }) => {
  const marked = entries.filter((e) => Object.values(e.inCode).some((v) => typeof v !== 'string'));
  expect(marked.length).toBeGreaterThan(0);
  for (const entry of marked) {
    await page.goto(`/${entry.code}/`);
    for (const value of Object.values(entry.inCode)) {
      const list = constantsOf(value);
      if (list.length === 0 || typeof value === 'string') continue;
      const first = page.locator(`[data-constant="${list[0]?.name}"]`);
      await expect(first, `${entry.code} ${list[0]?.name}`).toHaveAttribute('data-current', 'true');
      for (const c of list) {
        const row = page.locator(`[data-constant="${c.name}"]`);
        const note = constantVersionNote(c);
        if (note) await expect(row, `${entry.code} ${c.name}`).toContainText(`(${note})`);
        if (c.removedIn) await expect(row.locator('code')).toHaveClass(/line-through/);
      }
    }
  }
});
