/**
 * What the built site says about real clients, read from dist/ in node: each code
 * page's "In real clients" section, the /clients/ matrix and search over the built index, each
 * checked against the data file itself (content/clients/measurements.json), not against the code
 * that words it. The page at 320 px is checked in a browser (tests/browser/clients-page.spec.ts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { MEASUREMENTS_FILE, measurementsSchema, type BehaviourValue, type ClientId } from '../../src/lib/clients/schema.ts';
import { CLIENTS, codePath, SECTIONS } from '../../src/lib/site/paths.ts';
import { DIST, search, topUrls } from '../support/search-node.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

const data = measurementsSchema.parse(JSON.parse(readFileSync(repoPath('content', 'clients', MEASUREMENTS_FILE), 'utf8')));
const codes = Object.keys(data.codes).map(Number);
const html = (path: string): string => readFileSync(join(DIST, path, 'index.html'), 'utf8');

/** The text of a built page's section, tags removed, or undefined when it has none. */
function sectionText(path: string, id: string): string | undefined {
  const page = html(path);
  const at = page.indexOf(`id="${id}"`);
  if (at < 0) return undefined;
  return page
    .slice(page.lastIndexOf('<section', at), page.indexOf('</section>', at))
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The item of a section's list that starts with a label; each ends with its last group's bracket and a full stop. */
const line = (text: string, label: string): string => {
  const start = text.indexOf(`${label}:`);
  return start < 0 ? '' : text.slice(start, text.indexOf(').', start) + 2);
};

const followedPost = (code: number, client: ClientId): BehaviourValue<'follow.POST'> | undefined => {
  const cell = data.codes[String(code)]?.['follow.POST']?.[client];
  return cell && !('notMeasured' in cell) ? cell : undefined;
};

test('every measured code page has its In real clients section, with the date and each version measured', () => {
  const versions = data.clients.flatMap((c) => (c.version ? [c.version.split(' ')[0] ?? ''] : []));
  assert.ok(versions.length > 5);
  for (const code of codes) {
    const text = sectionText(codePath(code).slice(1), SECTIONS.clients);
    assert.ok(text, `${code} has no section`);
    assert.ok(text.includes('In real clients') && text.includes(data.date), `${code}: ${text.slice(0, 120)}`);
    for (const v of versions) assert.ok(text.includes(v), `${code} lacks version ${v}`);
  }
});

test('a redirect page says which clients changed a POST and which kept it, as the data file has it', () => {
  for (const code of [301, 302, 303, 307, 308]) {
    const post = line(sectionText(String(code), SECTIONS.clients) ?? '', 'After POST with a body');
    const changed = data.clients.filter((c) => followedPost(code, c.id)?.method === 'GET');
    const kept = data.clients.filter((c) => followedPost(code, c.id)?.method === 'POST');
    if (changed.length > 0) assert.ok(post.includes('changes POST to GET'), `${code}: ${post}`);
    if (kept.length > 0) assert.ok(post.includes('follows with POST and the body'), `${code}: ${post}`);
    for (const c of [...changed, ...kept]) assert.ok(post.includes(c.program), `${code} does not name ${c.id}: ${post}`);
  }
  // Python's urllib.request raises instead of following a POST on a 308, and the page says so.
  assert.equal(followedPost(308, 'python-urllib')?.follows, false);
  assert.match(line(sectionText('308', SECTIONS.clients) ?? '', 'After POST with a body'), /does not follow \([^)]*Python urllib\.request/);
});

test('/clients/ has a row for every measured code and a column for every client, and says why cells were not measured', () => {
  const page = html(CLIENTS.slice(1));
  const matrix = page.slice(page.indexOf('id="matrix"'), page.indexOf('id="redirects"'));
  for (const code of codes) assert.ok(matrix.includes(`href="${codePath(code)}"`), `row ${code}`);
  const headers = [...matrix.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)];
  assert.equal(headers.length, data.clients.length + 1);
  assert.ok(page.slice(page.indexOf('id="not-measured"')).includes('keeps no HTTP cache'));
  for (const c of data.clients) if (c.missing) assert.ok(page.includes(c.missing), c.id);
});

test('search reads the measured lines: a client’s own error name finds the page it was measured on', async () => {
  // "raises TooManyRedirects" is requests' answer to the redirect loop, written only in 302's
  // In real clients section: finding 302 by it means the section is in the index.
  const loop = data.codes['302']?.loop?.['python-requests'];
  assert.ok(loop && 'error' in loop && loop.error?.includes('TooManyRedirects'));
  assert.ok(topUrls(await search('TooManyRedirects')).includes(codePath(302)));
  // A question as a developer types it, method and body included.
  assert.equal(topUrls(await search('does fetch follow 308 with POST body'), 1)[0], codePath(308));
});

test('search answers "<client> changes POST to GET" with the codes on which that client was measured doing it', async () => {
  for (const [query, client] of [
    ['curl changes POST to GET', 'curl-follow'],
    ['requests changes post to get', 'python-requests'],
  ] as const) {
    const changed = Object.entries(data.codes)
      .filter(([, results]) => {
        const cell = results['follow.POST']?.[client];
        return cell !== undefined && JSON.stringify(cell).includes('"GET"');
      })
      .map(([code]) => codePath(Number(code)));
    assert.ok(changed.length >= 2, `${client} changes POST to GET on ${changed.join(', ')}`);
    const top = topUrls(await search(query));
    assert.ok(
      top.every((url) => changed.includes(url)),
      `${query}: ${top.join(', ')} (measured: ${changed.join(', ')})`,
    );
  }
});
