/**
 * The words people type for each code live in the entries' `searchTerms` (the schema requires at
 * least ten, short and not repeated): the plain-language words a developer uses for a code sit on
 * the code they point to.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entries } from '../support/content.ts';

test('plain words for common problems are search terms of the codes they mean', () => {
  const expected: Record<number, string[]> = {
    401: ['not logged in', 'signed in', 'login required', 'session expired', 'unauthorised', 'wrong password', 'token expired', 'api key'],
    403: ['permission', 'access denied', 'not allowed', 'lacks permission', 'authorisation', 'csrf', 'cors', 'ip blocked', 'geo blocked'],
    503: ['maintenance', 'down', 'overloaded'],
    410: ['deleted for good', 'removed permanently'],
    422: ['validation', 'invalid field'],
    400: ['validation', 'invalid field', 'bad json', 'malformed', 'missing header'],
    409: ['duplicate', 'already exists'],
    413: ['too big', 'too large', 'upload too big'],
    304: ['cache', 'cached copy still valid', 'unchanged', 'cache behaviour'],
    402: ['payment', 'paywall', 'quota', 'subscription'],
    301: ['moved to a new domain', 'new url', 'redirect loop'],
    308: ['moved to a new domain', 'new url'],
    426: ['newer protocol', 'switch protocol', 'upgrade to tls'],
    404: ['endpoint does not exist'],
    405: ['method not supported', 'preflight'],
    408: ['timeout'],
    504: ['timeout'],
  };
  for (const [code, terms] of Object.entries(expected)) {
    const have = new Set(entries.find((e) => e.code === Number(code))?.searchTerms.map((t) => t.toLowerCase()));
    for (const t of terms) assert.ok(have.has(t), `${code} lacks "${t}"`);
  }
});
