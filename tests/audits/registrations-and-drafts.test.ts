/**
 * What the pages say about registrations and documents that changed lately: the registry and the
 * RFCs as of late 2026, read 2026-12-07. 104's
 * temporary registration ran to 2026-11-13 (IANA registry; draft-ietf-httpbis-resumable-upload-15
 * of 2026-11-02 on the datatracker); QUERY is RFC 10008 (§2.5 redirects, §3 Accept-Query; the
 * datatracker shows draft-ietf-httpbis-safe-method-w-body became RFC 10008); and
 * draft-ietf-httpbis-pre-denied proposes a 4xx that issue #3410 of httpwg/http-extensions
 * suggested be 419.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyOf } from '../support/content.ts';
import { end } from '../support/guide-content.ts';

test('104 says its registration date has passed, what was last read and when, and where to check', () => {
  const body = bodyOf(104);
  for (const words of ['2026-11-13', 'That date has passed', 'version 15 (2026-11-02)', 'on 2026-12-07', 'no RFC number'])
    assert.ok(body.includes(words), words);
  assert.match(body, /\]\(https:\/\/www\.iana\.org\/assignments\/http-status-codes\/\)/);
  assert.match(body, /\]\(https:\/\/datatracker\.ietf\.org\/doc\/draft-ietf-httpbis-resumable-upload\/\)/);
});

test('the redirect pages say what RFC 10008 §2.5 does to QUERY: 301, 302, 307, 308 keep it, 303 turns it into GET', () => {
  for (const code of [301, 302]) assert.match(bodyOf(code), /QUERY.*RFC 10008 §2\.5 does not allow the switch to GET/s, String(code));
  assert.match(bodyOf(303), /QUERY answered with 303 is fetched at `Location` with a plain GET \(RFC 10008 §2\.5\)/);
  for (const code of [307, 308])
    assert.match(bodyOf(code), /QUERY requests are repeated the same way, method and body kept \(RFC 10008 §2\.5\)/, String(code));
});

test('the guide names QUERY where it discusses methods: after a redirect, and Accept-Query beside 405', () => {
  assert.ok(end('permanent-redirect').why.includes('RFC 10008 §2.5'));
  assert.ok(end('method-not-allowed').why.includes('`Accept-Query` (RFC 10008 §3)'));
});

test('419 says what the pre-denied draft proposes, its state on a date, and what sharing the number with Laravel means', () => {
  const body = bodyOf(419);
  for (const words of [
    'draft-ietf-httpbis-pre-denied',
    'Preliminary Request Denied',
    'Purpose Declined',
    '#3410',
    '2026-12-07',
    'still an Internet-Draft',
  ])
    assert.ok(body.includes(words), words);
  assert.match(body, /Laravel apps will go on sending it for a failed CSRF check/);
  assert.match(body, /\]\(https:\/\/datatracker\.ietf\.org\/doc\/draft-ietf-httpbis-pre-denied\/\)/);
});
