// Serves the built site (dist/) the way production does (src/server/policy.ts): directory URLs
// with a trailing slash, a 301 from /404 to /404/, the not-found page with status 404, the
// precompressed .br/.gz files, the security headers and cache rules. `astro preview` cannot be
// used: it answers /404/ with the not-found page (dist/404.html) instead of the 404 code page.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { cacheControlFor, EXTRA_TYPES, PRECOMPRESS, SECURITY_HEADERS } from '../src/server/policy.ts';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  xml: 'application/xml',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
  ...EXTRA_TYPES,
};

async function isFile(path) {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

/** Maps a URL path to a file inside root, a redirect, or a status. */
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
  if (pathname.endsWith('/')) return (await isFile(join(target, 'index.html'))) ? { file: join(target, 'index.html') } : { status: 404 };
  if (await isFile(target)) return { file: target };
  if (await isFile(join(target, 'index.html'))) return { redirect: `${pathname}/` };
  return { status: 404 };
}

async function send(req, res, status, file, urlPath) {
  const ext = extname(file).slice(1);
  const accept = String(req.headers['accept-encoding'] ?? '');
  let body;
  let encoding;
  if (PRECOMPRESS.includes(ext)) {
    for (const [name, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
      if (new RegExp(`\\b${name}\\b`).test(accept) && (await isFile(file + suffix))) {
        body = await readFile(file + suffix);
        encoding = name;
        break;
      }
    }
    res.setHeader('Vary', 'Accept-Encoding');
  }
  body ??= await readFile(file);
  res.statusCode = status;
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
  res.setHeader('Cache-Control', cacheControlFor(urlPath));
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = await route(url.pathname);
    if (found.redirect) res.writeHead(301, { Location: found.redirect + url.search }).end();
    else if (found.file) await send(req, res, 200, found.file, url.pathname);
    else if (found.status === 404) await send(req, res, 404, join(root, '404.html'), '/404.html');
    else res.writeHead(found.status, { 'Content-Type': 'text/plain' }).end('Bad request\n');
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500).end();
  }
});

if (!(await isFile(join(root, '404.html')))) {
  console.error(`No built site in ${root}: run "npm run build" first.`);
  process.exit(1);
}
server.listen(port, host, () => console.log(`Serving ${root} at http://${host}:${port}/`));
