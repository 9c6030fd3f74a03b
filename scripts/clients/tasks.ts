/**
 * What the runner asks a driver to do, and what a driver answers: one shape for every client,
 * passed as JSON to the drivers that run in their own language (Python, Go, Node's fetch).
 */

export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'] as const;
export type Method = (typeof METHODS)[number];

export interface Task {
  /** The test path (/t/<scenario>/<code>/<client>/<method>): the measurement's unique name. */
  path: string;
  url: string;
  method: Method;
  /** Bytes of content to send, all "x", for POST and PUT; 0 for none. */
  body: number;
  /** Requests to the URL in one session, one after the other: 2 to see a cache or a reused connection. */
  times: number;
  /** An HTTP request; a WebSocket opened on the URL; a request with credentials to give when challenged. */
  kind: 'http' | 'websocket' | 'credentials';
  /** Give up on a request after this long. */
  timeoutMs: number;
  /** For the drivers with options: leave the client's own retrying as it comes (wget's tries). */
  defaultRetries?: boolean;
  /**
   * A task whose result is a time (how long the client waits for a 100): run after the others,
   * one client at a time, so the server stamps the request as it arrives. In the crowd, its
   * thread was held up for up to 0.7 s at a time on a 2-CPU machine, and a request read that
   * late, with its content already behind it, looked as if the client had not waited.
   */
  quiet?: boolean;
}

/** What the caller of one request got. */
export interface Call {
  /** The final status the caller sees; null when it gets none. */
  status: number | null;
  /** How the call failed, in the client's own terms ("raises HTTPError", "exit 52"), or null. */
  error: string | null;
  /** The first bytes of the content the caller can read. */
  body: string;
}

export interface Outcome {
  path: string;
  calls: Call[];
  /** For a WebSocket: whether it opened. */
  opened?: boolean;
}

/** Drivers report the first bytes of a body only: enough to find a marker. */
export const BODY_PREFIX = 2000;

/** Runs tasks a few at a time, keeping the order of the answers. */
export async function pool<T, R>(items: readonly T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

/** Error text without what changes from run to run: ports, the test server's URLs, temp files. */
export function stableError(text: string): string {
  return text
    .replace(/https?:\/\/127\.0\.0\.1:\d+\S*/g, 'URL')
    .replace(/127\.0\.0\.1:\d+/g, 'HOST')
    .replace(/\/tmp\/\S+/g, 'FILE')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A driver run as a program reads its tasks from stdin. */
export async function readTasks(): Promise<Task[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Task[];
}
