/**
 * What to measure: for every code that has an entry, the behaviours that apply to it, and for
 * every client the task that measures each one, or the reason it cannot. Pure: the codes come in
 * from the entries (run.ts reads them), so a new entry is measured the moment it exists.
 */
import type { BehaviourId, ClientId } from '../../src/lib/clients/schema.ts';
import { testPath, type CodeInfo, type Scenario } from './server.ts';
import type { Method, Task } from './tasks.ts';

export interface CodeToMeasure extends CodeInfo {
  /** Unofficial codes are measured like the others; only the rule "no content allowed" is the RFC's. */
  unofficial: boolean;
}

/** What a client can be asked to do; anything else is recorded as not measured, with the reason. */
export interface ClientCaps {
  methods: readonly Method[];
  /** Why a method it lacks is not measured. */
  methodsReason?: string;
  websocket: true | string;
  credentials: true | string;
  hints: true | string;
  /** Only these behaviours are measured (curl --retry differs from curl only in retrying). */
  only?: { behaviours: readonly BehaviourId[]; reason: string };
  /** Behaviours measured through another client of the same program, and why that suffices. */
  elsewhere?: { behaviours: readonly BehaviourId[]; reason: string };
  /** Whether it has an HTTP cache; without one, caching is measured on CACHE_PROBE alone. */
  cache: boolean;
}

const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'] as const;
const NO_WEBSOCKET = 'has no WebSocket client';
const NOT_A_BROWSER = 'not a browser: it preloads nothing (how it reads a 103 is in the Response row)';
const CURL_WS = 'Debian’s curl 7.88 is built without WebSocket support';

export const CAPS: Record<ClientId, ClientCaps> = {
  'chromium-navigation': {
    methods: ['GET', 'POST'],
    methodsReason: 'a page load sends only GET, or POST from a form',
    websocket: 'the WebSocket API belongs to a page’s script: see Chromium fetch()',
    credentials: true,
    hints: true,
    cache: true,
    // Retrying, caching and reading a response are the network stack's, shared with fetch():
    // measured there, at a fraction of the cost of a page load each (a hundred page loads
    // fewer keep the run within its minute).
    elsewhere: {
      behaviours: ['retry.GET', 'retry.POST', 'cache.heuristic', 'cache.explicit', 'bodyNotAllowed', 'expect'],
      reason: 'measured with Chromium fetch(): page loads share its network stack and HTTP cache',
    },
  },
  'chromium-fetch': {
    methods: ALL_METHODS,
    websocket: true,
    credentials: true,
    hints: 'fetch() has no use for preload hints; only a page load acts on them',
    cache: true,
  },
  'node-fetch': {
    methods: ALL_METHODS,
    websocket: true,
    credentials: 'fetch takes no credentials: a URL with a user name is refused, and the caller sets Authorization itself',
    hints: NOT_A_BROWSER,
    cache: false,
  },
  curl: { methods: ALL_METHODS, websocket: CURL_WS, credentials: true, hints: NOT_A_BROWSER, cache: false },
  'curl-follow': { methods: ALL_METHODS, websocket: CURL_WS, credentials: true, hints: NOT_A_BROWSER, cache: false },
  'curl-retry': {
    methods: ALL_METHODS,
    websocket: NO_WEBSOCKET,
    credentials: true,
    hints: NOT_A_BROWSER,
    cache: false,
    only: { behaviours: ['retry.GET', 'retry.POST'], reason: 'the same curl as the curl column; only --retry 2 differs' },
  },
  wget: { methods: ALL_METHODS, websocket: NO_WEBSOCKET, credentials: true, hints: NOT_A_BROWSER, cache: false },
  'python-urllib': {
    methods: ALL_METHODS,
    websocket: 'Python’s standard library has no WebSocket client',
    credentials: true,
    hints: NOT_A_BROWSER,
    cache: false,
  },
  'python-requests': {
    methods: ALL_METHODS,
    websocket: 'requests has no WebSocket client',
    credentials: true,
    hints: NOT_A_BROWSER,
    cache: false,
  },
  go: {
    methods: ALL_METHODS,
    websocket: 'Go’s standard library has no WebSocket client',
    credentials: true,
    hints: NOT_A_BROWSER,
    cache: false,
  },
};

/**
 * A client without an HTTP cache is asked twice for this code only, with Cache-Control:
 * max-age=3600 and without: enough to see that it keeps nothing, without 176 pairs of requests
 * that would say the same.
 */
export const CACHE_PROBE = 200;
const NO_CACHE = `keeps no HTTP cache: measured on ${CACHE_PROBE} alone`;

/** Bytes of content for a POST or PUT; the Expect tests send 2 MiB, the size of an upload. */
export const SMALL_BODY = 100;
export const LARGE_BODY = 2 * 1024 * 1024;
const TIMEOUT = 20_000;

/**
 * The codes a WebSocket handshake is answered with: 101 (the handshake accepted) and the answers
 * a server really gives to a refused one. Chromium spaces out failed handshakes to one host by
 * seconds each, so every code would cost the run a minute and say the same thing.
 */
export const WEBSOCKET_CODES: readonly number[] = [101, 200, 301, 302, 400, 401, 403, 404, 426, 429, 500, 503];

/**
 * Chromium answers a 401 with a Basic challenge by asking the user to sign in; headless under
 * Playwright nobody can answer or dismiss the dialog, so what follows is the harness's, not
 * the browser's. Chromium's 401 is measured with credentials given (the auth row) only.
 */
const SIGN_IN_DIALOG =
  'a 401 with a Basic challenge opens a sign-in dialog, which a headless run cannot answer or dismiss: see Basic credentials';

/**
 * Cells that gave different answers in runs of the same clients on the same machine, because
 * the client's answer depends on the state of its connection pool, not on the response. They
 * are recorded as not measured, with what was seen, rather than as one run's chance result.
 */
export const UNSTABLE: readonly { code: number; clients: readonly ClientId[]; behaviours: readonly string[]; seen: string }[] = [
  {
    code: 408,
    clients: ['chromium-navigation', 'chromium-fetch'],
    behaviours: ['retry.GET', 'retry.POST', 'cache.heuristic', 'cache.explicit'],
    seen: 'Chromium repeated the request at once in some runs and not in others: it resends a 408 that came on a connection it had reused, which depends on its pool',
  },
  {
    code: 101,
    clients: ['chromium-navigation', 'chromium-fetch'],
    behaviours: ['response'],
    seen: 'a page load or fetch() answered with a 101 it did not ask for ended in a network error (net::ERR_EMPTY_RESPONSE, "Failed to fetch") in some runs and in an empty 200 in others',
  },
  {
    code: 103,
    clients: ['chromium-navigation'],
    behaviours: ['hints.http2'],
    seen: 'over HTTP/2 Chromium fetched the hinted stylesheet before the final response in some runs and not in others (seen on a loaded machine): whether the hint wins the race depends on timing',
  },
];

/** The test server's addresses: plain HTTP, HTTPS (HTTP/2) when there is a certificate, and the expect-open server. */
export interface Origins {
  plain: string;
  secure?: string;
  open?: string;
}

/** One cell of the matrix to fill: the tasks whose results make its value, or why there are none. */
export interface PlannedCell {
  code: number;
  behaviour: BehaviourId;
  client: ClientId;
  tasks: Task[];
  notMeasured?: string;
}

/** Which behaviours apply to a code. */
export function behavioursFor(c: CodeToMeasure): BehaviourId[] {
  const list: BehaviourId[] = ['response'];
  if (c.code < 200) {
    if (c.code === 100) list.push('expect');
    if (c.code === 101) list.push('websocket');
    if (c.code === 103) list.push('hints.http1', 'hints.http2');
    return list;
  }
  list.push('follow.GET');
  if (c.code >= 300 && c.code < 400) list.push('follow.HEAD', 'follow.POST', 'follow.PUT', 'follow.DELETE', 'noLocation');
  list.push('retry.GET', 'retry.POST', 'cache.heuristic', 'cache.explicit');
  // RFC 9110 forbids content in a 204 or 304 (and a 205): the vendors' codes that "have no
  // content" send no response at all, which is another matter.
  if (!c.mayHaveContent && !c.unofficial) list.push('bodyNotAllowed');
  if (WEBSOCKET_CODES.includes(c.code)) list.push('websocket');
  if (c.code === 401) list.push('auth');
  if (c.code === 417) list.push('expect');
  if (c.code === 302) list.push('loop');
  return list;
}

export function planCell(c: CodeToMeasure, behaviour: BehaviourId, client: ClientId, origins: Origins): PlannedCell {
  const caps = CAPS[client];
  const cell = (tasks: Task[]): PlannedCell => ({ code: c.code, behaviour, client, tasks });
  const skip = (reason: string): PlannedCell => ({ code: c.code, behaviour, client, tasks: [], notMeasured: reason });
  const task = (scenario: Scenario, method: Method, extra: Partial<Task> = {}): Task => {
    const path = testPath({ scenario, code: c.code, client, method });
    const body = method === 'POST' || method === 'PUT' ? SMALL_BODY : 0;
    return { path, url: origins.plain + path, method, body, times: 1, kind: 'http', timeoutMs: TIMEOUT, ...extra };
  };

  if (caps.only && !caps.only.behaviours.includes(behaviour)) return skip(caps.only.reason);
  const unstable = UNSTABLE.find((u) => u.code === c.code && u.clients.includes(client) && u.behaviours.includes(behaviour));
  if (unstable) return skip(`varies from run to run: ${unstable.seen}`);
  if (c.code === 401 && client.startsWith('chromium') && behaviour !== 'auth' && behaviour !== 'websocket') return skip(SIGN_IN_DIALOG);
  if (caps.elsewhere?.behaviours.includes(behaviour)) return skip(caps.elsewhere.reason);
  const [kind, variant] = behaviour.split('.') as [string, string | undefined];
  switch (kind) {
    case 'response':
    case 'follow': {
      const method = (variant ?? 'GET') as Method;
      if (!caps.methods.includes(method)) return skip(caps.methodsReason ?? `cannot send ${method}`);
      return cell([task('basic', method)]);
    }
    case 'noLocation':
      return cell([task('nolocation', 'GET')]);
    case 'retry': {
      const method = variant as Method;
      if (!caps.methods.includes(method)) return skip(caps.methodsReason ?? `cannot send ${method}`);
      return cell([task('retry', method, { defaultRetries: true, timeoutMs: 25_000 })]);
    }
    case 'cache':
      if (!caps.cache && c.code !== CACHE_PROBE) return skip(NO_CACHE);
      return cell([task(variant === 'explicit' ? 'cache-explicit' : 'cache-heuristic', 'GET', { times: 2 })]);
    case 'bodyNotAllowed':
      return cell([task('body-not-allowed', 'GET', { times: 2 })]);
    case 'websocket': {
      if (caps.websocket !== true) return skip(caps.websocket);
      const path = `/ws/${c.code}/${client}`;
      return cell([
        { ...task('basic', 'GET'), path, url: origins.plain.replace(/^http/, 'ws') + path, kind: 'websocket', timeoutMs: 10_000 },
      ]);
    }
    case 'auth':
      if (caps.credentials !== true) return skip(caps.credentials);
      return cell([task('auth', 'GET', { kind: 'credentials' })]);
    case 'expect': {
      if (!caps.methods.includes('POST')) return skip(caps.methodsReason ?? 'cannot send POST');
      const post = { body: LARGE_BODY, timeoutMs: 25_000 };
      if (c.code === 100) return cell([task('expect', 'POST', post), task('expect-ignored', 'POST', { ...post, quiet: true })]);
      // The 417 with Connection: close, then on a connection the server keeps open.
      const open = origins.open && task('expect-open', 'POST', post);
      return cell([task('expect', 'POST', post), ...(open ? [{ ...open, url: origins.open + open.path }] : [])]);
    }
    case 'hints': {
      if (caps.hints !== true) return skip(caps.hints);
      if (variant === 'http2' && !origins.secure) return skip('no TLS certificate for the HTTP/2 server (openssl is not installed)');
      // The HTTP/2 run has a path of its own (hop 2) on the TLS server.
      if (variant === 'http2') {
        const path = testPath({ scenario: 'hints', code: c.code, client, method: 'GET', hop: 2 });
        return cell([{ ...task('hints', 'GET'), path, url: `${origins.secure}${path}` }]);
      }
      return cell([task('hints', 'GET')]);
    }
    case 'loop':
      return cell([task('loop', 'GET', { timeoutMs: 30_000 })]);
    default:
      return skip('the harness has no test for it here');
  }
}

/** Every cell of the matrix, for every code and client. */
export function plan(codes: readonly CodeToMeasure[], clients: readonly ClientId[], origins: Origins): PlannedCell[] {
  return codes.flatMap((c) => behavioursFor(c).flatMap((b) => clients.map((client) => planCell(c, b, client, origins))));
}

/** The distinct tasks of a client's cells (follow.GET and response share one request). */
export function tasksOf(cells: readonly PlannedCell[], client: ClientId): Task[] {
  const byPath = new Map<string, Task>();
  for (const cell of cells) if (cell.client === client) for (const t of cell.tasks) byPath.set(t.path, t);
  return [...byPath.values()];
}
