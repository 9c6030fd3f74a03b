/** The guide and comparison schemas and checks, on the broken cases, the real files, and the fact helpers. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { load } from 'js-yaml';
import { comparisonSchema } from '../../src/lib/compare/schema.ts';
import { comparisonProblems, type ComparisonFile } from '../../src/lib/compare/validate.ts';
import { stepSchema } from '../../src/lib/guide/schema.ts';
import { guideTree, START, type StepFile } from '../../src/lib/guide/tree.ts';
import { guideProblems, MAX_CLICKS } from '../../src/lib/guide/validate.ts';
import { faultOf, splitColumns } from '../../src/lib/codes/facts.ts';
import { baseGuide, BROKEN_GUIDE_CASES, type GuideFiles } from '../support/broken-guide.ts';
import { entries } from '../support/content.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

const statuses = new Map(entries.map((e) => [e.code, e.status]));

/** Every problem the schemas or the cross-file checks report for a set of files, one line each. */
function problems(files: GuideFiles): string[] {
  const found: string[] = [];
  const steps: StepFile[] = [];
  const comparisons: ComparisonFile[] = [];
  for (const [file, data] of Object.entries(files.guide)) {
    const result = stepSchema.safeParse(data);
    if (result.success) steps.push({ filePath: `content/guide/${file}`, id: file.replace('.yaml', ''), data: result.data });
    else for (const issue of result.error.issues) found.push(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  for (const [file, data] of Object.entries(files.compare)) {
    const result = comparisonSchema.safeParse(data);
    if (result.success) comparisons.push({ filePath: `content/compare/${file}`, id: file.replace('.yaml', ''), data: result.data });
    else for (const issue of result.error.issues) found.push(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const slugs = new Set(Object.keys(files.compare).map((f) => f.replace('.yaml', '')));
  return [...found, ...guideProblems(steps, slugs, statuses), ...comparisonProblems(comparisons, statuses)];
}

function realFiles(): GuideFiles {
  const read = (dir: string): Record<string, Record<string, unknown>> =>
    Object.fromEntries(readdirSync(dir).map((f) => [f, load(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>]));
  const content = repoPath('content');
  return { guide: read(join(content, 'guide')), compare: read(join(content, 'compare')) };
}

test('the base of the broken guide cases is valid', () => {
  assert.deepEqual(problems(baseGuide()), []);
});

for (const c of BROKEN_GUIDE_CASES) {
  test(`a broken guide is reported when ${c.name}`, () => {
    const found = problems(c.files()).join('\n');
    assert.notEqual(found, '', 'expected at least one problem');
    for (const text of c.expect) assert.ok(found.includes(text), `expected "${text}" in:\n${found}`);
  });
}

test('the real guide and comparisons pass every check', () => {
  assert.deepEqual(problems(realFiles()), []);
});

test('the real guide: every step is reached, ends cover the codes every guide must reach, none deeper than allowed', () => {
  const files = realFiles();
  const steps = Object.entries(files.guide).map(([f, data]) => ({ filePath: f, id: f.replace('.yaml', ''), data: stepSchema.parse(data) }));
  const tree = guideTree(steps);
  for (const s of steps) assert.ok(tree.has(s.id), `${s.id} is reached`);
  const ends = [...tree.values()].filter((n) => n.kind === 'end');
  const recommended = new Set(ends.flatMap((n) => (n.kind === 'end' ? n.end.codes : [])));
  const required = [
    100, 101, 103, 200, 201, 202, 204, 206, 207, 301, 302, 303, 304, 307, 308, 400, 401, 402, 403, 404, 405, 406, 408, 409, 410, 411, 412,
    413, 415, 416, 417, 421, 422, 423, 425, 426, 428, 429, 451, 500, 501, 502, 503, 504, 505, 507, 511,
  ];
  assert.deepEqual(
    required.filter((c) => !recommended.has(c)),
    [],
  );
  for (const code of recommended) assert.notEqual(statuses.get(code), 'unofficial', `${code} is recommended`);
  assert.ok(Math.max(...ends.map((n) => n.depth)) <= MAX_CLICKS);
  assert.equal(tree.get(START)?.depth, 0);
});

test('faultOf takes the entry’s own fault, otherwise the class’s', () => {
  assert.equal(faultOf(200, {}), 'none');
  assert.equal(faultOf(301, {}), 'none');
  assert.equal(faultOf(404, {}), 'client');
  assert.equal(faultOf(500, {}), 'server');
  assert.equal(faultOf(502, { fault: 'upstream' }), 'upstream');
  assert.equal(faultOf(511, { fault: 'network' }), 'network');
});

test('the gateway codes report the server behind them; the redirects say whether they last and what happens to the method', () => {
  const facts = new Map(entries.map((e) => [e.code, e.facts]));
  for (const code of [502, 504, 520, 521, 522, 523, 524]) assert.equal(facts.get(code)?.fault, 'upstream', String(code));
  for (const code of [301, 302, 303, 307, 308]) {
    assert.ok(facts.get(code)?.permanence, `${code} permanence`);
    assert.ok(facts.get(code)?.method, `${code} method`);
  }
  assert.equal(facts.get(410)?.permanence, 'permanent');
  assert.equal(facts.get(404)?.permanence, undefined);
});

test('splitColumns puts facts that differ in the table and facts all share below it', () => {
  const base = { cacheableByDefault: false, mayHaveContent: true, retry: 'not-needed' as const, redirects: true };
  const { varying, shared } = splitColumns([
    { code: 301, facts: { ...base, cacheableByDefault: true, permanence: 'permanent', method: 'may-change' } },
    { code: 307, facts: { ...base, permanence: 'temporary', method: 'kept' } },
  ]);
  assert.deepEqual(
    varying.map((c) => c.key),
    ['permanence', 'method', 'cacheable'],
  );
  assert.deepEqual(
    shared.map((c) => c.key),
    ['content', 'retry', 'location', 'fault'],
  );
  const errors = splitColumns([
    { code: 404, facts: { ...base, redirects: false } },
    { code: 410, facts: { ...base, redirects: false, permanence: 'permanent' } },
  ]);
  assert.deepEqual(
    errors.varying.map((c) => c.key),
    ['permanence'],
    'a fact one member lacks still differs',
  );
  assert.ok(!errors.shared.some((c) => c.key === 'method'), 'a fact no member has is left out');
});

test('every guide page and comparison has a title of its own', () => {
  const files = realFiles();
  const steps = Object.values(files.guide).map((d) => stepSchema.parse(d));
  const questions = [...steps.map((s) => s.question), ...steps.flatMap((s) => s.answers.flatMap((a) => (a.end ? [a.end.question] : [])))];
  assert.equal(new Set(questions).size, questions.length, 'questions are unique');
  const titles = Object.values(files.compare).map((d) => comparisonSchema.parse(d).title);
  assert.equal(new Set(titles).size, titles.length, 'comparison titles are unique');
});
