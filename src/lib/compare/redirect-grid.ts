/**
 * The picture people draw of the redirects: permanent or temporary down the side, what happens to
 * the method across the top, a code in each cell, and the odd one out beside the grid. Built from
 * the entries' `facts` (permanence, method), never typed: a family gets the grid when two values
 * of each fact, each shared by two or more of its codes, fill all four cells.
 */
import { METHOD_LABELS, PERMANENCE_LABELS } from '../codes/facts.ts';
import type { Facts } from '../codes/schema.ts';

type Permanence = NonNullable<Facts['permanence']>;
type Method = NonNullable<Facts['method']>;

export interface GridMember {
  code: number;
  facts: Pick<Facts, 'permanence' | 'method'>;
}

export interface RedirectGrid<M extends GridMember> {
  rows: { value: Permanence; label: string }[];
  columns: { value: Method; label: string }[];
  /** cells[row][column]: the codes with that row's permanence and that column's method. */
  cells: M[][][];
  /**
   * The codes whose permanence or method no other code shares (303 alone always becomes GET),
   * or that lack one of the two facts, each with its facts in words.
   */
  beside: { member: M; facts: string[] }[];
}

/** The values of a fact that two or more members hold, in the order of its labels (facts.ts). */
function sharedValues<V extends string>(values: readonly (V | undefined)[], order: readonly V[]): V[] {
  return order.filter((v) => values.filter((x) => x === v).length >= 2);
}

/** The grid for a family of codes, or undefined when their facts do not make a full 2×2 (or larger) grid. */
export function redirectGrid<M extends GridMember>(members: readonly M[]): RedirectGrid<M> | undefined {
  const permanences = sharedValues(
    members.map((m) => m.facts.permanence),
    Object.keys(PERMANENCE_LABELS) as Permanence[],
  );
  const methods = sharedValues(
    members.map((m) => m.facts.method),
    Object.keys(METHOD_LABELS) as Method[],
  );
  if (permanences.length < 2 || methods.length < 2) return undefined;
  const cells = permanences.map((p) => methods.map((m) => members.filter((x) => x.facts.permanence === p && x.facts.method === m)));
  if (cells.some((row) => row.some((cell) => cell.length === 0))) return undefined;
  const placed = new Set(cells.flat(2));
  return {
    rows: permanences.map((value) => ({ value, label: PERMANENCE_LABELS[value] })),
    columns: methods.map((value) => ({ value, label: METHOD_LABELS[value] })),
    cells,
    beside: members
      .filter((m) => !placed.has(m))
      .map((member) => ({
        member,
        facts: [
          member.facts.permanence && PERMANENCE_LABELS[member.facts.permanence],
          member.facts.method && METHOD_LABELS[member.facts.method],
        ].filter((f): f is string => Boolean(f)),
      })),
  };
}
