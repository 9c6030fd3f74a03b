/**
 * The built site as visitors reach it, through every server it is meant for: the local server
 * that the browser tests use (scripts/serve.ts), nginx with the generated production
 * configuration, and Cloudflare Pages' runtime (workerd, through `wrangler pages dev`) reading
 * the `_headers` and `_redirects` the build writes. nginx and the local server come from
 * src/server/policy.ts, and so do the static-host files; one table of cases
 * (tests/support/routing-cases.ts) and the same header and compression checks run against each,
 * so they cannot drift apart, and where Pages answers otherwise the table says why. No browser:
 * each request is sent as written, over plain HTTP.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { SECURITY_HEADERS } from '../../src/server/policy.ts';
import { freePort, startNginx } from '../../scripts/harness/run-nginx.ts';
import { startPages } from '../../scripts/harness/wrangler.ts';
import { ROUTING_CASES, type Expected, type RoutingCase } from '../support/routing-cases.ts';
import { repoPath } from '../../scripts/harness/repo.ts';
import type { PagefindEntry } from '../../src/lib/search/directory/types.ts';

const dist = repoPath('dist');

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with the path sent exactly as written (fetch would normalise it first). */
function rawGet(origin: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  return new Promise((done, fail) => {
    const req = httpRequest({ host: hostname, port, path, headers, method }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

type Server = 'local server' | 'nginx' | 'Cloudflare Pages';

/** What a row expects of a server: Pages' differences replace the fields they name. */
function expectedOf(c: RoutingCase, server: Server): Expected {
  if (server !== 'Cloudflare Pages' || !c.pages) return c;
  // Fields Pages sets to undefined are left unchecked, as if the row had not named them.
  return { ...c, ...c.pages.differs } as Expected;
}

/** The differences between a row and an answer, in words; empty when it answers as it must. */
function mismatches(want: Expected, res: RawResponse): string[] {
  const wrong: string[] = [];
  const header = (name: string): string | undefined => {
    const value = res.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  if (res.status !== want.status) wrong.push(`status ${res.status}, want ${want.status}`);
  const exact: [string, string | undefined][] = [
    ['location', want.location],
    ['content-type', want.type],
    ['cache-control', want.cache],
  ];
  for (const [name, value] of exact)
    if (value !== undefined && header(name) !== value) wrong.push(`${name} ${header(name)}, want ${value}`);
  for (const [name, value] of Object.entries(want.headers ?? {})) {
    const got = header(name);
    const ok = value === null ? got === undefined : typeof value === 'string' ? got === value : got !== undefined && value.test(got);
    if (!ok) wrong.push(`${name} ${got}, want ${value === null ? '(none)' : String(value)}`);
  }
  if (want.body !== undefined && !res.body.includes(want.body)) wrong.push(`body lacks "${want.body}"`);
  if (want.secure !== false)
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (header(name.toLowerCase()) !== value) wrong.push(`no ${name}`);
  return wrong;
}

/** scripts/serve.ts on a free port, as `npm start` runs it. */
async function startLocal(): Promise<{ origin: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [repoPath('scripts', 'serve.ts'), dist], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const origin = `http://127.0.0.1:${port}`;
  for (
    let i = 0;
    i < 100 &&
    !(await fetch(origin).then(
      () => true,
      () => false,
    ));
    i += 1
  )
    await new Promise((r) => setTimeout(r, 50));
  return {
    origin,
    stop: async () => {
      child.kill();
      await exited;
    },
  };
}

const STARTERS: Record<Server, () => Promise<{ origin: string; stop: () => Promise<void> }>> = {
  'local server': startLocal,
  nginx: () => startNginx(dist),
  'Cloudflare Pages': () => startPages(dist),
};

for (const server of Object.keys(STARTERS) as Server[]) {
  describe(server, () => {
    let origin = '';
    let stop: (() => Promise<void>) | undefined;
    before(async () => {
      ({ origin, stop } = await STARTERS[server]());
    });
    after(async () => {
      await stop?.();
    });

    test('answers every routing case of the shared table, with the security headers', async () => {
      const wrong: string[] = [];
      for (const c of ROUTING_CASES) {
        const res = await rawGet(origin, c.path, c.send, c.method);
        const problems = mismatches(expectedOf(c, server), res);
        const label = `${c.method ?? 'GET'} ${c.path.slice(0, 50)}${c.send ? ` ${JSON.stringify(c.send)}` : ''}`;
        if (problems.length > 0) wrong.push(`${label}: ${problems.join('; ')}`);
        assert.ok(!res.body.includes('root:x:0:0'), label);
      }
      assert.deepEqual(wrong, []);
    });

    test('revalidates with the validator it sent: 304, no body', async () => {
      const first = await rawGet(origin, '/429/', { 'Accept-Encoding': 'br' });
      const etag = String(first.headers['etag'] ?? '');
      assert.match(etag, /"/);
      const again = await rawGet(origin, '/429/', { 'Accept-Encoding': 'br', 'If-None-Match': etag });
      assert.equal(again.status, 304);
      assert.equal(again.body, '');
    });

    test('hashed assets are cached for a year', async () => {
      const html = await rawGet(origin, '/429/');
      const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html.body)?.[1];
      assert.ok(css, 'the page links a stylesheet');
      const asset = await rawGet(origin, css);
      assert.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable');
      assert.equal(asset.headers['content-type'], 'text/css; charset=utf-8');
    });

    test('sends the precompressed brotli or gzip file the client accepts', async () => {
      // nginx and the local server prefer brotli in any order; wrangler dev takes the client's order.
      const br = await rawGet(origin, '/', { 'Accept-Encoding': 'br, gzip' });
      assert.equal(br.headers['content-encoding'], 'br');
      const gz = await rawGet(origin, '/', { 'Accept-Encoding': 'gzip' });
      assert.equal(gz.headers['content-encoding'], 'gzip');
      const plain = await rawGet(origin, '/');
      assert.equal(plain.headers['content-encoding'], undefined);
      // Bytes received: Pages compresses as it streams, with no Content-Length.
      assert.ok(br.body.length < plain.body.length / 3, `${br.body.length} B of brotli for ${plain.body.length} B`);
    });

    test("serves Pagefind's index and WebAssembly as binary files, in brotli to clients that take it", async () => {
      const entry = JSON.parse((await rawGet(origin, '/pagefind/pagefind-entry.json')).body) as PagefindEntry;
      const [language, { hash, wasm: wasmName } = { hash: '' }] = Object.entries(entry.languages)[0] ?? [];
      const chunk = readdirSync(join(dist, 'pagefind', 'index'))[0] ?? '';
      for (const path of [
        `/pagefind/wasm.${wasmName ?? language}.pagefind`,
        `/pagefind/pagefind.${hash}.pf_meta`,
        `/pagefind/index/${chunk}`,
      ]) {
        const onDisk = readFileSync(join(dist, ...path.split('/')));
        const plain = await rawGet(origin, path);
        assert.equal(plain.status, 200, path);
        assert.equal(plain.headers['content-type'], 'application/octet-stream', path);
        assert.equal(plain.headers['content-encoding'], undefined, path);
        assert.ok(Buffer.from(plain.body, 'latin1').equals(onDisk), `${path}: the file as Pagefind wrote it`);
        // Whatever the server sends, Pagefind must find its own content in it (it unzips only what is still zipped).
        const br = await rawGet(origin, path, { 'Accept-Encoding': 'br' });
        const wire = Buffer.from(br.body, 'latin1');
        const decoded = br.headers['content-encoding'] === 'br' ? brotliDecompressSync(wire) : wire;
        const content = decoded.subarray(0, 2).equals(Buffer.from([0x1f, 0x8b])) ? gunzipSync(decoded) : decoded;
        assert.ok(content.equals(gunzipSync(onDisk)), `${path}: Pagefind's content`);
        if (server !== 'Cloudflare Pages') {
          assert.equal(br.headers['content-encoding'], 'br', path);
          assert.match(String(br.headers['vary']), /Accept-Encoding/i, path);
          assert.ok(wire.length < onDisk.length, `${path}: ${wire.length} B of brotli for ${onDisk.length} B gzipped`);
        }
      }
    });
  });
}
