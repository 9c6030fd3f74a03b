// Serves the built site (dist/) the way production does: the routing, headers, cache rules and
// content types all come from src/server/policy.ts, the source nginx's configuration is made
// from, and tests/serving.spec.ts runs one table of cases against both servers.
// `astro preview` cannot be used: it answers /404/ with the not-found page instead of the
// 404 code page.
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { cacheControlFor, contentTypeFor, NOT_FOUND_PAGE, PRECOMPRESS, routePath, SECURITY_HEADERS } from '../src/server/policy.ts';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env['PORT'] ?? 4321);
const host = process.env['HOST'] ?? '127.0.0.1';
/** nginx's default request-line limit (large_client_header_buffers 8k): longer gets 414, here too. */
const MAX_URL = 8192;

const isFile = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
const inRoot = (path: string): string => join(root, path);

function send(req: IncomingMessage, res: ServerResponse, status: number, file: string, urlPath: string): void {
  const ext = extname(file).slice(1);
  const accept = String(req.headers['accept-encoding'] ?? '');
  let encoding: string | undefined;
  if (PRECOMPRESS.includes(ext)) {
    encoding = [
      ['br', '.br'],
      ['gzip', '.gz'],
    ].find(([name, suffix]) => new RegExp(`\\b${name}\\b`).test(accept) && isFile(file + suffix))?.[0];
    res.setHeader('Vary', 'Accept-Encoding');
  }
  const body = readFileSync(encoding ? `${file}.${encoding === 'br' ? 'br' : 'gz'}` : file);
  res.statusCode = status;
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  res.setHeader('Content-Type', contentTypeFor(ext));
  res.setHeader('Cache-Control', cacheControlFor(urlPath));
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}

const server = createServer((req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if ((req.url ?? '').length > MAX_URL) {
      res.writeHead(414, { 'Content-Type': 'text/plain' }).end('URI too long\n');
      return;
    }
    // Route the path as sent: URL parsing would resolve "/../" before the policy sees it.
    const [rawPath = '/', query] = (req.url ?? '/').split(/\?(.*)/s);
    const search = query === undefined ? '' : `?${query}`;
    const route = routePath(rawPath, (path) => isFile(inRoot(path)));
    if (route.kind === 'file') send(req, res, 200, inRoot(route.file), rawPath);
    else if (route.kind === 'redirect') res.writeHead(301, { Location: route.location + search }).end();
    else if (route.kind === 'not-found') send(req, res, 404, inRoot(NOT_FOUND_PAGE), NOT_FOUND_PAGE);
    else res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request\n');
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500).end();
  }
});

if (!isFile(inRoot(NOT_FOUND_PAGE))) {
  console.error(`No built site in ${root}: run "npm run build" first.`);
  process.exit(1);
}
server.listen(port, host, () => console.log(`Serving ${root} at http://${host}:${port}/`));
