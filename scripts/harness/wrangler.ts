/**
 * Cloudflare Pages' runtime (workerd), run locally by `wrangler pages dev`: it reads dist/'s
 * `_headers` and `_redirects` as the edge does, so the serving tests can run the shared routing
 * table against the engine a Pages deployment relies on. wrangler is large (about 230 MB with
 * its workerd binary) and only the tests use it, so, like Lighthouse for the benchmark
 * (lighthouse.ts), it is not a dev dependency: ensure-tools.ts installs it before the tests into
 * node_modules/.cache, at the version below, and it runs from there with no network.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './run-nginx.ts';
import { repoPath } from './repo.ts';

export const WRANGLER_VERSION = '4.164.0';
const DIR = repoPath('node_modules', '.cache', `wrangler-${WRANGLER_VERSION}`);
const CLI = join(DIR, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
/**
 * workerd refuses a compatibility date newer than its own build, and without one wrangler uses
 * today's: a fixed date that this version supports keeps it starting on any day.
 */
const COMPATIBILITY_DATE = '2026-05-01';

/** The wrangler CLI's path, if it is installed. */
export const findWrangler = (): string | undefined => (existsSync(CLI) ? CLI : undefined);

/** Installs wrangler into node_modules/.cache on first use (needs the npm registry once). */
export function installWrangler(): string {
  if (!findWrangler()) {
    console.log(`Installing wrangler@${WRANGLER_VERSION} for the Cloudflare Pages tests into ${DIR}`);
    mkdirSync(DIR, { recursive: true });
    execFileSync('npm', ['install', '--prefix', DIR, '--no-save', '--loglevel=error', `wrangler@${WRANGLER_VERSION}`], {
      stdio: 'inherit',
    });
  }
  return CLI;
}

export interface RunningPages {
  origin: string;
  /** What wrangler printed, for the error message when it fails. */
  output: () => string;
  stop: () => Promise<void>;
}

/** `wrangler pages dev <root>` on a free loopback port, with no network and no telemetry. */
export async function startPages(root: string, listenPort?: number): Promise<RunningPages> {
  const cli = findWrangler();
  if (!cli) throw new Error('wrangler is not installed: run "node scripts/ensure-tools.ts" (npm test does)');
  const port = listenPort ?? (await freePort());
  // wrangler writes its state and logs under HOME and .wrangler/: keep both in a scratch folder.
  const home = mkdtempSync(join(tmpdir(), 'wrangler-'));
  const child = spawn(
    process.execPath,
    [
      cli,
      'pages',
      'dev',
      root,
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      `--compatibility-date=${COMPATIBILITY_DATE}`,
      '--persist-to',
      join(home, 'state'),
    ],
    {
      cwd: home,
      env: { ...process.env, HOME: home, WRANGLER_SEND_METRICS: 'false', CI: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    // wrangler starts workerd as a child: end the whole process group it leads, and only it.
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
    await exited;
    rmSync(home, { recursive: true, force: true });
  };
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`wrangler exited with ${child.exitCode}:\n${log}`);
    if (
      /Ready on/.test(log) &&
      (await fetch(`${origin}/`).then(
        (r) => r.ok,
        () => false,
      ))
    )
      return { origin, output: () => log, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`wrangler did not start within 60 s:\n${log}`);
}
