import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip, gzip } from 'node:zlib';
import { PRECOMPRESS, REPACK } from '../server/policy.ts';
import { headersFile, redirectsFile } from '../server/static-host.ts';
import { isHttpsDeployment } from '../lib/site/origin.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const gunzipAsync = promisify(gunzip);
const brotli = (body: Buffer): Promise<Buffer> =>
  brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });

/**
 * The `_headers`/`_redirects` pair for static hosts, and a .gz and .br copy of every text file,
 * so servers send compressed files without compressing per request (nginx
 * gzip_static/brotli_static; scripts/serve.ts reads them too).
 */
export async function writeServingFiles({ dir, logger }: Pick<HookParameters<'astro:build:done'>, 'dir' | 'logger'>): Promise<void> {
  const root = fileURLToPath(dir);
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((f) => f.isFile())
    .map((f) => join(f.parentPath, f.name));
  const pages = files
    .filter((f) => f.endsWith(`${sep}index.html`))
    .map((f) => `/${relative(root, f).split(sep).slice(0, -1).join('/')}/`.replace('//', '/'));
  await writeFile(join(root, '_headers'), headersFile(isHttpsDeployment()));
  await writeFile(join(root, '_redirects'), redirectsFile(pages.sort()));

  const ending = (f: string): string => f.split('.').pop() ?? '';
  const text = files.filter((f) => PRECOMPRESS.includes(ending(f)));
  await Promise.all(
    text.map(async (file) => {
      const body = await readFile(file);
      await writeFile(`${file}.gz`, await gzipAsync(body, { level: 9 }));
      await writeFile(`${file}.br`, await brotli(body));
    }),
  );
  // Pagefind's gzipped files: a brotli copy of what they hold (policy.ts, REPACK).
  const packed = files.filter((f) => REPACK.includes(ending(f)));
  await Promise.all(packed.map(async (file) => writeFile(`${file}.br`, await brotli(await gunzipAsync(await readFile(file))))));
  logger.info(
    `wrote _headers, _redirects (${pages.length} pages), compressed ${text.length} files and ${packed.length} of Pagefind's in brotli`,
  );
}
