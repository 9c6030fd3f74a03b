/**
 * The origin the caches stand in front of. It answers every code with the headers the
 * client harness's test server sends with it (headersFor in scripts/clients/server.ts: Location,
 * WWW-Authenticate, Retry-After ...), plus the caching headers of one variant, and it counts the
 * requests that reach it: two requests through a cache and one here means the second was served
 * from the cache's copy.
 *
 * Every URL names its cell: /c/<run>/<cache>/<variant>/<code>, so no two cells, caches or runs
 * share a cached object. Listens on 127.0.0.1 only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { CACHE_IDS, VARIANT_IDS, type CacheId, type VariantId } from '../../src/lib/caches/schema.ts';
import { bodyMarker, headersFor, type CodeInfo } from '../clients/server.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The caching headers of each variant, as the data file describes them. */
export const VARIANT_HEADERS: Record<VariantId, string> = {
  none: 'no Cache-Control, Expires or Last-Modified (Date only)',
  'max-age': 'Cache-Control: max-age=60',
  'last-modified': 'Last-Modified a day before Date, nothing else: only heuristic freshness can make it fresh',
  private: 'Cache-Control: private',
  'no-store': 'Cache-Control: no-store',
};

export function variantHeaders(variant: VariantId, now: number): Record<string, string> {
  switch (variant) {
    case 'max-age':
      return { 'Cache-Control': 'max-age=60' };
    case 'last-modified':
      return { 'Last-Modified': new Date(now - DAY_MS).toUTCString() };
    case 'private':
      return { 'Cache-Control': 'private' };
    case 'no-store':
      return { 'Cache-Control': 'no-store' };
    default:
      return {};
  }
}

/**
 * A 206 answers a range request, a 416 one it cannot satisfy, a 304 a conditional one: the client
 * asks the way each is asked for, so the cache sees the exchange it would meet in use.
 */
export const REQUEST_HEADERS: Record<number, Record<string, string>> = {
  206: { Range: 'bytes=0-9' },
  304: { 'If-None-Match': '"clients-harness"' },
  416: { Range: 'bytes=200-299' },
};

/** The ten bytes Content-Range promises for a 206 (headersFor sends bytes 0-9/100). */
const PARTIAL_BODY = '0123456789';

export interface CellPath {
  run: number;
  cache: CacheId;
  variant: VariantId;
  code: number;
}

export const cellPath = (p: CellPath): string => `/c/${p.run}/${p.cache}/${p.variant}/${p.code}`;

export function parseCellPath(path: string): CellPath | undefined {
  const m = /^\/c\/(\d+)\/([a-z0-9-]+)\/([a-z-]+)\/(\d{3})$/.exec(path);
  if (!m || !(CACHE_IDS as readonly string[]).includes(m[2] ?? '') || !(VARIANT_IDS as readonly string[]).includes(m[3] ?? ''))
    return undefined;
  return { run: Number(m[1]), cache: m[2] as CacheId, variant: m[3] as VariantId, code: Number(m[4]) };
}

export interface Answer {
  status: number;
  phrase: string;
  headers: Record<string, string>;
  body: string;
}

/** What the origin answers for a cell; pure, so the unit tests check it directly. */
export function answerFor(p: CellPath, info: CodeInfo, now: number): Answer {
  const redirect = info.code >= 300 && info.code < 400;
  const headers = { ...headersFor(info.code, redirect ? `/to/${p.code}` : undefined, ''), ...variantHeaders(p.variant, now) };
  const body = !info.mayHaveContent ? '' : info.code === 206 ? PARTIAL_BODY : `<!doctype html><p>${bodyMarker(info.code)}</p>\n`;
  if (body) headers['Content-Type'] = info.code === 206 ? 'text/plain' : 'text/html';
  // RFC 9110 §8.6: no Content-Length on a 204, nor on a 304 other than the stored one's; every
  // other code says how long its (maybe empty) content is, so nothing is sent chunked.
  if (info.code !== 204 && info.code !== 304) headers['Content-Length'] = String(Buffer.byteLength(body));
  return { status: info.code, phrase: info.phrase, headers, body };
}

/** One request that reached the origin. */
export interface Arrival {
  path: string;
  /** Whether it carried If-Modified-Since or If-None-Match. */
  conditional: boolean;
}

export interface Origin {
  port: number;
  /** The requests for a path that reached the origin, in order. */
  arrivals: (path: string) => Arrival[];
  close: () => Promise<void>;
}

export async function startOrigin(codes: readonly CodeInfo[]): Promise<Origin> {
  const byCode = new Map(codes.map((c) => [c.code, c]));
  const seen = new Map<string, Arrival[]>();
  const server = createServer({ keepAliveTimeout: 30_000 }, (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const arrival = { path, conditional: req.headers['if-modified-since'] !== undefined || req.headers['if-none-match'] !== undefined };
    (seen.get(path) ?? seen.set(path, []).get(path))?.push(arrival);
    req.resume();
    req.on('end', () => {
      const p = parseCellPath(path);
      const info = p && byCode.get(p.code);
      if (!p || !info) {
        res.writeHead(400, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
        res.end('not a cell\n');
        return;
      }
      const a = answerFor(p, info, Date.now());
      res.writeHead(a.status, a.phrase, a.headers);
      res.end(req.method === 'HEAD' ? undefined : a.body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    arrivals: (path) => seen.get(path) ?? [],
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
