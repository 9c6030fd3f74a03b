// Serves the built site (dist/) the way production does: directory URLs with a trailing slash,
// a redirect from /404 to /404/, the not-found page with status 404, gzip or brotli compression,
// long caching for fingerprinted assets. `astro preview` cannot be used: it answers /404/ with
// the not-found page (dist/404.html) instead of the 404 code page (dist/404/index.html).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);
/** Compressed bodies, computed once per file and encoding. */
const cache = new Map();

async function fileAt(path) {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? path : undefined;
}

/** Maps a URL path to a file inside root, a redirect, or nothing. */
async function route(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0') || decoded.length > 2048) return { status: 400 };
  const target = normalize(join(root, decoded));
  if (target !== root && !target.startsWith(root + sep)) return { status: 404 };
  if (pathname.endsWith('/')) {
    const file = await fileAt(join(target, 'index.html'));
    return file ? { file } : { status: 404 };
  }
  const file = await fileAt(target);
  if (file) return { file };
  if (await fileAt(join(target, 'index.html'))) return { redirect: `${pathname}/` };
  return { status: 404 };
}

function encode(body, ext, accept) {
  if (!COMPRESSIBLE.has(ext)) return { body };
  const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined;
  if (!encoding) return { body };
  return { body: encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 }), encoding };
}

async function send(req, res, status, file) {
  const ext = extname(file);
  const key = `${file}\n${req.headers['accept-encoding'] ?? ''}`;
  let out = cache.get(key);
  if (!out) {
    out = encode(await readFile(file), ext, String(req.headers['accept-encoding'] ?? ''));
    cache.set(key, out);
  }
  res.statusCode = status;
  res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', file.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
  if (out.encoding) res.setHeader('Content-Encoding', out.encoding);
  res.setHeader('Content-Length', out.body.length);
  res.end(req.method === 'HEAD' ? undefined : out.body);
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = await route(url.pathname);
    if (found.redirect) {
      res.writeHead(301, { Location: found.redirect + url.search }).end();
    } else if (found.file) {
      await send(req, res, 200, found.file);
    } else if (found.status === 404) {
      await send(req, res, 404, join(root, '404.html'));
    } else {
      res.writeHead(found.status, { 'Content-Type': 'text/plain' }).end('Bad request\n');
    }
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500).end();
  }
});

await stat(join(root, '404.html')).catch(() => {
  console.error(`No built site in ${root}: run "npm run build" first.`);
  process.exit(1);
});
server.listen(port, host, () => console.log(`Serving ${root} at http://${host}:${port}/`));
