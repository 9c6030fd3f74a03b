/** The redirects' whiteboard grid (src/lib/compare/redirect-grid.ts), from the real entries' facts and from changed facts. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redirectGrid, type GridMember } from '../../src/lib/compare/redirect-grid.ts';
import { entry } from '../support/content.ts';

const member = (code: number): GridMember => ({ code, facts: entry(code).facts });
const redirects = [301, 302, 303, 307, 308].map(member);
const codes = (cell: GridMember[] | undefined): number[] => (cell ?? []).map((m) => m.code);

test('the five redirects: permanent or temporary × method, each code in its cell, 303 beside', () => {
  const grid = redirectGrid(redirects);
  assert.ok(grid);
  assert.deepEqual(
    grid.rows.map((r) => r.value),
    ['permanent', 'temporary'],
  );
  assert.deepEqual(
    grid.columns.map((c) => c.value),
    ['may-change', 'kept'],
  );
  assert.deepEqual(
    grid.cells.map((row) => row.map(codes)),
    [
      [[301], [308]],
      [[302], [307]],
    ],
  );
  assert.deepEqual(
    grid.beside.map((b) => b.member.code),
    [303],
  );
  assert.ok(grid.beside[0]!.facts.length > 0, '303 is described by its facts');
});

test('a code whose permanence is its own (303 as "not a move") still goes beside the grid', () => {
  const changed = redirects.map((m) => (m.code === 303 ? { ...m, facts: { ...m.facts, permanence: 'not-a-move' as const } } : m));
  const grid = redirectGrid(changed);
  assert.deepEqual(
    grid?.beside.map((b) => b.member.code),
    [303],
  );
  const without = redirects.map((m) => (m.code === 303 ? { ...m, facts: {} } : m));
  assert.deepEqual(
    redirectGrid(without)?.beside.map((b) => b.member.code),
    [303],
  );
});

test('no grid when the facts leave a cell empty or split only one way', () => {
  assert.equal(redirectGrid([301, 302, 307].map(member)), undefined);
  assert.equal(redirectGrid([301, 308].map(member)), undefined);
  assert.equal(redirectGrid([404, 410].map(member)), undefined);
});
