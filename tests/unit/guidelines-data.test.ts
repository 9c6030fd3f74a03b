/**
 * The API guidelines data (content/guidelines/guidelines.yaml, shape in src/lib/guidelines/schema.ts):
 * it parses, covers the six guides, names only codes that have an entry (or are allowed below), its
 * disagreements cite rules the guides really have, and guidelinesFor returns a code's lines.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { load } from 'js-yaml';
import { GUIDELINE_IDS, guidelinesFileSchema } from '../../src/lib/guidelines/schema.ts';
import { guidelinesFor } from '../../src/lib/guidelines/per-code.ts';
import { entries } from '../support/content.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

const raw = load(readFileSync(repoPath('content', 'guidelines', 'guidelines.yaml'), 'utf8'));
const data = guidelinesFileSchema.parse(raw);
const codes = new Set(entries.map((e) => e.code));

/** Codes a guide names that have no entry in content/codes, and why. */
const WITHOUT_ENTRY: Record<number, string> = {
  294: "GraphQL over HTTP's own partial-success code, defined by the draft and registered nowhere",
};

test('the six guides are there once each, each with its version, date read and rules', () => {
  assert.deepEqual(data.guidelines.map((g) => g.id).sort(), [...GUIDELINE_IDS].sort());
  for (const g of data.guidelines) assert.ok(g.rules.length >= 5 || g.id === 'rfc9205', `${g.id} has ${g.rules.length} rules`);
});

test('every code a rule or a position names has an entry in content/codes, or is allowed with a reason', () => {
  const named = [
    ...data.guidelines.flatMap((g) => g.rules.flatMap((r) => r.codes.map((c) => `${g.id} ${r.rule}: ${c}`))),
    ...data.disagreements.flatMap((d) => d.positions.flatMap((p) => p.codes.map((c) => `${d.id} ${p.guideline}: ${c}`))),
  ];
  const missing = named.filter((n) => {
    const code = Number(n.split(': ').pop());
    return !codes.has(code) && !(code in WITHOUT_ENTRY);
  });
  assert.deepEqual(missing, []);
  for (const code of Object.keys(WITHOUT_ENTRY).map(Number))
    assert.ok(!codes.has(code), `${code} has an entry now: drop it from WITHOUT_ENTRY`);
});

test("each position cites a rule of that guide, or an earlier version's section it names", () => {
  const rules = new Map(data.guidelines.map((g) => [g.id, new Set(g.rules.map((r) => r.rule))]));
  const unknown = data.disagreements.flatMap((d) =>
    d.positions
      .filter((p) => !rules.get(p.guideline)?.has(p.rule) && !/removed \d{4}-\d{2}-\d{2}/.test(p.rule))
      .map((p) => `${d.id}: ${p.guideline} ${p.rule}`),
  );
  assert.deepEqual(unknown, []);
});

test('the disagreements the issue asks for are spelled out, each between at least two guides', () => {
  const ids = data.disagreements.map((d) => d.id);
  for (const id of [
    'validation-400-or-422',
    'hide-existence-403-or-404',
    'create-and-async',
    'conflict-409-or-412',
    'graphql-errors-200-or-4xx',
  ]) {
    assert.ok(ids.includes(id), `missing ${id}`);
  }
  assert.equal(new Set(ids).size, ids.length, 'disagreement ids are anchors and must be unique');
  for (const d of data.disagreements.filter((x) => x.id !== 'graphql-errors-200-or-4xx')) {
    assert.ok(new Set(d.positions.map((p) => p.guideline)).size >= 2, `${d.id} has one guide only`);
  }
});

test('the validation disagreement is real: one guide says 400 only, another 422', () => {
  const d = data.disagreements.find((x) => x.id === 'validation-400-or-422');
  const only400 = d?.positions.filter((p) => p.codes.length === 1 && p.codes[0] === 400).map((p) => p.guideline) ?? [];
  assert.ok(only400.includes('azure') && only400.includes('zalando'));
  assert.ok(d?.positions.some((p) => p.guideline === 'graphql' && p.codes.includes(422)));
});

test('rule urls point into the guide they belong to', () => {
  const hosts: Record<string, string[]> = {
    azure: ['github.com'],
    google: ['google.aip.dev'],
    zalando: ['opensource.zalando.com'],
    jsonapi: ['jsonapi.org'],
    graphql: ['graphql.github.io'],
    rfc9205: ['www.rfc-editor.org'],
  };
  for (const g of data.guidelines)
    for (const r of g.rules) assert.ok(hosts[g.id]?.includes(new URL(r.url).host), `${g.id} ${r.rule}: ${r.url}`);
});

test("guidelinesFor: 422 has Zalando's \"do not use\" and GraphQL's validation rule; 418 only GraphQL's joke and Zalando's refusal", () => {
  const for422 = guidelinesFor(422, data);
  assert.ok(for422.some((l) => l.guideline === 'zalando' && l.rule === '#150 (422)'));
  assert.ok(for422.some((l) => l.guideline === 'graphql' && l.says.includes('422')));
  assert.deepEqual([...new Set(guidelinesFor(418, data).map((l) => l.guideline))].sort(), ['graphql', 'zalando']);
  assert.deepEqual(guidelinesFor(599, data), []);
  for (const line of for422) assert.ok(line.url.startsWith('https://') && line.read === '2026-12-07' && line.version.length > 0);
});

test('a bad file fails with the field named', () => {
  const broken = structuredClone(raw) as { guidelines: { rules: { says: string }[] }[] };
  broken.guidelines[0]!.rules[0]!.says = 'short';
  const result = guidelinesFileSchema.safeParse(broken);
  assert.equal(result.success, false);
  assert.deepEqual(result.error?.issues[0]?.path, ['guidelines', 0, 'rules', 0, 'says']);
});
