/**
 * The built site as visitors reach it, through both servers: the local server that the browser
 * tests use (scripts/serve.ts) and nginx with the generated production configuration. Both
 * come from src/server/policy.ts; one table of cases (tests/support/routing-cases.ts) and the
 * same header and compression checks run against each, so they cannot drift apart.
 */
import { request as httpRequest } from 'node:http';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { SECURITY_HEADERS } from '../src/server/policy.ts';
import { startNginx, type RunningNginx } from '../scripts/lib/run-nginx.ts';
import { ROUTING_CASES } from './support/routing-cases.ts';

const dist = resolve(import.meta.dirname, '..', 'dist');

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A GET with the path sent exactly as written (fetch would normalise it first). */
function rawGet(origin: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  return new Promise((done, fail) => {
    const req = httpRequest({ host: hostname, port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

for (const server of ['local server', 'nginx'] as const) {
  test.describe(`${server}`, () => {
    test.describe.configure({ mode: 'serial' });
    let origin = '';
    let nginx: RunningNginx | undefined;
    test.beforeAll(async ({ baseURL }) => {
      if (server === 'nginx') {
        nginx = await startNginx(dist);
        origin = nginx.origin;
      } else {
        origin = baseURL ?? '';
      }
    });
    test.afterAll(async () => {
      await nginx?.stop();
    });

    test('answers every routing case of the shared table', async () => {
      const wrong: string[] = [];
      for (const c of ROUTING_CASES) {
        const res = await rawGet(origin, c.path);
        const got = {
          status: res.status,
          ...(c.location !== undefined && { location: res.headers['location'] }),
          ...(c.type !== undefined && { type: res.headers['content-type'] }),
          ...(c.cache !== undefined && { cache: res.headers['cache-control'] }),
          ...(c.body !== undefined && { body: res.body.includes(c.body) ? c.body : `(missing "${c.body}")` }),
        };
        const want = { status: c.status, location: c.location, type: c.type, cache: c.cache, body: c.body };
        const differs = Object.entries(got).some(([k, v]) => v !== want[k as keyof typeof want]);
        if (differs) wrong.push(`${c.path.slice(0, 50)}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
        expect(res.body, c.path.slice(0, 50)).not.toContain('root:x:0:0');
      }
      expect(wrong).toEqual([]);
    });

    test('every answer carries the security headers; hashed assets are cached for a year', async () => {
      for (const path of ['/429/', '/missing/', '/codes.json']) {
        const res = await rawGet(origin, path);
        for (const [name, value] of Object.entries(SECURITY_HEADERS))
          expect(res.headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
      }
      const html = await rawGet(origin, '/429/');
      const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html.body)?.[1];
      expect(css).toBeDefined();
      const asset = await rawGet(origin, css ?? '');
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(asset.headers['content-type']).toBe('text/css; charset=utf-8');
    });

    test('sends the precompressed brotli or gzip file the client accepts', async () => {
      const br = await rawGet(origin, '/', { 'Accept-Encoding': 'gzip, br' });
      expect(br.headers['content-encoding']).toBe('br');
      const gz = await rawGet(origin, '/', { 'Accept-Encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      const plain = await rawGet(origin, '/');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(Number(br.headers['content-length'])).toBeLessThan(Number(plain.headers['content-length']) / 3);
    });

    test("serves Pagefind's index and WebAssembly as binary files", async () => {
      const entry = JSON.parse((await rawGet(origin, '/pagefind/pagefind-entry.json')).body) as {
        languages: Record<string, { hash: string }>;
      };
      const [language, { hash } = { hash: '' }] = Object.entries(entry.languages)[0] ?? [];
      const wasm = await rawGet(origin, `/pagefind/wasm.${language}.pagefind`);
      expect(wasm.status).toBe(200);
      expect(wasm.headers['content-type']).toBe('application/octet-stream');
      const meta = await rawGet(origin, `/pagefind/pagefind.${hash}.pf_meta`);
      expect(meta.status).toBe(200);
      expect(meta.headers['content-type']).toBe('application/octet-stream');
    });
  });
}
