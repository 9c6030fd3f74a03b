/** The test server of the client harness (scripts/clients/server.ts): what it answers, on the wire. */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import {
  answerFor,
  bodyMarker,
  FORBIDDEN_BODY,
  headersFor,
  parseTestPath,
  startTestServer,
  testPath,
  websocketAccept,
  type CodeInfo,
  type TestServer,
} from '../../scripts/clients/server.ts';
import { LOOP_LIMIT } from '../../src/lib/clients/schema.ts';

const CODES: CodeInfo[] = [
  { code: 100, phrase: 'Continue', mayHaveContent: false },
  { code: 103, phrase: 'Early Hints', mayHaveContent: false },
  { code: 101, phrase: 'Switching Protocols', mayHaveContent: false },
  { code: 204, phrase: 'No Content', mayHaveContent: false },
  { code: 302, phrase: 'Found', mayHaveContent: true },
  { code: 308, phrase: 'Permanent Redirect', mayHaveContent: true },
  { code: 401, phrase: 'Unauthorized', mayHaveContent: true },
  { code: 417, phrase: 'Expectation Failed', mayHaveContent: true },
  { code: 503, phrase: 'Service Unavailable', mayHaveContent: true },
];
const info = (code: number): CodeInfo => CODES.find((c) => c.code === code) as CodeInfo;
const at = (scenario: Parameters<typeof testPath>[0]['scenario'], code: number) =>
  parseTestPath(testPath({ scenario, code, client: 'curl', method: 'GET' }))!;

test('a test path names scenario, code, client and method, and parses back', () => {
  const p = { scenario: 'retry' as const, code: 503, client: 'curl-follow', method: 'POST' };
  assert.equal(testPath(p), '/t/retry/503/curl-follow/POST');
  assert.deepEqual(parseTestPath(testPath(p)), { ...p, hop: 0 });
  assert.equal(parseTestPath('/t/nonsense/503/curl/GET'), undefined);
  assert.equal(parseTestPath('/to/basic/301/curl/GET'), undefined);
});

test('each code carries the headers a real server sends with it', () => {
  assert.equal(headersFor(401, undefined, '')['WWW-Authenticate'], 'Basic realm="clients-harness"');
  assert.match(headersFor(407, undefined, '')['Proxy-Authenticate'] ?? '', /^Basic /);
  assert.equal(headersFor(429, undefined, '')['Retry-After'], '1');
  assert.equal(headersFor(503, undefined, '')['Retry-After'], '1');
  assert.equal(headersFor(405, undefined, '')['Allow'], 'GET, HEAD');
  assert.equal(headersFor(426, undefined, '')['Upgrade'], 'HTTP/3.0');
  assert.equal(headersFor(101, undefined, '')['Upgrade'], 'websocket');
  assert.equal(headersFor(103, undefined, '/hint/x.css')['Link'], '</hint/x.css>; rel=preload; as=style');
  assert.equal(headersFor(404, undefined, '')['Retry-After'], undefined);
});

test('the first test sends Location on every final code; the retry test answers 200 to a repeat', () => {
  for (const code of [204, 302, 401, 503])
    assert.equal(answerFor(at('basic', code), info(code), 1, undefined).headers['Location'], '/to/basic/' + code + '/curl/GET');
  assert.equal(answerFor(at('nolocation', 302), info(302), 1, undefined).headers['Location'], undefined);
  assert.equal(answerFor(at('retry', 503), info(503), 1, undefined).status, 503);
  assert.equal(answerFor(at('retry', 503), info(503), 2, undefined).status, 200);
});

test('a body only where the code allows one', () => {
  assert.match(answerFor(at('basic', 503), info(503), 1, undefined).body, new RegExp(bodyMarker(503)));
  assert.equal(answerFor(at('basic', 204), info(204), 1, undefined).body, '');
  assert.equal(answerFor(at('body-not-allowed', 204), info(204), 1, undefined).trailingBytes, FORBIDDEN_BODY);
});

test('heuristic caching: Last-Modified a day old, no Cache-Control; explicit: max-age', () => {
  const h = answerFor(at('cache-heuristic', 308), info(308), 1, undefined).headers;
  assert.equal(h['Cache-Control'], undefined);
  const age = Date.parse(h['Date'] ?? '') - Date.parse(h['Last-Modified'] ?? '');
  assert.ok(Math.abs(age - 86_400_000) < 2000, `age ${age}`);
  assert.equal(answerFor(at('cache-explicit', 308), info(308), 1, undefined).headers['Cache-Control'], 'max-age=3600');
});

test('401 until the right Basic credentials arrive', () => {
  const p = at('auth', 401);
  assert.equal(answerFor(p, info(401), 1, undefined).status, 401);
  assert.equal(answerFor(p, info(401), 2, 'Basic aGFybmVzczp3cm9uZw==').status, 401);
  assert.equal(answerFor(p, info(401), 2, `Basic ${Buffer.from('harness:secret').toString('base64')}`).status, 200);
});

test('a 1xx comes before a final 200; a 101 is all there is; the loop ends at its limit', () => {
  const hints = answerFor(at('basic', 103), info(103), 1, undefined);
  assert.equal(hints.status, 200);
  assert.deepEqual(
    hints.interim?.map((i) => i.status),
    [103],
  );
  assert.equal(answerFor(at('basic', 101), info(101), 1, undefined).bare, true);
  const loop = (hop: number) => answerFor({ ...at('loop', 302), hop }, info(302), 1, undefined);
  assert.equal(loop(0).headers['Location'], '/t/loop/302/curl/GET/1');
  assert.equal(loop(LOOP_LIMIT).status, 200);
});

test('the WebSocket accept key is RFC 6455’s own example', () => {
  assert.equal(websocketAccept('dGhlIHNhbXBsZSBub25jZQ=='), 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
});

describe_live();

/** The running server, read as raw bytes from a socket: what a client really receives. */
function describe_live(): void {
  let server: TestServer;
  before(async () => {
    server = await startTestServer(CODES);
  });
  after(() => server.close());

  /** Sends raw bytes; resolves with what came back once `done` says so, the server closes, or 10 s pass. */
  const raw = (request: string, done: (data: string) => boolean): Promise<string> =>
    new Promise((resolve, reject) => {
      const port = Number(new URL(server.origin).port);
      const socket = connect(port, '127.0.0.1', () => socket.write(request));
      let data = '';
      const finish = (): void => {
        clearTimeout(timer);
        socket.destroy();
        resolve(data);
      };
      const timer = setTimeout(finish, 10_000);
      socket.on('data', (d) => {
        data += d.toString('latin1');
        if (done(data)) finish();
      });
      socket.on('error', reject);
      socket.on('close', finish);
    });

  test('live: a 103 with its Link hint, then the 200, on one connection', async () => {
    const text = await raw('GET /t/basic/103/curl/GET HTTP/1.1\r\nHost: x\r\n\r\n', () => false);
    assert.match(
      text,
      /^HTTP\/1\.1 103 Early Hints\r\nLink: <\/hint\/curl\/basic\.css>; rel=preload; as=style\r\n\r\nHTTP\/1\.1 200 OK\r\n/,
    );
  });

  test('live: a 204 followed by bytes it must not have, and the server records the request', async () => {
    const text = await raw('GET /t/body-not-allowed/204/curl/GET HTTP/1.1\r\nHost: x\r\n\r\n', (d) => d.endsWith(FORBIDDEN_BODY));
    assert.match(text, /^HTTP\/1\.1 204 No Content\r\n/);
    assert.ok(text.endsWith(FORBIDDEN_BODY), text);
    const seen = server.requests('/t/body-not-allowed/204/curl/GET');
    assert.equal(seen.length, 1);
    assert.equal(seen[0]?.method, 'GET');
  });

  test('live: a POST body is counted, and Location is sent with a 308', async () => {
    const text = await raw('POST /t/basic/308/curl/POST HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello', (d) =>
      d.includes(bodyMarker(308)),
    );
    assert.match(text, /^HTTP\/1\.1 308 Permanent Redirect\r\n(?:.*\r\n)*Location: \/to\/basic\/308\/curl\/POST\r\n/);
    assert.equal(server.requests('/t/basic/308/curl/POST')[0]?.bodyLength, 5);
  });

  test('live: a WebSocket handshake on /ws/101/ is accepted with the right key', async () => {
    const text = await raw(
      'GET /ws/101/node-fetch HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
      (d) => d.includes('\r\n\r\n'),
    );
    assert.match(text, /^HTTP\/1\.1 101 Switching Protocols\r\n(?:.*\r\n)*Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK\+xOo=\r\n/);
  });

  test('live: Expect: 100-continue gets a 100 before the content', async () => {
    const port = Number(new URL(server.origin).port);
    const text = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write('POST /t/expect/100/curl/POST HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n'),
      );
      let data = '';
      socket.on('data', (d) => {
        data += d.toString('latin1');
        if (data === 'HTTP/1.1 100 Continue\r\n\r\n') socket.write('abc');
        if (data.includes('200 OK')) {
          socket.destroy();
          resolve(data);
        }
      });
    });
    assert.match(text, /^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK\r\n/);
  });

  /** Sends a request with Expect: 100-continue; when the 417 comes, `then` says what goes next on the same connection. */
  const refused = (origin: string, path: string, then: string): Promise<{ text: string; seen: string[] }> =>
    new Promise((resolve) => {
      const socket = connect(Number(new URL(origin).port), '127.0.0.1', () =>
        socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n`),
      );
      let text = '';
      socket.on('data', (d) => {
        const first = text === '';
        text += d.toString('latin1');
        if (first && text.startsWith('HTTP/1.1 417')) socket.write(then);
        if (text.includes('200 OK')) socket.end();
      });
      socket.on('close', () =>
        resolve({ text, seen: server.requests(path).map((r) => `${r.connection} ${r.headers['expect'] ?? 'none'} ${r.bodyLength}`) }),
      );
    });

  test('live: the 417 of expect closes the connection; the 417 of expect-open leaves it open and reads what comes next', async () => {
    const closed = await refused(server.origin, '/t/expect/417/curl/POST', '');
    assert.match(closed.text, /^HTTP\/1\.1 417 Expectation Failed\r\n(?:.*\r\n)*Connection: close\r\n/);
    // Asked again on the same connection without the expectation: a new request, not the refused one's content.
    const again = await refused(
      server.openOrigin,
      '/t/expect-open/417/curl/POST',
      'POST /t/expect-open/417/curl/POST HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc',
    );
    assert.doesNotMatch(again.text.split('\r\n\r\n')[0] ?? '', /Connection: close/);
    assert.match(again.text, /HTTP\/1\.1 200 OK\r\n/);
    const [first, second] = again.seen.map((s) => s.split(' '));
    assert.deepEqual(
      [first?.slice(1), second?.slice(1)],
      [
        ['100-continue', '0'],
        ['none', '3'],
      ],
    );
    assert.equal(first?.[0], second?.[0], 'one connection');
    // The content sent after all: counted as the refused request's, then the next request is read.
    const sent = await refused(
      server.openOrigin,
      '/t/expect-open/417/go/POST',
      'abcPOST /t/expect-open/417/go/POST HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n',
    );
    assert.deepEqual(
      sent.seen.map((s) => s.split(' ').slice(1).join(' ')),
      ['100-continue 3', 'none 0'],
    );
  });
}
