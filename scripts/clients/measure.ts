/**
 * From what a driver reported and what the server saw to the value of a cell. What the server
 * saw decides wherever it can (did a request reach the Location, how many times did the same
 * request arrive, with which headers); the driver's report gives what only the caller knows
 * (the status it was handed, whether the call failed, the content it could read). Pure.
 */
import type { BehaviourId, Cell } from '../../src/lib/clients/schema.ts';
import type { PlannedCell } from './plan.ts';
import { bodyMarker, FORBIDDEN_BODY, hintPath, SECOND_MARKER, TARGET_MARKER, targetOf, type SeenRequest } from './server.ts';
import type { Call, Outcome } from './tasks.ts';

/** Seconds between two server timestamps, to a tenth: timing is reported, never exact. */
const seconds = (from: number, to: number): number => Math.round((to - from) / 100) / 10;

export type Requests = (prefix: string) => SeenRequest[];

/** The requests for exactly this path (the loop's hops have paths of their own). */
const exactly = (requests: Requests, path: string): SeenRequest[] => requests(path).filter((r) => r.path === path);

export function cellValue(cell: PlannedCell, outcomes: ReadonlyMap<string, Outcome>, requests: Requests): Cell<BehaviourId> {
  if (cell.notMeasured) return { notMeasured: cell.notMeasured };
  const task = cell.tasks[0];
  const outcome = task && outcomes.get(task.path);
  if (!task || !outcome) return { notMeasured: 'the driver returned no result' };
  const first: Call | undefined = outcome.calls[0];
  const seen = exactly(requests, task.path);
  const [kind] = cell.behaviour.split('.');

  switch (kind) {
    case 'response':
    case 'noLocation': {
      if (!first) return { notMeasured: 'no call was made' };
      // A 1xx is followed by a 200 whose content is the target's; any other code has its own.
      const marker = cell.code < 200 ? TARGET_MARKER : bodyMarker(cell.code);
      return { status: first.status, error: first.error, body: first.body.includes(marker) };
    }
    case 'follow': {
      const next = requests(targetOf(task.path))[0];
      return next ? { follows: true, method: next.method, body: next.bodyLength > 0 } : { follows: false };
    }
    case 'retry': {
      if (seen.length === 0) return { notMeasured: `no request reached the server (${first?.error ?? 'no error reported'})` };
      const [a, b] = seen;
      return a && b ? { repeats: true, afterSeconds: seconds(a.at, b.at) } : { repeats: false };
    }
    case 'cache':
      // Two requests were made; one at the server means the other was answered from a cache.
      if (seen.length === 0) return { notMeasured: `no request reached the server (${first?.error ?? 'no error reported'})` };
      return { cached: seen.length === 1 };
    case 'bodyNotAllowed': {
      const second = outcome.calls[1];
      if (!first || !second) return { notMeasured: 'the second request was not made' };
      const next =
        second.error ??
        (second.status !== 200
          ? `the next response read as ${second.status ?? 'no status'}`
          : second.body.includes(SECOND_MARKER)
            ? null
            : 'other content');
      return { body: first.body.includes(FORBIDDEN_BODY), next };
    }
    case 'websocket':
      return { opens: outcome.opened === true };
    case 'auth': {
      const sentAt = seen.findIndex((r) => r.headers['authorization'] !== undefined);
      return { sends: sentAt === 0 ? 'first' : sentAt > 0 ? 'after-challenge' : 'never', status: first?.status ?? null };
    }
    case 'expect': {
      const request = seen[0];
      if (!request) return { notMeasured: `no request reached the server (${first?.error ?? 'no error reported'})` };
      const sends = request.headers['expect']?.toLowerCase() === '100-continue';
      if (cell.code === 417) {
        if (!sends) return { sends };
        const resent = (list: readonly SeenRequest[]): boolean => list.slice(1).some((r) => r.headers['expect'] === undefined);
        const open = cell.tasks[1] && exactly(requests, cell.tasks[1].path);
        return { sends, resendsWithout: resent(seen), ...(open && open.length > 0 && { resendsWithoutKeptOpen: resent(open) }) };
      }
      // The second task left the expectation unanswered: the delay before the content arrived.
      const silent = cell.tasks[1] && exactly(requests, cell.tasks[1].path)[0];
      return sends && silent?.bodyAt !== undefined ? { sends, waitsSeconds: seconds(silent.at, silent.bodyAt) } : { sends };
    }
    case 'hints': {
      const variant = cell.behaviour === 'hints.http2' ? 'http2' : 'http1';
      if (!first || first.status !== 200) return { notMeasured: `the page did not load (${first?.error ?? first?.status ?? 'no result'})` };
      return { preloads: requests(hintPath(cell.client, variant)).length > 0 };
    }
    case 'loop':
      return { hops: Math.max(0, requests(task.path).length - 1), error: first?.error ?? null };
    default:
      return { notMeasured: `no rule for ${cell.behaviour}` };
  }
}
