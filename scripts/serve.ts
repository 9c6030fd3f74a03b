// Serves the built site (dist/) the way production does: the routing, headers, cache rules and
// content types all come from src/server/policy.ts, the source nginx's configuration is made
// from, and tests/site/serving.test.ts runs one table of cases against it, nginx and Pages. Where the
// policy leaves something to the server (content negotiation, validators, ranges), this one
// answers as nginx does, so a test passing here passes in production.
// `astro preview` cannot be used: it answers /404/ with the not-found page instead of the
// 404 code page.
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import {
  ALLOWED_METHODS,
  cacheControlFor,
  contentTypeFor,
  NOT_FOUND_PAGE,
  PRECOMPRESS,
  REPACK,
  responseHeaders,
  routePath,
} from '../src/server/policy.ts';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env['PORT'] ?? 4321);
const host = process.env['HOST'] ?? '127.0.0.1';
/** nginx's default request-line limit (large_client_header_buffers 8k): longer gets 414, here too. */
const MAX_URL = 8192;
/** A local server speaks plain HTTP: no Strict-Transport-Security (policy.ts). */
const HEADERS = responseHeaders(false);

const isFile = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
const inRoot = (path: string): string => join(root, path);

/**
 * The codings the client accepts, by name, with their q weights (RFC 9110, 12.5.3): a coding
 * listed with q=0 is refused, as nginx's gzip_static and brotli_static read it.
 */
function acceptedCodings(header: string): Set<string> {
  const accepted = new Set<string>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && Number(q?.slice(2) ?? 1) > 0) accepted.add(name.trim());
  }
  return accepted;
}

/** nginx's validators: ETag "<mtime hex>-<size hex>", Last-Modified from the file's mtime. */
function validators(mtimeMs: number, size: number): { etag: string; lastModified: string } {
  const seconds = Math.floor(mtimeMs / 1000);
  return { etag: `"${seconds.toString(16)}-${size.toString(16)}"`, lastModified: new Date(seconds * 1000).toUTCString() };
}

/** A single `bytes=` range of a body of `size` bytes; null when unsatisfiable, undefined when absent or not one plain range. */
function byteRange(header: string | undefined, size: number): { start: number; end: number } | null | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [first, last] = [match[1] ?? '', match[2] ?? ''];
  if (first === '') {
    const suffix = Number(last);
    return suffix === 0 ? null : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (start >= size) return null;
  return { start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) };
}

function readPart(file: string, start: number, length: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, start);
    return buffer;
  } finally {
    closeSync(fd);
  }
}

function send(req: IncomingMessage, res: ServerResponse, status: number, file: string, urlPath: string): void {
  const ext = extname(file).slice(1);
  let encoding: string | undefined;
  res.statusCode = status;
  for (const [name, value] of Object.entries(HEADERS)) res.setHeader(name, value);
  res.setHeader('Cache-Control', cacheControlFor(urlPath));
  if (PRECOMPRESS.includes(ext) || REPACK.includes(ext)) {
    const accepted = acceptedCodings(String(req.headers['accept-encoding'] ?? ''));
    encoding = [
      ['br', '.br'],
      ['gzip', '.gz'],
    ].find(([name, suffix]) => accepted.has(name ?? '') && isFile(file + suffix))?.[0];
    res.setHeader('Vary', 'Accept-Encoding');
  }
  const path = encoding ? `${file}.${encoding === 'br' ? 'br' : 'gz'}` : file;
  const fd = openSync(path, 'r');
  const { mtimeMs, size } = fstatSync(fd);
  closeSync(fd);
  res.setHeader('Content-Type', contentTypeFor(ext));
  if (encoding) res.setHeader('Content-Encoding', encoding);

  // Like nginx, only a 200 carries validators and honours conditions and ranges; the not-found
  // page is sent whole every time.
  if (status === 200) {
    const { etag, lastModified } = validators(mtimeMs, size);
    res.setHeader('ETag', etag);
    res.setHeader('Last-Modified', lastModified);
    res.setHeader('Accept-Ranges', 'bytes');
    const ifNoneMatch = req.headers['if-none-match'];
    const notModified =
      ifNoneMatch !== undefined
        ? ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
        : req.headers['if-modified-since'] === lastModified;
    if (notModified) {
      res.statusCode = 304;
      res.end();
      return;
    }
    const ifRange = req.headers['if-range'];
    const range = ifRange === undefined || ifRange === etag || ifRange === lastModified ? byteRange(req.headers['range'], size) : undefined;
    if (range === null) {
      res.statusCode = 416;
      res.setHeader('Content-Range', `bytes */${size}`);
      res.removeHeader('Content-Encoding');
      res.setHeader('Content-Length', 0);
      res.end();
      return;
    }
    if (range) {
      res.statusCode = 206;
      res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
      const length = range.end - range.start + 1;
      res.setHeader('Content-Length', length);
      res.end(req.method === 'HEAD' ? undefined : readPart(path, range.start, length));
      return;
    }
  }
  res.setHeader('Content-Length', size);
  res.end(req.method === 'HEAD' ? undefined : readPart(path, 0, size));
}

/** A short answer of the server's own (a redirect or an error), with the policy's headers like every other response. */
function answer(res: ServerResponse, status: number, headers: Record<string, string>, text?: string): void {
  res.writeHead(status, {
    ...HEADERS,
    'Cache-Control': cacheControlFor('/'),
    ...(text !== undefined && { 'Content-Type': contentTypeFor('txt') }),
    ...headers,
  });
  res.end(text);
}

const server = createServer((req, res) => {
  try {
    if (!(ALLOWED_METHODS as readonly string[]).includes(req.method ?? '')) {
      answer(res, 405, { Allow: ALLOWED_METHODS.join(', ') }, 'Method not allowed\n');
      return;
    }
    if ((req.url ?? '').length > MAX_URL) {
      answer(res, 414, {}, 'URI too long\n');
      return;
    }
    // Route the path as sent: URL parsing would resolve "/../" before the policy sees it.
    const [rawPath = '/', query] = (req.url ?? '/').split(/\?(.*)/s);
    const search = query === undefined ? '' : `?${query}`;
    const route = routePath(rawPath, (path) => isFile(inRoot(path)));
    if (route.kind === 'file') send(req, res, 200, inRoot(route.file), route.file);
    else if (route.kind === 'redirect') answer(res, 301, { Location: route.location + search });
    else if (route.kind === 'not-found') send(req, res, 404, inRoot(NOT_FOUND_PAGE), NOT_FOUND_PAGE);
    else answer(res, 400, {}, 'Bad request\n');
  } catch (error) {
    console.error(error);
    if (!res.headersSent) answer(res, 500, {});
  }
});

if (!isFile(inRoot(NOT_FOUND_PAGE))) {
  console.error(`No built site in ${root}: run "npm run build" first.`);
  process.exit(1);
}
server.listen(port, host, () => console.log(`Serving ${root} at http://${host}:${port}/`));
