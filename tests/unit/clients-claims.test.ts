/** The entries' statements about clients, checked against the measurements (src/lib/clients/claims.ts). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { claimProblems, claimSource, clauses, curlWaitProblems, SENTENCE_CLAIMS, type ClaimSource } from '../../src/lib/clients/claims.ts';
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
  // The kinds made to catch a sentence since corrected need not occur.
  const current = SENTENCE_CLAIMS.filter((claim) => !claim.corrected);
  const found = current.filter((claim) => all.some((c) => claim.pattern.test(c)));
  assert.ok(found.length >= current.length - 2, `only ${found.length} of ${current.length} kinds of sentence occur`);
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

test('sentences the measurements contradict would each fail', () => {
  const fails = (code: number, sentence: string, why: RegExp): void => {
    const [problem, ...rest] = claimProblems([withProse(code, sentence)], measurements);
    assert.equal(rest.length, 0, rest.join('\n'));
    assert.match(problem ?? '', why, `${code}: ${sentence}`);
  };
  fails(304, 'Nothing is followed or retried.', /curl -L followed it/);
  fails(
    303,
    '`curl -L` switches a POST to GET too; mainstream HTTP libraries switch to GET.',
    /Python urllib\.request did not follow for a PUT/,
  );
  fails(
    307,
    "Python's `urllib.request` is the exception: it follows a 307 for GET and HEAD only.",
    /Python urllib\.request sent GET for a HEAD/,
  );
  fails(308, "Python's `urllib.request` follows it for GET and HEAD only.", /Python urllib\.request sent GET for a HEAD/);
  fails(429, 'RFC 6585 forbids caches from storing a 429.', /Chromium served it from its cache when it carried max-age/);
  // A claim of the same method is checked for every method measured, HEAD included.
  fails(
    307,
    "Browsers and Python's `urllib.request` follow a 307 with the same method and body.",
    /urllib\.request did not follow a POST.*sent GET for a HEAD/,
  );
  // The corrected sentences hold.
  for (const [code, sentence] of [
    [304, 'Nothing retries it, but `curl -L` follows a `Location` even on a 304.'],
    [307, "Python's `urllib.request` raises `HTTPError` for a POST, PUT or DELETE, and follows a HEAD as a GET."],
    [429, 'RFC 6585 forbids caches from storing a 429, yet Chromium reused one sent with `max-age`.'],
  ] as const)
    assert.deepEqual(claimProblems([withProse(code, sentence)], measurements), [], sentence);
});

test('curl’s wait for a 100 is checked against its documented 1 s, so a harness that reads 0.3 s is caught', () => {
  assert.deepEqual(curlWaitProblems(measurements), []);
  const late = structuredClone(measurements);
  const cells = late.codes['100']?.expect as Record<string, unknown>;
  cells['curl'] = { sends: true, waitsSeconds: 0.3 };
  assert.deepEqual(curlWaitProblems(late), ['curl waited 0.3 s for a 100, not the 1 s of its expect_100_timeout']);
  assert.match(
    claimProblems([withProse(100, 'curl adds the header to larger uploads and waits up to one second for the 100.')], late)[0] ?? '',
    /curl waited 0\.3 s/,
  );
});

test('what curl does after a 417 is checked for both ways a server can send it', () => {
  const sentence = 'curl does, but only if the 417 leaves the connection open.';
  assert.deepEqual(claimProblems([withProse(417, sentence)], measurements), []);
  const other = structuredClone(measurements);
  (other.codes['417']?.expect as Record<string, unknown>)['curl'] = { sends: true, resendsWithout: false, resendsWithoutKeptOpen: false };
  assert.match(claimProblems([withProse(417, sentence)], other)[0] ?? '', /curl did not repeat it on an open connection/);
});
