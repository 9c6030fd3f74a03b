/**
 * The message catalogue's checks (src/lib/messages/schema.ts, src/lib/messages/validate.ts): the real
 * files pass, and each kind of broken file is refused with its file and field named. The build
 * runs the same checks through src/content.config.ts.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { load } from 'js-yaml';
import { messageFileSchema, type MessageFileData } from '../../src/lib/messages/schema.ts';
import { messageProblems, type MessageFile } from '../../src/lib/messages/validate.ts';
import { entries } from '../support/content.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

const DIR = repoPath('content', 'messages');
const codes = new Set(entries.map((e) => e.code));
const real: MessageFile[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({
    filePath: `content/messages/${f}`,
    id: f.replace('.yaml', ''),
    data: messageFileSchema.parse(load(readFileSync(join(DIR, f), 'utf8'))),
  }));

test('the real catalogue passes every check: at least 150 messages from at least 12 sources', () => {
  assert.deepEqual(messageProblems(real, codes), []);
  assert.ok(real.length >= 12, `${real.length} sources`);
  const count = real.reduce((n, f) => n + f.data.messages.length, 0);
  assert.ok(count >= 150, `${count} messages`);
});

test('the catalogue covers the servers, services and frameworks listed here', () => {
  const ids = new Set(real.map((f) => f.id));
  for (const id of [
    'nginx',
    'apache',
    'iis',
    'cloudflare',
    'aws-alb',
    'aws-cloudfront',
    'aws-api-gateway',
    'aws-s3',
    'google-cloud',
    'heroku',
    'vercel',
    'netlify',
    'ingress-nginx',
    'chromium',
    'curl',
    'wget',
    'express',
    'spring-boot',
    'django',
    'rails',
    'laravel',
    'aspnet-core',
    'fastapi',
  ]) {
    assert.ok(ids.has(id), id);
  }
});

/** A real source file as plain data, to break one field at a time. */
const base = (): Record<string, unknown> =>
  structuredClone(load(readFileSync(join(DIR, 'heroku.yaml'), 'utf8'))) as Record<string, unknown>;
const firstMessage = (file: Record<string, unknown>): Record<string, unknown> => (file['messages'] as Record<string, unknown>[])[0]!;

const SCHEMA_CASES: [string, (file: Record<string, unknown>) => void, RegExp][] = [
  ['a malformed placeholder', (f) => (firstMessage(f)['text'] = 'at=error code={{code desc="x"'), /malformed placeholder/],
  ['an unknown placeholder', (f) => (firstMessage(f)['text'] = 'at=error {{colour}}'), /\{\{colour\}\}, which is not one of/],
  ['no source for a message', (f) => (firstMessage(f)['sources'] = []), /sources/],
  ['neither a status nor a reason for none', (f) => delete firstMessage(f)['status'], /exactly one of status/],
  ['both a status and a reason for none', (f) => (firstMessage(f)['noResponse'] = 'the connection closes first'), /exactly one of status/],
  ['a reproduction without its version', (f) => (firstMessage(f)['evidence'] = 'reproduced'), /reproduced/],
  ['both a status and no fixed one', (f) => (firstMessage(f)['anyStatus'] = 'whatever the backend set'), /exactly one of status/],
  [
    'a reproduced text marked as put together',
    (f) =>
      Object.assign(firstMessage(f), {
        evidence: 'reproduced',
        reproduced: { version: 'x 1', how: 'ran it here once' },
        reconstructed: 'two words',
      }),
    /reconstructed/,
  ],
  ['a reconstruction that does not say from what', (f) => (firstMessage(f)['reconstructed'] = 'guessed'), /reconstructed/],
  ['a source link that is not https', (f) => (firstMessage(f)['sources'] = [{ title: 'docs', url: 'http://example.com/' }]), /url/],
];

for (const [name, breakIt, message] of SCHEMA_CASES) {
  test(`a message file is refused for ${name}`, () => {
    const file = base();
    breakIt(file);
    const parsed = messageFileSchema.safeParse(file);
    assert.equal(parsed.success, false);
    assert.match(JSON.stringify(parsed.error?.issues), message);
  });
}

const CROSS_CASES: [string, (data: MessageFileData) => void, RegExp][] = [
  ['a status with no entry', (d) => (d.messages[0]!.status = 299), /"messages\.0\.status" is 299, which has no entry in content\/codes/],
  ['a logged status with no entry', (d) => (d.messages[0]!.logged = 298), /"messages\.0\.logged" is 298, which has no entry/],
  ['a duplicate id', (d) => (d.messages[1]!.id = d.messages[0]!.id), /"messages\.1\.id" is .*already uses/],
  ['a duplicate message', (d) => (d.messages[1]!.text = d.messages[0]!.text), /"messages\.1\.text" repeats the text of/],
  ['a duplicate key', (d) => (d.messages[1]!.key = d.messages[0]!.key ?? 'H99'), /"messages\.1\.key" is .*already uses/],
];

for (const [name, breakIt, message] of CROSS_CASES) {
  test(`the catalogue is refused for ${name}, with the file and field named`, () => {
    const files = structuredClone(real);
    const heroku = files.find((f) => f.id === 'heroku')!;
    if (name === 'a duplicate key') heroku.data.messages[0]!.key ??= 'H99';
    breakIt(heroku.data);
    const problems = messageProblems(files, codes);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, /^content\/messages\/heroku\.yaml: field /);
    assert.match(problems[0]!, message);
  });
}
