/**
 * The test server the clients are measured against. It answers every code the way a
 * real server would: the reason phrase from the entry, `Location` on redirects,
 * `WWW-Authenticate` on 401, `Proxy-Authenticate` on 407, `Retry-After` on 429 and 503, `Allow`
 * on 405, `Upgrade` on 101 and 426, `Link` hints on 103, a body only where one is allowed. It
 * records every request it receives (method, headers, body length, connection, time), so a
 * behaviour is measured by what the server saw, not by what a client reports about itself.
 *
 * Every URL names what it is for: /t/<scenario>/<code>/<client>/<method>[/<n>]; a redirect
 * points to /to/<same>; a 103 hints at /hint/<client>/<variant>.css. Listens on 127.0.0.1 only.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { createServer as createNetServer, type Socket } from 'node:net';
import { LOOP_LIMIT } from '../../src/lib/clients/schema.ts';

/** What the server knows about a code: its phrase and whether it may carry content. */
export interface CodeInfo {
  code: number;
  phrase: string;
  mayHaveContent: boolean;
}

/** The scenarios the server answers; src/lib/clients/schema.ts documents what each measures. */
export const SCENARIOS = [
  /** The code once, with Location (so following is measured for every code) and a body where allowed. */
  'basic',
  /** The code on the first request, 200 on every repeat: does the client repeat, and when? */
  'retry',
  /** A 3xx without Location. */
  'nolocation',
  /** The code with Date and Last-Modified a day old, no Cache-Control: heuristic freshness. */
  'cache-heuristic',
  /** The code with Cache-Control: max-age=3600. */
  'cache-explicit',
  /** 401 with a Basic challenge until the request carries the right credentials. */
  'auth',
  /** 100 Continue sent when asked for; 417 refusing the expectation, with Connection: close (as Apache does). */
  'expect',
  /**
   * 417 refusing the expectation on a connection the server keeps open: no 100 was sent and no
   * Connection: close. Served by a server of its own (see startOpenServer).
   */
  'expect-open',
  /** Expect: 100-continue left unanswered: how long does the client wait before sending the body? */
  'expect-ignored',
  /** 204 and 304 (and 205) written with a body the client should not read, then the connection closes. */
  'body-not-allowed',
  /** 302 to the next hop, up to LOOP_LIMIT hops: how many does the client follow? */
  'loop',
  /** A 103 with a preload hint, then a page that never references the hinted file. */
  'hints',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** The body the server writes, with a marker a driver can find in what its caller reads. */
export const bodyMarker = (code: number): string => `clients-harness-body-${code}`;
export const TARGET_MARKER = 'clients-harness-target';
/** The bytes written after a 204 or 304 that must not have content. */
export const FORBIDDEN_BODY = 'clients-harness-forbidden-body';
export const SECOND_MARKER = 'clients-harness-second';
export const CREDENTIALS = { username: 'harness', password: 'secret' } as const;
/** The pause between a 1xx and the final response, so a client acts on the interim one first. */
const INTERIM_PAUSE_MS = 300;

export interface SeenRequest {
  /** The path as requested, without the query. */
  path: string;
  method: string;
  headers: Record<string, string>;
  /** Bytes of request content received. */
  bodyLength: number;
  /** Milliseconds since the server started, when the request line arrived. */
  at: number;
  /** When the first byte of content arrived, if any did. */
  bodyAt?: number;
  /** The connection it came on, numbered in order of arrival. */
  connection: number;
  /** HTTP/1.1 or HTTP/2. */
  version: string;
  /** Whether it asked for a WebSocket upgrade. */
  upgrade: boolean;
}

export interface TestServer {
  origin: string;
  /** The same handlers over TLS with HTTP/2 (self-signed), for Early Hints; absent without a certificate. */
  secureOrigin?: string;
  seen: SeenRequest[];
  /** The server of the expect-open scenario (startOpenServer). */
  openOrigin: string;
  /** The requests whose path starts with a prefix, in order of arrival. */
  requests: (prefix: string) => SeenRequest[];
  close: () => Promise<void>;
}

/** The parts of a test URL. */
export interface TestPath {
  scenario: Scenario;
  code: number;
  client: string;
  method: string;
  /** The hop number in the loop scenario. */
  hop: number;
}

export function parseTestPath(path: string): TestPath | undefined {
  const m = /^\/t\/([a-z-]+)\/(\d{3})\/([A-Za-z0-9.-]+)\/([A-Z]+)(?:\/(\d+))?$/.exec(path);
  if (!m || !(SCENARIOS as readonly string[]).includes(m[1] ?? '')) return undefined;
  return { scenario: m[1] as Scenario, code: Number(m[2]), client: m[3] ?? '', method: m[4] ?? '', hop: Number(m[5] ?? 0) };
}

export function testPath(p: Omit<TestPath, 'hop'> & { hop?: number }): string {
  return `/t/${p.scenario}/${p.code}/${p.client}/${p.method}${p.hop ? `/${p.hop}` : ''}`;
}

/** Where a redirect of this test points: the same name under /to/. */
export const targetOf = (path: string): string => path.replace(/^\/t\//, '/to/');
export const hintPath = (client: string, variant: string): string => `/hint/${client}/${variant}.css`;

/** One planned answer: a status with headers and body, possibly after interim responses. */
export interface Answer {
  status: number;
  phrase: string;
  headers: Record<string, string>;
  body: string;
  /** 1xx responses written before the final one. */
  interim?: { status: number; phrase: string; headers: Record<string, string> }[];
  /** Bytes written after the response although its status forbids content. */
  trailingBytes?: string;
  /** Write `status` as the only response (a 1xx never followed by a final one), then close. */
  bare?: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The headers a real server sends with a code, by the rules of RFC 9110 (and RFC 6585 for 429):
 * what the code promises the client it will find.
 */
export function headersFor(code: number, location: string | undefined, hint: string): Record<string, string> {
  const h: Record<string, string> = {};
  if (location && code >= 200) h['Location'] = location;
  if (code === 401) h['WWW-Authenticate'] = 'Basic realm="clients-harness"';
  if (code === 407) h['Proxy-Authenticate'] = 'Basic realm="clients-harness"';
  if (code === 405) h['Allow'] = 'GET, HEAD';
  if (code === 429 || code === 503) h['Retry-After'] = '1';
  if (code === 426) Object.assign(h, { Upgrade: 'HTTP/3.0', Connection: 'Upgrade' });
  if (code === 101) Object.assign(h, { Upgrade: 'websocket', Connection: 'Upgrade' });
  if (code === 103) h['Link'] = `<${hint}>; rel=preload; as=style`;
  if (code === 206) h['Content-Range'] = 'bytes 0-9/100';
  if (code === 416) h['Content-Range'] = 'bytes */100';
  if (code === 304) h['ETag'] = '"clients-harness"';
  // A server closes the connection after a 408: it gave up waiting on it.
  if (code === 408) h['Connection'] = 'close';
  return h;
}

const html = (text: string): string => `<!doctype html><title>${text}</title><p>${text}</p>\n`;

/** What the server answers to a test request; pure, so the unit tests check it directly. */
export function answerFor(p: TestPath, info: CodeInfo, hit: number, authorization: string | undefined): Answer {
  const path = testPath(p);
  const hint = hintPath(p.client, p.scenario);
  const ok = (text: string): Answer => ({ status: 200, phrase: 'OK', headers: { 'Content-Type': 'text/html' }, body: html(text) });
  const plain = (withLocation: boolean): Answer => {
    const headers = headersFor(info.code, withLocation ? targetOf(path) : undefined, hint);
    const body = info.mayHaveContent ? html(bodyMarker(info.code)) : '';
    if (body) headers['Content-Type'] = 'text/html';
    return { status: info.code, phrase: info.phrase, headers, body };
  };

  if (info.code < 200) {
    // A 1xx is interim: the final response follows it. 101 ends the exchange: what follows is
    // another protocol, so the server says nothing more and closes.
    const interim = { status: info.code, phrase: info.phrase, headers: headersFor(info.code, targetOf(path), hint) };
    if (info.code === 101) return { ...interim, body: '', bare: true };
    if (p.scenario === 'expect' || p.scenario === 'expect-ignored') return ok(TARGET_MARKER);
    return { ...ok(TARGET_MARKER), interim: [interim] };
  }
  switch (p.scenario) {
    case 'basic':
      return plain(true);
    case 'retry':
      return hit === 1 ? plain(false) : ok(SECOND_MARKER);
    case 'nolocation':
      return plain(false);
    case 'cache-heuristic':
    case 'cache-explicit': {
      const a = plain(info.code >= 300 && info.code < 400);
      const now = Date.now();
      a.headers['Date'] = new Date(now).toUTCString();
      a.headers['Last-Modified'] = new Date(now - DAY_MS).toUTCString();
      if (p.scenario === 'cache-explicit') a.headers['Cache-Control'] = 'max-age=3600';
      return a;
    }
    case 'auth': {
      const expected = `Basic ${Buffer.from(`${CREDENTIALS.username}:${CREDENTIALS.password}`).toString('base64')}`;
      return authorization === expected ? ok(TARGET_MARKER) : plain(false);
    }
    case 'expect':
    case 'expect-open':
      // The 417 itself is written before the content arrives (see checkContinue and startOpenServer).
      return ok(SECOND_MARKER);
    case 'body-not-allowed': {
      if (hit > 1) return ok(SECOND_MARKER);
      const a = plain(false);
      a.headers['Connection'] = 'close';
      return { ...a, trailingBytes: FORBIDDEN_BODY };
    }
    case 'loop':
      return p.hop < LOOP_LIMIT
        ? { status: 302, phrase: 'Found', headers: { Location: testPath({ ...p, hop: p.hop + 1 }) }, body: '' }
        : ok(TARGET_MARKER);
    default:
      return plain(true);
  }
}

function head(status: number, phrase: string, headers: Record<string, string>): string {
  return `HTTP/1.1 ${status} ${phrase}\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`;
}

/** The WebSocket accept key for a client's key (RFC 6455 §4.2.2). */
export function websocketAccept(key: string): string {
  return createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
}

/**
 * Starts the server on 127.0.0.1: on `port` (0: any free one), and over TLS on the next port
 * (or any free one) when a certificate is given.
 */
export async function startTestServer(codes: readonly CodeInfo[], tls?: { key: string; cert: string }, port = 0): Promise<TestServer> {
  const byCode = new Map(codes.map((c) => [c.code, c]));
  const started = Date.now();
  const seen: SeenRequest[] = [];
  const hits = new Map<string, number>();
  const connections = new WeakMap<object, number>();
  let nextConnection = 0;
  const connectionOf = (socket: object): number => {
    let id = connections.get(socket);
    if (id === undefined) connections.set(socket, (id = ++nextConnection));
    return id;
  };

  function record(req: IncomingMessage | Http2ServerRequest, upgrade = false): SeenRequest {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (!k.startsWith(':') && v !== undefined) headers[k] = String(v);
    const entry: SeenRequest = {
      path: (req.url ?? '/').split('?')[0] ?? '/',
      method: req.method ?? '',
      headers,
      bodyLength: 0,
      at: Date.now() - started,
      connection: connectionOf(req.socket),
      version: req.httpVersion === '2.0' ? 'HTTP/2' : `HTTP/${req.httpVersion}`,
      upgrade,
    };
    seen.push(entry);
    return entry;
  }

  /** Reads the request's content, counting it, then calls back. */
  function drain(req: IncomingMessage | Http2ServerRequest, entry: SeenRequest, then: () => void): void {
    req.on('data', (chunk: Buffer) => {
      entry.bodyAt ??= Date.now() - started;
      entry.bodyLength += chunk.length;
    });
    req.on('end', then);
    req.on('error', () => undefined);
  }

  // The HTTP/2 server's request and response objects are used through the HTTP/1 API they share.
  function respond(req: IncomingMessage, res: ServerResponse, entry: SeenRequest): void {
    const send = (status: number, headers: Record<string, string>, body: string): void => {
      res.writeHead(status, { 'Content-Length': String(Buffer.byteLength(body)), ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (entry.path.startsWith('/to/')) return send(200, { 'Content-Type': 'text/html' }, html(TARGET_MARKER));
    if (entry.path.startsWith('/hint/')) return send(200, { 'Content-Type': 'text/css', 'Cache-Control': 'no-store' }, 'p{}');
    if (entry.path === '/page')
      return send(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' }, html('clients-harness-page'));
    const p = parseTestPath(entry.path);
    const info = p && byCode.get(p.code);
    if (!p || !info) return send(404, { 'Content-Type': 'text/plain' }, 'not a test path\n');
    // The loop counts every hop as its own path; the other scenarios count repeats of one path.
    const hit = (hits.get(entry.path) ?? 0) + 1;
    hits.set(entry.path, hit);

    if (p.scenario === 'hints') {
      // An Early Hints response, then the page after a pause; the page never links the hinted file.
      const link = `<${hintPath(p.client, entry.version === 'HTTP/2' ? 'http2' : 'http1')}>; rel=preload; as=style`;
      res.writeEarlyHints({ link });
      setTimeout(() => send(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' }, html(TARGET_MARKER)), INTERIM_PAUSE_MS);
      return;
    }
    const answer = answerFor(p, info, hit, entry.headers['authorization']);
    const socket = req.socket;
    if (answer.bare || answer.interim) {
      // Node writes no 1xx but 100, 102 and 103 of its own accord, so these go out as raw bytes on
      // a connection that then closes.
      const final = head(answer.status, answer.phrase, {
        ...answer.headers,
        'Content-Length': String(Buffer.byteLength(answer.body)),
        Connection: 'close',
      });
      if (answer.bare) {
        socket.write(head(answer.status, answer.phrase, answer.headers));
        setTimeout(() => socket.destroy(), INTERIM_PAUSE_MS);
        return;
      }
      for (const i of answer.interim ?? []) socket.write(head(i.status, i.phrase, i.headers));
      setTimeout(() => socket.end(final + (req.method === 'HEAD' ? '' : answer.body)), INTERIM_PAUSE_MS);
      return;
    }
    if (answer.trailingBytes) {
      // A proper 204 or 304 as far as Node knows, then bytes it would never write, in the same
      // packet: the mistake of a server that sends content where the status forbids it. The
      // connection then closes. Left open, the stray bytes would sit in the client's connection
      // pool and break whichever later request (of any test) happened to reuse it, by chance.
      res.writeHead(answer.status, answer.phrase, { ...answer.headers, 'Content-Length': String(answer.trailingBytes.length) });
      socket.cork();
      res.end();
      socket.write(answer.trailingBytes);
      socket.uncork();
      socket.end();
      return;
    }
    res.writeHead(answer.status, answer.phrase, { ...answer.headers, 'Content-Length': String(Buffer.byteLength(answer.body)) });
    res.end(req.method === 'HEAD' ? undefined : answer.body);
  }

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const entry = record(req);
    drain(req, entry, () => respond(req, res, entry));
  };

  const server = createServer({ keepAliveTimeout: 5000 }, handle);
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    const entry = record(req);
    const p = parseTestPath(entry.path);
    const hit = (hits.get(entry.path) ?? 0) + 1;
    if (p?.scenario === 'expect' && p.code === 417 && hit === 1) {
      // Refuse the expectation before any content: a client that honours RFC 9110 §10.1.1 sends
      // the request again without it. Node would add Connection: close by itself here (a final
      // status with no 100 sent); expect-open is the same 417 on a connection left open.
      hits.set(entry.path, hit);
      const body = html(bodyMarker(417));
      res.writeHead(417, 'Expectation Failed', { 'Content-Type': 'text/html', 'Content-Length': String(body.length), Connection: 'close' });
      res.end(body);
      return;
    }
    if (p?.scenario === 'expect') res.writeContinue();
    // expect-ignored: say nothing and wait for the client to send the content on its own.
    drain(req, entry, () => respond(req, res, entry));
  });
  server.on('upgrade', (req: IncomingMessage, socket: Socket) => {
    const entry = record(req, true);
    const m = /^\/ws\/(\d{3})\//.exec(entry.path);
    const info = byCode.get(Number(m?.[1]));
    socket.on('error', () => undefined);
    if (!info) return void socket.destroy();
    if (info.code === 101) {
      const accept = websocketAccept(entry.headers['sec-websocket-key'] ?? '');
      socket.write(head(101, info.phrase, { Upgrade: 'websocket', Connection: 'Upgrade', 'Sec-WebSocket-Accept': accept }));
      // A text frame saying hello, then stay open until the client closes.
      socket.write(Buffer.from([0x81, 0x02, 0x68, 0x69]));
      setTimeout(() => socket.destroy(), 2000);
      return;
    }
    const body = info.mayHaveContent ? html(bodyMarker(info.code)) : '';
    const headers = headersFor(info.code, targetOf(entry.path), '');
    socket.end(head(info.code, info.phrase, { ...headers, 'Content-Length': String(body.length), Connection: 'close' }) + body);
  });
  server.on('clientError', (_err, socket: Socket) => socket.destroy());

  const openSockets = new Set<Socket>();
  /**
   * The expect-open scenario, on HTTP/1.1 read by hand: after a 417 that leaves the connection
   * open, Node's parser would take whatever comes next for the refused request's 2 MiB of
   * content, a new request included. This server tells the two apart: bytes that start with a
   * request line are a new request (the client dropped the content and asked again), anything
   * else is the refused request's content (the client sent it anyway). Every request after the
   * first is answered 200 and the connection closed.
   */
  function startOpenServer(): ReturnType<typeof createNetServer> {
    return createNetServer((socket) => {
      openSockets.add(socket);
      socket.on('close', () => openSockets.delete(socket));
      socket.on('error', () => undefined);
      let buffer = Buffer.alloc(0);
      let current: SeenRequest | undefined;
      let pending = 0;
      let refused = false;
      const finish = (entry: SeenRequest): void => {
        const p = parseTestPath(entry.path);
        const hit = (hits.get(entry.path) ?? 0) + 1;
        hits.set(entry.path, hit);
        const refuse = p?.scenario === 'expect-open' && hit === 1 && entry.headers['expect']?.toLowerCase() === '100-continue';
        if (refuse) {
          const body = html(bodyMarker(417));
          socket.write(head(417, 'Expectation Failed', { 'Content-Type': 'text/html', 'Content-Length': String(body.length) }) + body);
          refused = true;
          return;
        }
        const body = html(SECOND_MARKER);
        socket.end(head(200, 'OK', { 'Content-Type': 'text/html', 'Content-Length': String(body.length), Connection: 'close' }) + body);
      };
      socket.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
          if (current && pending > 0 && !(refused && /^[A-Z]+ \/\S* HTTP\/1\.1\r\n/.test(buffer.subarray(0, 200).toString('latin1')))) {
            if (buffer.length === 0) return;
            const take = Math.min(pending, buffer.length);
            current.bodyAt ??= Date.now() - started;
            current.bodyLength += take;
            pending -= take;
            buffer = buffer.subarray(take);
            // The refused request's content, sent after all: the next request follows it.
            if (pending === 0 && !refused) finish(current);
            continue;
          }
          const end = buffer.indexOf('\r\n\r\n');
          if (end < 0) return;
          const [line = '', ...fields] = buffer.subarray(0, end).toString('latin1').split('\r\n');
          buffer = buffer.subarray(end + 4);
          const [method = '', url = '/'] = line.split(' ');
          const headers: Record<string, string> = {};
          for (const f of fields) {
            const colon = f.indexOf(':');
            if (colon > 0) headers[f.slice(0, colon).trim().toLowerCase()] = f.slice(colon + 1).trim();
          }
          current = {
            path: url.split('?')[0] ?? '/',
            method,
            headers,
            bodyLength: 0,
            at: Date.now() - started,
            connection: connectionOf(socket),
            version: 'HTTP/1.1',
            upgrade: false,
          };
          seen.push(current);
          refused = false;
          pending = Number(headers['content-length'] ?? 0);
          // With the expectation, the content waits for the answer; without, it is read first.
          if (headers['expect'] !== undefined || pending === 0) finish(current);
        }
      });
    });
  }

  await listen(server, port);
  const address = server.address();
  const plainPort = typeof address === 'object' && address ? address.port : 0;
  const open = startOpenServer();
  await listen(open, port ? port + 2 : 0);
  const openAddress = open.address();
  const openPort = typeof openAddress === 'object' && openAddress ? openAddress.port : 0;

  let secure: ReturnType<typeof createSecureServer> | undefined;
  let securePort = 0;
  if (tls) {
    secure = createSecureServer({ ...tls, allowHTTP1: true }, (req: Http2ServerRequest, res: Http2ServerResponse) => {
      const entry = record(req);
      drain(req, entry, () => respond(req as unknown as IncomingMessage, res as unknown as ServerResponse, entry));
    });
    await listen(secure, port ? port + 1 : 0);
    const a = secure.address();
    securePort = typeof a === 'object' && a ? a.port : 0;
  }

  return {
    origin: `http://127.0.0.1:${plainPort}`,
    ...(secure && { secureOrigin: `https://127.0.0.1:${securePort}` }),
    openOrigin: `http://127.0.0.1:${openPort}`,
    seen,
    requests: (prefix) => seen.filter((r) => r.path.startsWith(prefix)),
    close: async () => {
      server.closeAllConnections();
      for (const socket of openSockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => open.close(() => resolve()));
      if (secure) await new Promise<void>((resolve) => secure.close(() => resolve()));
    },
  };
}

function listen(
  server: { listen: (port: number, host: string) => unknown; once: (event: string, f: (e: Error) => void) => unknown },
  port: number,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.once('listening', () => resolve());
    server.listen(port, '127.0.0.1');
  });
}
