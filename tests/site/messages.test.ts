/**
 * The message catalogue as built, driven by content/messages: the index lists every source under
 * its kind, each source's page shows every message at its permanent anchor with its status,
 * text, causes and primary sources, each code page links the messages it comes with, and the
 * export for tools (/messages.json) follows its schema and points at anchors that exist.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { messagesExportSchema } from '../../src/lib/messages/schema.ts';
import { reconstructedNote } from '../../src/lib/messages/text.ts';
import { siteOrigin } from '../../src/lib/site/origin.ts';
import { accessibleName, attrs, builtPage, linksNamed, text, texts } from '../support/built-page.ts';
import { entries } from '../support/content.ts';
import { messages, messageUrl, sources } from '../support/message-content.ts';
import { DIST } from '../support/sitemap.ts';

const SITE = siteOrigin();

test('the catalogue lists every source once, under its kind, with its number of messages', () => {
  const doc = builtPage('/messages/').document;
  const listed = attrs(doc, 'main section a[href^="/messages/"]', 'href');
  assert.deepEqual([...listed].sort(), [...sources.keys()].map((id) => `/messages/${id}/`).sort());
  for (const [id, data] of sources) {
    const link = doc.querySelector(`section[aria-labelledby="kind-${data.kind}"] a[href="/messages/${id}/"]`);
    assert.ok(link, `${id} is listed under ${data.kind}`);
    assert.ok(text(link).includes(data.name), id);
    assert.ok(text(link).includes(`${data.messages.length} messages`), id);
  }
  // The export and its schema, linked for tools, are built.
  assert.deepEqual(attrs(doc, 'main a[href$=".json"]', 'href').sort(), ['/messages.json', '/messages.schema.json']);
});

describe('every source page of the catalogue', () => {
  for (const [id, data] of sources) {
    test(`/messages/${id}/ shows each of its ${data.messages.length} messages at its anchor, with status, text and sources`, () => {
      const doc = builtPage(`/messages/${id}/`).document;
      assert.ok(text(doc.querySelector('h1')).includes(data.name));
      assert.deepEqual(
        linksNamed(doc.querySelector('nav[aria-label="Breadcrumb"]')!, 'Messages').map((a) => a.getAttribute('href')),
        ['/messages/'],
      );
      assert.ok(doc.querySelector(`main a[href="${data.docs}"]`), 'the documentation link');
      const articles = [...doc.querySelectorAll('main article.message')];
      assert.deepEqual(
        articles.map((a) => a.id),
        data.messages.map((m) => m.id),
        'one article per message, in the file order',
      );
      for (const [i, m] of data.messages.entries()) {
        const article = articles[i]!;
        assert.equal(text(article.querySelector('h2')), m.title);
        const anchor = article.querySelector('.anchor-link');
        assert.equal(anchor?.getAttribute('href'), `#${m.id}`);
        assert.equal(accessibleName(anchor), `Link to “${m.title}”`);
        // Placeholders show as the kind of value that varies: "{{host}}" reads "host".
        assert.equal(
          text(article.querySelector('pre.message-text')),
          m.text
            .replace(/\{\{([a-z]+)\}\}/g, '$1')
            .replace(/\s+/g, ' ')
            .trim(),
        );
        if (m.key) assert.ok(texts(article, 'code').includes(m.key), `${m.id}: key ${m.key}`);
        if (m.status !== undefined) {
          const phrase = entries.find((e) => e.code === m.status)?.phrase;
          assert.deepEqual(
            linksNamed(article, `${m.status} ${phrase}`).map((a) => a.getAttribute('href')),
            [`/${m.status}/`],
            m.id,
          );
        } else assert.ok(text(article).includes(m.anyStatus ? 'Any status' : 'No HTTP response'), m.id);
        // A text no cited source shows says so where the text is, not only in the caveat.
        const note = reconstructedNote(m);
        if (note) assert.ok(text(article).includes(`Text reconstructed: ${note}`), `${m.id}: reconstructed`);
        for (const cause of m.causes) assert.ok(text(article).includes(cause.replaceAll('`', '')), `${m.id}: ${cause}`);
        for (const fix of m.fix) assert.ok(text(article).includes(fix.replaceAll('`', '')), `${m.id}: ${fix}`);
        for (const s of m.sources)
          assert.deepEqual(
            linksNamed(article, s.title)
              .map((a) => a.getAttribute('href'))
              .slice(0, 1),
            [s.url],
            `${m.id}: ${s.title}`,
          );
      }
    });
  }
});

test('a source page links out only to the primary sources its file declares', () => {
  const problems: string[] = [];
  for (const [id, data] of sources) {
    const declared = new Set([data.docs, ...data.messages.flatMap((m) => m.sources.map((s) => s.url))]);
    for (const href of attrs(builtPage(`/messages/${id}/`).document, 'main a[href^="http"]', 'href'))
      if (!declared.has(href)) problems.push(`/messages/${id}/: ${href}`);
  }
  assert.deepEqual(problems, []);
});

test('every code page counts the messages it comes with (or is logged as) per source, and links each source’s list of them', () => {
  const problems: string[] = [];
  for (const entry of entries) {
    const expected = messages.filter(({ message: m }) => (m.status ?? m.logged) === entry.code);
    const section = builtPage(`/${entry.code}/`).document.querySelector('section[aria-labelledby="messages"]');
    if (expected.length === 0) {
      if (section) problems.push(`${entry.code}: a messages section with nothing to list`);
      continue;
    }
    if (!section) {
      problems.push(`${entry.code}: no messages section for ${expected.length} messages`);
      continue;
    }
    assert.equal(text(section.querySelector('h2')), 'Messages it comes with');
    const counts = new Map<string, number>();
    for (const { source } of expected) counts.set(source, (counts.get(source) ?? 0) + 1);
    const shown = [...section.querySelectorAll('li')].map((li) => `${li.querySelector('a')?.getAttribute('href')} ${text(li)}`);
    const wanted = [...counts].map(([id, n]) => `/messages/${id}/#status-${entry.code} ${sources.get(id)?.name} ${n}`);
    if (JSON.stringify(shown.sort()) !== JSON.stringify(wanted.sort()))
      problems.push(`${entry.code}: ${shown.join(', ')} (wanted ${wanted.join(', ')})`);
    // The source's list under that anchor holds exactly those messages, each linking its card.
    for (const id of counts.keys()) {
      const group = builtPage(`/messages/${id}/`).document.getElementById(`status-${entry.code}`);
      const listed = [...(group?.querySelectorAll('ol a') ?? [])].map((a) => a.getAttribute('href'));
      const own = expected.filter((m) => m.source === id).map((m) => `#${m.message.id}`);
      if (JSON.stringify(listed.sort()) !== JSON.stringify(own.sort()))
        problems.push(`/messages/${id}/#status-${entry.code}: ${listed.join(' ')}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the export for tools follows its schema and every message URL is an anchor on a built page', () => {
  const exported = messagesExportSchema.parse(JSON.parse(readFileSync(join(DIST, 'messages.json'), 'utf8')));
  assert.equal(exported.site, `${SITE}/`);
  assert.deepEqual(exported.sources.map((s) => s.id).sort(), [...sources.keys()].sort());
  assert.equal(exported.sources.flatMap((s) => s.messages).length, messages.length);
  for (const source of exported.sources) {
    assert.equal(source.url, `${SITE}/messages/${source.id}/`);
    const ids = new Set(attrs(builtPage(`/messages/${source.id}/`).document, '[id]', 'id'));
    for (const m of source.messages) {
      assert.equal(m.url, `${SITE}${messageUrl(source.id, m.id)}`);
      assert.ok(ids.has(m.id), m.url);
    }
  }
});

test('the export validates against the JSON Schema served beside it, with a JSON Schema validator (not our own code)', () => {
  const schema = JSON.parse(readFileSync(join(DIST, 'messages.schema.json'), 'utf8')) as Record<string, unknown>;
  const exported: unknown = JSON.parse(readFileSync(join(DIST, 'messages.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  assert.ok(validate(exported), ajv.errorsText(validate.errors));
  // And it refuses what breaks it: a message without its text.
  const broken = structuredClone(exported) as { sources: { messages: Record<string, unknown>[] }[] };
  delete broken.sources[0]!.messages[0]!['text'];
  assert.equal(validate(broken), false);
});
