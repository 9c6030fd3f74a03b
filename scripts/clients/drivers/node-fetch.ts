/**
 * Node's built-in fetch (undici) and WebSocket, run in a child process of the same Node as the
 * runner: tasks as JSON on stdin, outcomes as JSON on stdout. fetch takes no credentials of its
 * own (a URL with a user name is refused), so the credentials tasks are not given to it.
 */
import { BODY_PREFIX, pool, readTasks, stableError, type Call, type Outcome, type Task } from '../tasks.ts';

function describe(error: unknown): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  const cause = e.cause ? ` (${e.cause.code ?? e.cause.message ?? ''})` : '';
  return stableError(`throws ${e.name ?? 'Error'}: ${e.message ?? ''}${cause}`);
}

async function request(task: Task): Promise<Call> {
  try {
    const response = await fetch(task.url, {
      method: task.method,
      ...(task.body > 0 && { body: 'x'.repeat(task.body) }),
      signal: AbortSignal.timeout(task.timeoutMs),
    });
    const body = (await response.text()).slice(0, BODY_PREFIX);
    return { status: response.status, error: null, body };
  } catch (error) {
    return { status: null, error: describe(error), body: '' };
  }
}

function openWebSocket(task: Task): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new WebSocket(task.url);
    const done = (opened: boolean): void => {
      clearTimeout(timer);
      socket.close();
      resolve(opened);
    };
    const timer = setTimeout(() => done(false), task.timeoutMs);
    socket.addEventListener('open', () => done(true));
    socket.addEventListener('error', () => done(false));
  });
}

async function runTask(task: Task): Promise<Outcome> {
  if (task.kind === 'websocket') return { path: task.path, calls: [], opened: await openWebSocket(task) };
  const calls: Call[] = [];
  for (let i = 0; i < task.times; i++) calls.push(await request(task));
  return { path: task.path, calls };
}

if (process.argv[2] === '--version') {
  console.log(`${process.versions.node} (undici ${process.versions.undici})`);
} else {
  process.stdout.write(JSON.stringify(await pool(await readTasks(), 16, runTask)));
}
