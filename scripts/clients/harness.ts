/**
 * One run of the harness: installs what it can, starts the test server, drives every client in
 * parallel, and returns the measurements in the shape of src/lib/clients/schema.ts. Used by
 * `npm run clients` (run.ts, which writes the data file) and by the test that compares a fresh
 * run with the committed data (tests/clients/).
 */
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { cpus, release, type } from 'node:os';
import { join } from 'node:path';
import { CLIENT_IDS, measurementsSchema, type ClientId, type ClientInfo, type Measurements } from '../../src/lib/clients/schema.ts';
import { CONTENT_DIRS } from '../../src/lib/site/content-files.ts';
import { splitEntry } from '../../src/lib/codes/frontmatter.ts';
import { codeSchema } from '../../src/lib/codes/schema.ts';
import { runChromium } from './drivers/chromium.ts';
import { CURL_OPTIONS, run, type CurlMode } from './drivers/curl.ts';
import { ensureClients, GO, OPENSSL, PYTHON } from './install.ts';
import { cellValue } from './measure.ts';
import { plan, tasksOf, type CodeToMeasure } from './plan.ts';
import { Worker } from 'node:worker_threads';
import type { CodeInfo, SeenRequest } from './server.ts';
import type { Outcome, Task } from './tasks.ts';
import { repoPath } from '../harness/repo.ts';

const DRIVERS = join(import.meta.dirname, 'drivers');
/** Built drivers and the test certificate, kept between runs. */
const CACHE = repoPath('node_modules', '.cache', 'clients');

/** Every code that has an entry, with what the server needs to answer it: read from the entries, never typed. */
export function codesToMeasure(dir = CONTENT_DIRS.codes): CodeToMeasure[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const data = codeSchema.parse(splitEntry(readFileSync(join(dir, f), 'utf8'), f).data);
      return { code: data.code, phrase: data.phrase, mayHaveContent: data.facts.mayHaveContent, unofficial: data.status === 'unofficial' };
    })
    .sort((a, b) => a.code - b.code);
}

/** How each client is described on /clients/, and how the harness runs it. */
const DESCRIPTIONS: Record<ClientId, Omit<ClientInfo, 'id' | 'version' | 'missing'>> = {
  'chromium-navigation': { program: 'Chromium', variant: 'page load', how: 'Playwright’s page.goto for GET; a submitted form for POST' },
  'chromium-fetch': { program: 'Chromium', variant: 'fetch()', how: 'fetch() and WebSocket from a script in a page of the same origin' },
  'node-fetch': { program: 'Node', variant: 'fetch()', how: 'the built-in fetch (undici) and WebSocket, defaults only' },
  curl: { program: 'curl', how: 'curl -s -S, nothing else: -I for HEAD, --data-binary for POST, -T for PUT, -X DELETE' },
  'curl-follow': { program: 'curl', variant: CURL_OPTIONS.follow, how: 'as plain curl, with -L to follow redirects' },
  'curl-retry': { program: 'curl', variant: CURL_OPTIONS.retry, how: 'as plain curl, with --retry 2' },
  wget: { program: 'Wget', how: 'wget -q -S, with --tries=1 except in the retry test; --post-file, --method, --body-file' },
  'python-urllib': { program: 'Python urllib.request', how: 'urlopen, or an opener with HTTPBasicAuthHandler for credentials' },
  'python-requests': { program: 'requests', how: 'Session.request with data= and timeout=; auth= for credentials' },
  go: { program: 'Go net/http', how: 'http.Client.Do with an http.NewRequest; SetBasicAuth for credentials' },
};

/** Runs a driver that reads tasks as JSON on stdin and writes outcomes as JSON on stdout. */
function runJsonDriver(command: string, args: string[], tasks: readonly Task[]): Promise<Outcome[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${err.slice(0, 500)}`));
      try {
        resolvePromise(JSON.parse(out) as Outcome[]);
      } catch (error) {
        reject(new Error(`${command}: unreadable output (${String(error)}): ${out.slice(0, 200)} ${err.slice(0, 300)}`));
      }
    });
    child.stdin.end(JSON.stringify(tasks));
  });
}

async function versionOf(command: string, args: string[]): Promise<string> {
  return (await run(command, args)).stdout.trim();
}

/** The Go driver, built once per source and Go installation (its size and time) into the cache. */
function goDriver(): string {
  const source = join(DRIVERS, 'go', 'main.go');
  const go = statSync(realpathSync(GO));
  const hash = createHash('sha256').update(readFileSync(source)).update(`${go.size} ${go.mtimeMs}`).digest('hex').slice(0, 12);
  const binary = join(CACHE, `go-driver-${hash}`);
  if (!existsSync(binary)) {
    mkdirSync(CACHE, { recursive: true });
    execFileSync(GO, ['build', '-o', binary, source], {
      cwd: join(DRIVERS, 'go'),
      env: { ...process.env, GOCACHE: join(CACHE, 'go-build'), GOPATH: join(CACHE, 'go-path'), GO111MODULE: 'off' },
      stdio: 'inherit',
    });
  }
  return binary;
}

/** A self-signed certificate for 127.0.0.1, made once, for the HTTP/2 server. */
function certificate(): { key: string; cert: string } | undefined {
  if (!existsSync(OPENSSL)) return undefined;
  const key = join(CACHE, 'tls-key.pem');
  const cert = join(CACHE, 'tls-cert.pem');
  if (!existsSync(cert)) {
    mkdirSync(CACHE, { recursive: true });
    execFileSync(
      OPENSSL,
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '3650'].concat([
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ]),
      { stdio: 'ignore' },
    );
  }
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
}

/**
 * The test server's port: CLIENTS_PORT (and the next one for TLS) where several runs share a
 * machine and each keeps to its own ports; any free port by default.
 */
const serverPort = (): number => Number(process.env['CLIENTS_PORT'] ?? 0);

/** The test server, running in a worker thread (server-worker.ts). */
async function startServerWorker(
  codes: readonly CodeInfo[],
  tls: { key: string; cert: string } | undefined,
): Promise<{ origin: string; secureOrigin?: string; openOrigin: string; finish: () => Promise<SeenRequest[]> }> {
  const worker = new Worker(new URL('./server-worker.ts', import.meta.url), { workerData: { codes, tls, port: serverPort() } });
  const next = (type: string): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      const onMessage = (m: Record<string, unknown>): void => {
        if (m['type'] !== type) return;
        worker.off('message', onMessage);
        resolve(m);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  const ready = await next('ready');
  return {
    origin: String(ready['origin']),
    ...(typeof ready['secureOrigin'] === 'string' && { secureOrigin: ready['secureOrigin'] }),
    openOrigin: String(ready['openOrigin']),
    finish: async () => {
      const answer = next('requests');
      worker.postMessage({ type: 'requests' });
      const seen = (await answer)['seen'] as SeenRequest[];
      const closed = next('closed');
      worker.postMessage({ type: 'close' });
      await closed;
      await worker.terminate();
      return seen;
    },
  };
}

export interface HarnessOptions {
  /** Progress lines; silent when absent. */
  log?: (line: string) => void;
  /** Measure only these codes (for a quick look); every code with an entry by default. */
  codes?: readonly number[];
  /** Drive only these clients (for a quick look); the others are recorded as not measured. */
  clients?: readonly ClientId[];
}

export async function runHarness(options: HarnessOptions = {}): Promise<Measurements> {
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const missing = ensureClients();
  for (const id of CLIENT_IDS) if (options.clients && !options.clients.includes(id)) missing.set(id, 'left out of this run (--clients)');
  for (const [client, why] of missing) log(`${client}: NOT MEASURED: ${why}`);

  // Built before the server starts: a synchronous build would stall the server's event loop.
  let goBinary: string | undefined;
  if (!missing.has('go')) {
    try {
      goBinary = goDriver();
    } catch (error) {
      missing.set('go', `the Go driver did not build: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }

  const all = codesToMeasure();
  const codes = options.codes ? all.filter((c) => options.codes?.includes(c.code)) : all;
  const server = await startServerWorker(codes, certificate());
  const origins = { plain: server.origin, open: server.openOrigin, ...(server.secureOrigin && { secure: server.secureOrigin }) };
  const cells = plan(codes, CLIENT_IDS, origins).map((c) =>
    missing.has(c.client) ? { ...c, tasks: [], notMeasured: `not installed: ${missing.get(c.client)}` } : c,
  );
  const versions = new Map<ClientId, string>();
  const problems = new Map<ClientId, string>();
  const outcomes = new Map<string, Outcome>();
  const timings: string[] = [];
  let seen: SeenRequest[] = [];

  /** The tasks of a client for one phase: the quiet ones (see Task.quiet) or all the others. */
  const phaseTasks = (id: ClientId, quiet: boolean): Task[] => tasksOf(cells, id).filter((t) => Boolean(t.quiet) === quiet);
  let quiet = false;

  /** Runs one client (or a pair that share a program) and keeps what it returned. */
  const drive = async (ids: ClientId[], go: () => Promise<{ version?: string; outcomes: Outcome[][] }>): Promise<void> => {
    if (ids.every((id) => missing.has(id) || problems.has(id))) return;
    if (quiet && ids.every((id) => phaseTasks(id, true).length === 0)) return;
    const t0 = Date.now();
    try {
      const result = await go();
      if (result.version) ids.forEach((id) => versions.set(id, result.version as string));
      for (const list of result.outcomes) for (const o of list) outcomes.set(o.path, o);
    } catch (error) {
      const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      ids.forEach((id) => problems.set(id, `the driver failed: ${message}`));
    }
    const took = `${((Date.now() - t0) / 1000).toFixed(1)} s`;
    timings.push(`${ids.join(' + ')}${quiet ? ' (timed)' : ''} ${took}`);
    log(`${ids.join(' + ')}${quiet ? ', timed tasks' : ''}: done in ${took}`);
  };
  /** A driver that is a program of its own: its version, then its tasks through stdin. */
  const program = (id: ClientId, command: string, args: string[]) => () =>
    drive([id], async () => ({
      ...(!quiet && { version: await versionOf(command, [...args, '--version']) }),
      outcomes: [await runJsonDriver(command, args, phaseTasks(id, quiet))],
    }));
  const node = (script: string, ...args: string[]): [string, string[]] => [process.execPath, [join(DRIVERS, script), ...args]];
  const curl = (id: ClientId, mode: CurlMode) => program(id, ...node('curl.ts', mode));
  const drivers: (() => Promise<void>)[] = [
    () =>
      drive(['chromium-navigation', 'chromium-fetch'], async () => {
        const r = await runChromium(server.origin, phaseTasks('chromium-navigation', quiet), phaseTasks('chromium-fetch', quiet));
        return { version: r.version, outcomes: [r.navigation, r.fetch] };
      }),
    program('node-fetch', ...node('node-fetch.ts')),
    curl('curl', 'plain'),
    curl('curl-follow', 'follow'),
    curl('curl-retry', 'retry'),
    program('wget', ...node('wget.ts')),
    program('python-urllib', PYTHON, [join(DRIVERS, 'python_urllib.py')]),
    program('python-requests', PYTHON, [join(DRIVERS, 'python_requests.py')]),
    program('go', goBinary ?? GO, []),
  ];

  try {
    // Every client at once, then the timed tasks one client after another on an idle server.
    await Promise.all(drivers.map((d) => d()));
    quiet = true;
    for (const d of drivers) await d();
  } finally {
    seen = await server.finish();
  }
  const requests = (prefix: string): SeenRequest[] => seen.filter((r) => r.path.startsWith(prefix));

  const results: Measurements['codes'] = {};
  for (const cell of cells) {
    const problem = problems.get(cell.client);
    const value = problem ? { notMeasured: problem } : cellValue(cell, outcomes, requests);
    const byCode = (results[String(cell.code)] ??= {});
    const byBehaviour = ((byCode as Record<string, Record<string, unknown>>)[cell.behaviour] ??= {});
    byBehaviour[cell.client] = value;
  }
  const clients: ClientInfo[] = CLIENT_IDS.map((id) => {
    const why = missing.get(id) ?? problems.get(id);
    const version = versions.get(id);
    return { id, ...DESCRIPTIONS[id], ...(version && { version }), ...(why && { missing: why }) };
  });
  const measurements = {
    date: new Date().toISOString().slice(0, 10),
    runSeconds: Math.round((Date.now() - started) / 100) / 10,
    machine: `${type()} ${release()}, ${cpus().length} CPUs`,
    clients,
    codes: results,
  };
  log(`Drivers: ${timings.join('; ')}`);
  return measurementsSchema.parse(measurements);
}
