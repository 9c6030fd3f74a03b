/** The entries' statements about clients, checked against the measurements (src/lib/clients/claims.ts). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { claimProblems, claimSource, clauses, SENTENCE_CLAIMS, type ClaimSource } from '../../src/lib/clients/claims.ts';
import { MEASUREMENTS_FILE, measurementsSchema } from '../../src/lib/clients/schema.ts';
import { bodyOf, entries } from '../support/content.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

const measurements = measurementsSchema.parse(JSON.parse(readFileSync(repoPath('content', 'clients', MEASUREMENTS_FILE), 'utf8')));
const sources = entries.map((e) => claimSource(`content/codes/${e.code}.mdx`, e, bodyOf(e.code)));
const source = (code: number): ClaimSource => sources.find((s) => s.code === code) as ClaimSource;
const withProse = (code: number, prose: string): ClaimSource => ({ ...source(code), prose });

test('no entry says anything about clients that the measurements contradict', () => {
  assert.deepEqual(claimProblems(sources, measurements), []);
});

test('every kind of sentence matches its own example, and most are found in the content', () => {
  for (const claim of SENTENCE_CLAIMS) assert.ok(claim.pattern.test(claim.example), `${claim.pattern} misses “${claim.example}”`);
  const all = sources.flatMap((s) => clauses(s.prose));
  const found = SENTENCE_CLAIMS.filter((claim) => all.some((c) => claim.pattern.test(c)));
  assert.ok(found.length >= SENTENCE_CLAIMS.length - 2, `only ${found.length} of ${SENTENCE_CLAIMS.length} kinds of sentence occur`);
});

test('a sentence the measurements contradict fails, naming the file, the sentence and the client', () => {
  const [problem, ...rest] = claimProblems([withProse(308, 'Browsers do not follow a 308.')], measurements);
  assert.equal(rest.length, 0);
  assert.match(problem ?? '', /^content\/codes\/308\.mdx: “Browsers do not follow a 308\.”: Chromium page load followed it/);
  assert.match(
    claimProblems([withProse(300, 'Nothing follows it: nobody follows it automatically.')], measurements)[0] ?? '',
    /curl -L followed it; Wget followed it/,
  );
  assert.match(claimProblems([withProse(503, 'Browsers show the body. `curl --retry` counts 503.')], measurements)[0] ?? '', /^$|x/);
  assert.match(
    claimProblems([withProse(404, 'Tools such as `curl --retry` count 404 among them.')], measurements)[0] ?? '',
    /curl --retry 2 did not repeat it/,
  );
});

test('advice, and clauses about another code, are not claims', () => {
  assert.deepEqual(claimProblems([withProse(308, 'Browsers should not follow a 308 blindly.')], measurements), []);
  assert.deepEqual(claimProblems([withProse(300, '302 names one URL and browsers follow it; 300 offers a list.')], measurements), []);
});

test('facts that describe clients are checked too', () => {
  const s = source(301);
  assert.match(
    claimProblems([{ ...s, facts: { ...s.facts, redirects: false } }], measurements)[0] ?? '',
    /facts\.redirects is false, but Chromium followed/,
  );
  assert.match(
    claimProblems([{ ...s, facts: { ...s.facts, method: 'kept' } }], measurements)[0] ?? '',
    /facts\.method is "kept", but .*changed a POST/,
  );
  const c = source(300);
  assert.match(
    claimProblems([{ ...c, facts: { ...c.facts, cacheableByDefault: false } }], measurements)[0] ?? '',
    /served it from its cache/,
  );
});
