/**
 * What every cache driver shares: its configuration from a template in templates/, started in a
 * scratch folder of its own on a free loopback port, in the foreground, stopped and removed after
 * the run. A driver (drivers/*.ts) says only what is its own: the program, the template, the
 * command line, and how to read its own word on a response.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingHttpHeaders } from 'node:http';
import type { CacheId } from '../../src/lib/caches/schema.ts';
import { freePort } from '../harness/run-nginx.ts';

const TEMPLATES = join(import.meta.dirname, 'templates');

export interface Driver {
  id: CacheId;
  program: string;
  setting: string;
  /** The Debian package that has the binary, whose version is recorded. */
  debian: string;
  binary: string;
  /** The template's file name in templates/; it is written to {{DIR}} under the same name. */
  template: string;
  /** What replaces {{SETTING}} in the template: the configuration's own line. */
  settingLines?: string;
  /** What replaces {{USER}} when the harness runs as root (the programs refuse, or drop to a user, otherwise). */
  asRoot?: string;
  /** The arguments, with {{DIR}}, {{PORT}}, {{CONFIG}} (the written template) as placeholders. */
  args: string[];
  /** The header that carries the cache's own word on a response, and how to read it. */
  says?: { header: string; read: (headers: IncomingHttpHeaders) => string | undefined };
  /** Subfolders of {{DIR}} the program's unprivileged user writes to. */
  folders?: string[];
}

/** The configuration as the data file records it: the template with the setting in, ports and folders left as placeholders. */
export function configOf(driver: Driver): string {
  return readFileSync(join(TEMPLATES, driver.template), 'utf8').replace('{{SETTING}}', driver.settingLines ?? '');
}

export const commandOf = (driver: Driver): string =>
  [driver.binary, ...driver.args.map((a) => (/\s/.test(a) ? `'${a}'` : a))]
    .join(' ')
    .replaceAll('{{CONFIG}}', `{{DIR}}/${driver.template}`);

const fill = (text: string, values: Record<string, string>): string =>
  text.replace(/\{\{([A-Z_]+)\}\}/g, (whole, name: string) => values[name] ?? whole);

export interface Running {
  port: number;
  dir: string;
  stop: () => Promise<void>;
}

/** Whether something accepts TCP connections on the port. */
const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

export async function startCache(driver: Driver, originPort: number): Promise<Running> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), `caches-${driver.id}-`));
  // The programs drop root for a user of their own (proxy, www-data, varnish), which must be able
  // to write its logs and its cache here.
  chmodSync(dir, 0o777);
  for (const f of driver.folders ?? []) {
    mkdirSync(join(dir, f));
    chmodSync(join(dir, f), 0o777);
  }
  const root = process.getuid?.() === 0;
  const values = { DIR: dir, PORT: String(port), ORIGIN_PORT: String(originPort), USER: root ? (driver.asRoot ?? '') : '' };
  const config = join(dir, driver.template);
  writeFileSync(config, fill(configOf(driver), values));
  const child: ChildProcess = spawn(
    driver.binary,
    driver.args.map((a) => fill(a, { ...values, CONFIG: config })),
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 20_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      const why = child.exitCode !== null ? `exited with ${child.exitCode}` : 'did not listen within 20 s';
      const log = stderr.trim().split('\n').slice(-3).join(' | ');
      await stop();
      throw new Error(`${driver.binary} ${why}${log ? `: ${log}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { port, dir, stop };
}
