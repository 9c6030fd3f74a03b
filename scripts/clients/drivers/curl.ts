/**
 * curl, run once per task: as it comes, with -L (follow redirects), or with --retry. The
 * status comes from -w, the content from the files it wrote, failure from its exit code and
 * its own error line.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BODY_PREFIX, pool, readTasks, stableError, type Call, type Outcome, type Task } from '../tasks.ts';

export const CURL = '/usr/bin/curl';
export type CurlMode = 'plain' | 'follow' | 'retry';
/** The options that make each mode, shown on /clients/. */
export const CURL_OPTIONS: Record<CurlMode, string> = { plain: '', follow: '-L', retry: '--retry 2' };

export async function curlVersion(): Promise<string> {
  const out = await run(CURL, ['--version']);
  return /^curl (\S+)/.exec(out.stdout)?.[1] ?? 'unknown';
}

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(file: string, args: string[], timeoutMs = 30_000): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** The arguments that make curl send a method: the ways people use it, not -X for everything. */
function methodArgs(task: Task, bodyFile: string): string[] {
  switch (task.method) {
    case 'HEAD':
      return ['-I'];
    case 'POST':
      return ['--data-binary', `@${bodyFile}`];
    case 'PUT':
      return ['-T', bodyFile];
    case 'DELETE':
      return ['-X', 'DELETE'];
    default:
      return [];
  }
}

/** The options of one transfer: mode, credentials, method, time limit, what to write out. */
function transferArgs(task: Task, mode: CurlMode, bodyFile: string, output: string): string[] {
  // Per transfer: the status, curl's exit code and its message (curl 7.75 and later).
  const args = ['-s', '-S', '--max-time', String(task.timeoutMs / 1000), '-w', '%{http_code} %{exitcode} %{errormsg}\\n'];
  if (mode === 'follow') args.push('-L');
  if (mode === 'retry') args.push('--retry', '2');
  if (task.kind === 'credentials') args.push('-u', 'harness:secret');
  return [...args, ...methodArgs(task, bodyFile), '-o', output, task.url];
}

/**
 * A task that watches a connection (two requests on one, a 2 MiB upload) runs in a curl of its
 * own; the rest run several to a curl, one transfer after another (--next), as one curl with
 * many URLs does: a process per request would cost more than the requests.
 */
const alone = (task: Task): boolean => task.times > 1 || task.body > 1000 || task.path.startsWith('/t/body-not-allowed/');
const BATCHES = 4;

export async function runCurl(tasks: readonly Task[], mode: CurlMode): Promise<Outcome[]> {
  const dir = mkdtempSync(join(tmpdir(), 'clients-curl-'));
  const prepared = tasks.map((task) => {
    const name = task.path.replaceAll('/', '_');
    const bodyFile = join(dir, `${name}.in`);
    if (task.body) writeFileSync(bodyFile, 'x'.repeat(task.body));
    const outputs = Array.from({ length: task.times }, (_, i) => join(dir, `${name}.${i}.out`));
    return { task, args: outputs.flatMap((out, i) => [...(i > 0 ? ['--next'] : []), ...transferArgs(task, mode, bodyFile, out)]), outputs };
  });
  type Prepared = (typeof prepared)[number];
  const shared = prepared.filter((p) => !alone(p.task));
  const groups: Prepared[][] = [
    ...prepared.filter((p) => alone(p.task)).map((p) => [p]),
    ...Array.from({ length: BATCHES }, (_, b) => shared.filter((_, i) => i % BATCHES === b)).filter((g) => g.length > 0),
  ];
  try {
    const results = await pool(groups, 6, async (group) => {
      const args = group.flatMap((p, i) => [...(i > 0 ? ['--next'] : []), ...p.args]);
      const limit = group.reduce((sum, p) => sum + p.task.timeoutMs * p.task.times, 10_000);
      const ran = await run(CURL, args, limit);
      const lines = ran.stdout.trim().split('\n');
      let line = 0;
      return group.map((p): Outcome => {
        const calls: Call[] = p.outputs.map((out) => {
          const written = /^(\d+) (\d+) ?(.*)$/.exec(lines[line++] ?? '');
          const status = Number(written?.[1] ?? 0);
          // A transfer curl never reached (it was stopped) has no line: the run's exit code stands.
          const exit = written ? Number(written[2]) : ran.code;
          const message = written?.[3] ?? '';
          let body = '';
          try {
            body = readFileSync(out, 'latin1').slice(0, BODY_PREFIX);
          } catch {
            // No file: curl wrote nothing.
          }
          return {
            status: status > 0 ? status : null,
            error: exit !== 0 ? stableError(`exit ${exit}${message ? `: ${message}` : ''}`) : null,
            body,
          };
        });
        return { path: p.task.path, calls };
      });
    });
    return results.flat();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// As a program of its own (`node curl.ts plain|follow|retry`, tasks as JSON on stdin): the
// runner's process is large, and every fork of curl from it would stall its event loop.
if (import.meta.main) {
  const mode = (process.argv[2] ?? 'plain') as CurlMode;
  if (process.argv[3] === '--version') console.log(await curlVersion());
  else process.stdout.write(JSON.stringify(await runCurl(await readTasks(), mode)));
}
