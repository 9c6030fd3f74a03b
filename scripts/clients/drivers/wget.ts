/**
 * GNU Wget, run once per task. It follows redirects and, by default, saves no content for an
 * error status; both are measured as they come. Outside the retry scenario it runs with
 * --tries=1, so its other rows describe one response rather than up to twenty.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BODY_PREFIX, pool, readTasks, stableError, type Outcome, type Task } from '../tasks.ts';
import { run } from './curl.ts';

export const WGET = '/usr/bin/wget';

export async function wgetVersion(): Promise<string> {
  const out = await run(WGET, ['--version']);
  return /GNU Wget (\S+)/.exec(out.stdout)?.[1] ?? 'unknown';
}

function methodArgs(task: Task, bodyFile: string): string[] {
  switch (task.method) {
    case 'POST':
      return [`--post-file=${bodyFile}`];
    case 'PUT':
      return ['--method=PUT', `--body-file=${bodyFile}`];
    case 'GET':
      return [];
    default:
      return [`--method=${task.method}`];
  }
}

/** wget's exit codes (its manual, "Exit Status"), for the error column. */
const EXIT_MEANINGS: Record<number, string> = {
  1: 'generic error',
  3: 'file I/O error',
  4: 'network failure',
  5: 'SSL verification failure',
  6: 'authentication failure',
  7: 'protocol error',
  8: 'server issued an error response',
};

export async function runWget(tasks: readonly Task[]): Promise<Outcome[]> {
  const root = mkdtempSync(join(tmpdir(), 'clients-wget-'));
  try {
    return await pool(tasks, 6, async (task) => {
      const name = task.path.replaceAll('/', '_');
      const dir = join(root, name);
      const bodyFile = join(root, `${name}.in`);
      if (task.body) writeFileSync(bodyFile, 'x'.repeat(task.body));
      const args = ['-q', '-S', '-P', dir, `--timeout=${task.timeoutMs / 1000}`];
      if (!task.defaultRetries) args.push('--tries=1');
      if (task.kind === 'credentials') args.push('--user=harness', '--password=secret');
      args.push(...methodArgs(task, bodyFile));
      for (let i = 0; i < task.times; i++) args.push(task.url);
      const ran = await run(WGET, args, 60_000);
      const statuses = [...ran.stderr.matchAll(/^\s+HTTP\/[\d.]+ (\d{3})/gm)].map((m) => Number(m[1]));
      let files: string[] = [];
      try {
        files = readdirSync(dir).sort();
      } catch {
        // Nothing saved.
      }
      const error = ran.code === 0 ? null : stableError(`exit ${ran.code}${EXIT_MEANINGS[ran.code] ? `: ${EXIT_MEANINGS[ran.code]}` : ''}`);
      // With two requests, the first status line and file belong to the first, the last to the
      // second. wget has one exit code for the run: it goes to the call whose status explains it
      // (not 2xx), or to the last call when neither does (a network failure, say).
      const perCall = Array.from({ length: task.times }, (_, i) => (i === task.times - 1 ? statuses.at(-1) : statuses[0]) ?? null);
      const blamed = perCall.findIndex((s) => s !== null && (s < 200 || s > 299));
      const calls = perCall.map((status, i) => {
        const file = files[i];
        return {
          status,
          error: i === (blamed >= 0 ? blamed : task.times - 1) ? error : null,
          body: file ? readFileSync(join(dir, file), 'latin1').slice(0, BODY_PREFIX) : '',
        };
      });
      return { path: task.path, calls };
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// As a program of its own (tasks as JSON on stdin), for the reason given in curl.ts.
if (import.meta.main) {
  if (process.argv[2] === '--version') console.log(await wgetVersion());
  else process.stdout.write(JSON.stringify(await runWget(await readTasks())));
}
