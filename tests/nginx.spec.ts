/**
 * The built site through nginx with the project's configuration, as visitors will reach it:
 * statuses, redirects, headers, compression, content types, odd paths, and search working
 * under the real Content-Security-Policy.
 */
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { nginxServerBlock } from '../src/server/nginx.ts';
import { SECURITY_HEADERS } from '../src/server/policy.ts';
import { startNginx, type RunningNginx } from '../scripts/lib/nginx.ts';

const dist = resolve(import.meta.dirname, '..', 'dist');
let nginx: RunningNginx;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  nginx = await startNginx(dist);
});
test.afterAll(async () => {
  await nginx?.stop();
});

/** A GET with the path sent exactly as written (fetch would normalise it first). */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((done, fail) => {
    const req = httpRequest({ host: '127.0.0.1', port: nginx.port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

test('the checked-in nginx.conf is what src/server/nginx.ts generates', () => {
  const checkedIn = readFileSync(join(import.meta.dirname, '..', 'src', 'server', 'nginx.conf'), 'utf8');
  expect(checkedIn, 'run "npm run nginx-conf"').toBe(nginxServerBlock());
});

test('pages answer 200, directories without a slash redirect, unknown paths get the not-found page', async () => {
  for (const path of ['/', '/404/', '/429/', '/4xx/', '/499/', '/sitemap.xml', '/robots.txt', '/opensearch.xml', '/codes.json']) {
    expect((await rawGet(path)).status, path).toBe(200);
  }
  const codePage = await rawGet('/404/');
  expect(codePage.body).toContain('<h1');
  expect(codePage.body).toMatch(/404<\/span> Not Found<\/h1>/);

  for (const path of ['/404', '/4xx', '/503']) {
    const res = await rawGet(path);
    expect(res.status, path).toBe(301);
    expect(res.headers['location']).toBe(`${path}/`);
  }

  const missing = await rawGet('/no/such/page/');
  expect(missing.status).toBe(404);
  expect(missing.body).toContain('Page not found');
  expect((await rawGet('/404.html')).status).toBe(404);
});

test('every response carries the security headers; caching is long for hashed assets only', async () => {
  const html = await rawGet('/429/');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(html.headers[name.toLowerCase()], name).toBe(value);
  expect(html.headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
  expect(html.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(html.headers['cache-control']).toBe('public, max-age=300, must-revalidate');
  expect(html.headers['content-type']).toBe('text/html; charset=utf-8');

  const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html.body)?.[1];
  expect(css).toBeDefined();
  const asset = await rawGet(css ?? '');
  expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers['x-content-type-options']).toBe('nosniff');

  const notFound = await rawGet('/missing/');
  expect(notFound.headers['content-security-policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
});

test('responses are compressed from the precompressed files', async () => {
  const br = await rawGet('/', { 'Accept-Encoding': 'gzip, br' });
  expect(br.headers['content-encoding']).toBe('br');
  const gz = await rawGet('/', { 'Accept-Encoding': 'gzip' });
  expect(gz.headers['content-encoding']).toBe('gzip');
  const plain = await rawGet('/');
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(Number(br.headers['content-length'])).toBeLessThan(Number(plain.headers['content-length']) / 3);
});

test('Pagefind and data files get the right content types', async () => {
  expect((await rawGet('/pagefind/pagefind.js')).headers['content-type']).toMatch(/javascript/);
  expect((await rawGet('/codes.json')).headers['content-type']).toMatch(/^application\/json/);
  const entry = JSON.parse((await rawGet('/pagefind/pagefind-entry.json')).body) as { languages: Record<string, { hash: string }> };
  const language = Object.keys(entry.languages)[0];
  expect((await rawGet(`/pagefind/wasm.${language}.pagefind`)).headers['content-type']).toBe('application/octet-stream');
  const meta = await rawGet(`/pagefind/pagefind.${entry.languages[language ?? '']?.hash}.pf_meta`);
  expect(meta.status).toBe(200);
  expect(meta.headers['content-type']).toBe('application/octet-stream');
});

test('odd paths get a 4xx and never a file from outside dist/', async () => {
  const odd = ['/%00', '/..%2f..%2fetc/passwd', '/../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', `/${'a'.repeat(8192)}`, '/404/index.html/x', '/.git/config', '/_headers/../../etc/passwd'];
  for (const path of odd) {
    const res = await rawGet(path);
    expect(res.status, path.slice(0, 60)).toBeGreaterThanOrEqual(400);
    expect(res.status, path.slice(0, 60)).toBeLessThan(500);
    expect(res.body).not.toContain('root:x:0:0');
  }
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
  const codes = await page.getByRole('listbox').getByRole('option').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['code']));
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
