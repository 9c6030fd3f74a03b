/** `astro dev` serves the last build's search index, so search works while writing content. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { serveLastIndex } from '../../src/integrations/dev-search.ts';
import { contentTypeFor } from '../../src/server/policy.ts';

type Handler = (
  req: { url?: string },
  res: { setHeader: (n: string, v: string) => void; end: (b: Buffer) => void },
  next: () => void,
) => void;

function devServer(outDir: string): { mount: string; handler: Handler } {
  let mounted: { mount: string; handler: Handler } | undefined;
  const server = { middlewares: { use: (mount: string, handler: Handler) => (mounted = { mount, handler }) } };
  const logger = { info: () => {} };
  serveLastIndex(server as never, logger, pathToFileURL(`${outDir}/`));
  assert.ok(mounted);
  return mounted;
}

function request(handler: Handler, url: string): Promise<{ body?: string; type?: string; next: boolean }> {
  return new Promise((done) => {
    let type: string | undefined;
    handler(
      { url },
      { setHeader: (_n, v) => (type = v), end: (b) => done({ body: b.toString(), ...(type && { type }), next: false }) },
      () => done({ next: true }),
    );
  });
}

test('the dev server answers /pagefind/ from the last build, and passes on what is not there', async () => {
  const out = mkdtempSync(join(tmpdir(), 'dev-search-'));
  try {
    mkdirSync(join(out, 'pagefind'));
    writeFileSync(join(out, 'pagefind', 'pagefind.js'), 'export const ok = 1;');
    const { mount, handler } = devServer(out);
    assert.equal(mount, '/pagefind/');
    assert.deepEqual(await request(handler, '/pagefind.js?v=1'), { body: 'export const ok = 1;', type: contentTypeFor('js'), next: false });
    assert.deepEqual(await request(handler, '/missing.pf_meta'), { next: true });
    assert.deepEqual(await request(handler, '/../package.json'), { next: true });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
