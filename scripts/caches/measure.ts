/**
 * From the two responses a client got and the requests the origin saw to the value of a cell,
 * and from the cells of several runs to the one the data file records. Pure.
 */
import type { Cell, Result } from '../../src/lib/caches/schema.ts';
import type { Arrival } from './origin.ts';

/** What the client got for one request: the status (null: none), the Age header, the cache's own word. */
export interface Reply {
  status: number | null;
  age?: number;
  says?: string;
}

export function cellOf(code: number, replies: readonly [Reply, Reply], arrivals: readonly Arrival[]): Cell {
  const [first, second] = replies;
  const again = arrivals[1];
  const from = arrivals.length <= 1 ? 'cache' : again?.conditional && !arrivals[0]?.conditional ? 'revalidated' : 'origin';
  return {
    from,
    ...((first.status !== code || second.status !== code) && { got: [first.status, second.status] as [number | null, number | null] }),
    ...(second.age !== undefined && { age: second.age }),
    ...(second.says && { says: second.says }),
  };
}

/**
 * An Age header counts whole seconds since the cache stored the response: two runs agree on
 * whether one was sent, not on whether a second had ticked over. Ages this close are the same.
 */
export const AGE_TOLERANCE = 2;

export function sameCell(a: Cell, b: Cell): boolean {
  if (a.from !== b.from || a.says !== b.says || String(a.got) !== String(b.got)) return false;
  if (a.age === undefined || b.age === undefined) return a.age === b.age;
  return Math.abs(a.age - b.age) <= AGE_TOLERANCE;
}

/** The runs of one cell: the cell when they agree, every distinct value seen when they do not. */
export function merge(runs: readonly Cell[]): Result {
  const distinct: Cell[] = [];
  for (const c of runs) if (!distinct.some((d) => sameCell(d, c))) distinct.push(c);
  const [only] = distinct;
  if (!only) return { notMeasured: 'no run measured it' };
  return distinct.length === 1 ? only : { varies: distinct };
}
