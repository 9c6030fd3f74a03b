/**
 * Issue 29, items 1-5: catalogue texts that no cited source showed, a status that was not the
 * message's own, and a message cited to a page that did not hold it. Each fix is pinned here
 * with the source it was checked against (read 2026-12); the general rule (a text no cited source
 * shows says so on its page, in `reconstructed`) is checked over the whole catalogue.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildIndex, rank, readQuery } from '../../src/lib/search/engine.ts';
import { messageItem } from '../../src/lib/search/data.ts';
import { reconstructedNote } from '../../src/lib/messages/text.ts';
import type { MessageData } from '../../src/lib/messages/schema.ts';
import { messages, sources } from '../support/message-content.ts';

function message(source: string, id: string): MessageData {
  const found = messages.find((m) => m.source === source && m.message.id === id);
  assert.ok(found, `no message ${source}#${id}`);
  return found.message;
}

const urls = (m: MessageData): string[] => m.sources.map((s) => s.url);

test('IIS 413.1 is only logged: the client gets 404, and no page with a 413.1 heading is claimed', () => {
  // requestLimits reference (MicrosoftDocs/iis-docs): "IIS 7 will return an HTTP 404 error to the
  // client and log one of the following HTTP statuses ... 413.1 Content Length Too Large".
  const m = message('iis', '413-1-content-length-too-large');
  assert.equal(m.status, 404);
  assert.equal(m.logged, 413);
  assert.deepEqual(m.appears, ['access-log']);
  assert.doesNotMatch(m.text, /HTTP Error 413/);
  assert.ok(m.reconstructed, 'says the text is put together');
});

test('IIS 404.13 carries the page text Microsoft shows today, with IIS 7.0 wording kept as a labelled variant', () => {
  // ASP.NET Core docs, File uploads > Troubleshoot: "HTTP 404.13 - Not Found" / "The request
  // filtering module is configured to deny a request that exceeds the request content length."
  const now = message('iis', '404-13-content-length-too-large');
  assert.match(
    now.text,
    /^HTTP 404\.13 - Not Found The request filtering module is configured to deny a request that exceeds the request content length\.$/,
  );
  assert.ok(urls(now).some((u) => u.includes('dotnet/AspNetCore.Docs') && u.includes('file-uploads.md')));
  assert.equal(now.reconstructed, undefined);
  // KB 942074 (IIS 7.0): "HTTP Error 404.13 - CONTENT_LENGTH_TOO_LARGE".
  const old = message('iis', '404-13-content-length-too-large-iis7');
  assert.equal(old.text, 'HTTP Error 404.13 - CONTENT_LENGTH_TOO_LARGE');
  assert.match(old.title, /IIS 7\.0.*variant/);
  assert.equal(old.status, 404);
});

test('response_sent_by_backend has no fixed status, and search still finds it by its words', () => {
  // Google Cloud load-balancing logging: a success-path statusDetails; the status is the backend's.
  const m = message('google-cloud', 'lb-response-sent-by-backend');
  assert.equal(m.status, undefined);
  assert.equal(m.noResponse, undefined);
  assert.match(m.anyStatus ?? '', /Any status/);
  const item = messageItem('google-cloud', sources.get('google-cloud')!.name, m);
  assert.equal(item.codes, undefined, 'listed under no code');
  const index = buildIndex({ items: messages.map(({ source, message: x }) => messageItem(source, sources.get(source)!.name, x)) });
  for (const q of ['response_sent_by_backend', '"statusDetails": "response_sent_by_backend"'])
    assert.equal(rank(index, readQuery(q, index))[0]?.item.url, '/messages/google-cloud/#lb-response-sent-by-backend', q);
});

test('Cloudflare 1101 and IIS 503.2 say on the page that their text is put together, and from what', () => {
  // Cloudflare heads 1101 "Rendering error"; its Workers errors page: "Worker threw a JavaScript exception."
  const cf = message('cloudflare', 'error-1101');
  assert.match(cf.reconstructed ?? '', /Rendering error/);
  assert.match(cf.reconstructed ?? '', /Worker threw a JavaScript exception/);
  const iis = message('iis', '503-2-concurrent-request-limit');
  assert.match(iis.reconstructed ?? '', /substatus and the 503 reason phrase/);
  assert.match(reconstructedNote(iis) ?? '', /^No cited source shows these exact words: put together from /);
});

test("Django's DisallowedHost message is cited to the code that builds it (HttpRequest.get_host)", () => {
  const m = message('django', 'invalid-http-host-header');
  assert.ok(
    urls(m).some((u) => /github\.com\/django\/django\/blob\/[^/]+\/django\/http\/request\.py$/.test(u)),
    urls(m).join(' '),
  );
});

test('a caveat that admits the heading or page text is put together comes with `reconstructed`, shown on the page', () => {
  // The wording the catalogue used for "no cited source shows this text" before the field existed.
  const ADMITS =
    /formed from the substatus|built from the substatus|no Microsoft source quotes this page|could not be checked against a Cloudflare primary source/i;
  const missing = messages
    .filter(({ message: m }) => ADMITS.test(m.caveat ?? '') && !m.reconstructed)
    .map(({ source, message: m }) => `${source}#${m.id}`);
  assert.deepEqual(missing, []);
});

test('IIS headings that only repeat the substatus and reason phrase, with no cited page showing them, are marked', () => {
  // The cited status list (SupportArticles-docs http-status-code.md, 2023 revision) names each
  // substatus in a table and shows no error page; the cited configuration references likewise.
  for (const id of [
    '401-2-server-configuration',
    '401-3-acl',
    '401-5-isapi-cgi',
    '403-4-ssl-required',
    '403-502-dynamic-ip-restriction',
    '404-0-not-found',
    '404-4-no-handler',
    '404-5-url-sequence-denied',
    '404-7-file-extension-denied',
    '404-8-hidden-segment',
    '404-14-url-too-long',
    '503-2-concurrent-request-limit',
  ])
    assert.ok(message('iis', id).reconstructed, id);
});
