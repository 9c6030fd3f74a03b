/**
 * Code pages against the message catalogue (content/messages/): reviewers of the catalogue found
 * pages that said what a proxy, platform or framework does and contradicted the catalogue's
 * primary sources. Each test reads the catalogue's fact (status, key, source) from its file and
 * checks that the code page says the same, so a page and the catalogue cannot drift apart again.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { load } from 'js-yaml';
import { messageFileSchema, type MessageData } from '../../src/lib/messages/schema.ts';
import { bodyOf, entry } from '../support/content.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

/** One message of the catalogue, by source file and id. */
function message(source: string, id: string): MessageData {
  const file = repoPath('content', 'messages', `${source}.yaml`);
  const found = messageFileSchema.parse(load(readFileSync(file, 'utf8'))).messages.find((m) => m.id === id);
  assert.ok(found, `${source}.yaml has no message ${id}`);
  return found;
}

/** The page's prose with its line breaks and Markdown links flattened, for matching sentences. */
const prose = (code: number): string =>
  bodyOf(code)
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\s+/g, ' ');

/** The sentences of a page's prose that mention every one of the words. */
const sentences = (code: number, ...words: string[]): string[] =>
  prose(code)
    .split(/(?<=\.)\s(?=[A-Z])/)
    .filter((s) => words.every((w) => s.includes(w)));

test('502: a backend that hangs up after its headers leaves the client their status and a cut body, as the catalogue records', () => {
  const nginx = message('nginx', 'upstream-prematurely-closed-reading-upstream');
  const apache = message('apache', 'ah01110-error-reading-response');
  assert.equal(nginx.status, 200);
  assert.equal(apache.status, 200);
  assert.ok(sentences(502, 'headers', '200', 'cut').length > 0, 'the page says the client gets a 200 with a cut body');
  // The old sentence put "closes it before a complete response" under nginx's 502.
  assert.doesNotMatch(prose(502), /closes it before a complete response/);
});

test('502, 503, 504: the refused/timeout split is nginx’s; Apache answers a refused connection with 503 and a timeout with 502', () => {
  const refused = message('apache', 'ah00957-attempt-to-connect-failed');
  const timeout = message('apache', 'ah01102-error-reading-status-line');
  assert.equal(refused.status, 503);
  assert.equal(timeout.status, 502);
  assert.ok(sentences(502, 'Apache', 'refused', String(refused.status)).length > 0);
  assert.ok(sentences(502, 'Apache', 'in time', String(timeout.status)).length > 0);
  assert.ok(sentences(503, 'Apache', 'refuses', String(refused.status)).length > 0);
  assert.ok(sentences(504, 'Apache', 'timeout', String(timeout.status)).length > 0);
});

test('503, 504: Heroku serves its H12 request timeout as 503; Google Cloud logs backend_timeout with 502 or 503', () => {
  const h12 = message('heroku', 'h12-request-timeout');
  const google = message('google-cloud', 'lb-backend-timeout');
  assert.equal(h12.status, 503);
  assert.equal(google.status, 502);
  for (const code of [503, 504]) {
    assert.ok(sentences(code, 'Heroku', 'H12').length > 0, `${code} names Heroku's H12`);
    assert.ok(sentences(code, 'Google', 'backend_timeout').length > 0, `${code} names Google's backend_timeout`);
  }
  assert.ok(sentences(504, 'H12', String(h12.status)).length > 0);
  assert.ok(sentences(504, 'backend_timeout', String(google.status), '503').length > 0);
});

test('405: nginx’s stock 405 page comes without Allow, as reproduced with Debian’s nginx', () => {
  const page = message('nginx', 'page-405-not-allowed');
  assert.equal(page.status, 405);
  assert.equal(page.evidence, 'reproduced');
  assert.ok(page.check.some((c) => /no Allow header/.test(c)));
  assert.ok(sentences(405, 'nginx', 'Allow', 'no').length > 0);
});

test('403, 419: "csrf token mismatch" is searched for Laravel’s 419, not 403', () => {
  const mismatch = message('laravel', 'csrf-token-mismatch');
  assert.equal(mismatch.status, 419);
  const has = (code: number): boolean => entry(code).searchTerms.some((t) => t.toLowerCase() === 'csrf token mismatch');
  assert.equal(has(403), false);
  assert.equal(has(419), true);
});

test('419: since Laravel 13 a same-origin request (Sec-Fetch-Site) passes without a token, and the page says so', () => {
  const expired = message('laravel', 'page-expired-419');
  assert.ok(expired.causes.some((c) => /Laravel 13/.test(c) && /Sec-Fetch-Site/.test(c)));
  assert.ok(sentences(419, 'Laravel 13', 'Sec-Fetch-Site', 'same-origin').length > 0);
  assert.ok(entry(419).headers.includes('Sec-Fetch-Site'));
});

test('499: Heroku’s router logs 499 for H27 and H28, beside nginx', () => {
  const logged = ['h27-client-request-interrupted', 'h28-client-connection-idle'].map((id) => message('heroku', id));
  for (const m of logged) assert.equal(m.logged, 499);
  const heroku = entry(499).vendorMeanings.find((v) => /Heroku/.test(v.origin));
  assert.ok(heroku, 'a vendor meaning for Heroku');
  assert.match(heroku.name + heroku.description, /H27/);
  assert.match(heroku.name + heroku.description, /H28/);
  assert.equal(heroku.source.quality, 'primary');
  assert.ok(entry(499).vendorMeanings.some((v) => /^nginx/.test(v.origin)));
});

test('422: Laravel answers 422 only to requests that expect JSON, and redirects a form post back with 302', () => {
  const validation = message('laravel', 'validation-field-required');
  assert.equal(validation.status, 422);
  assert.match(validation.statusNote ?? '', /302/);
  assert.ok(sentences(422, 'Laravel', 'JSON').length > 0);
  assert.ok(sentences(422, 'redirected', '302').length > 0);
  assert.doesNotMatch(prose(422), /Laravel and Rails scaffolds already answer failed validation this way/);
});

test('407: a 407 from a server that is not a proxy gives Chromium’s ERR_UNEXPECTED_PROXY_AUTH', () => {
  const chromium = message('chromium', 'err-unexpected-proxy-auth');
  assert.equal(chromium.status, 407);
  assert.ok(sentences(407, 'ERR_UNEXPECTED_PROXY_AUTH', 'Chromium').length > 0);
  assert.ok(entry(407).searchTerms.includes('ERR_UNEXPECTED_PROXY_AUTH'));
});

test('530: only what Cloudflare’s docs say: 530 for an origin hostname it cannot resolve; 1033 is our reading', () => {
  const page = message('cloudflare', 'error-530');
  assert.match(page.caveat ?? '', /does not list which 1xxx codes/);
  const cloudflare = entry(530).vendorMeanings.find((v) => v.origin === 'Cloudflare');
  assert.ok(cloudflare);
  assert.match(cloudflare.description, /cannot resolve the origin hostname/);
  assert.doesNotMatch(cloudflare.description, /1033/, 'Cloudflare does not pair 1033 with 530');
  assert.ok(sentences(530, '1033', 'our reading').length > 0, 'where 1033 is paired with 530, the page says whose reading that is');
});
