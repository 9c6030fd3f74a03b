/** The entry schema and the cross-entry checks, on the broken-entry cases and the real content. */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { tokenizeHttp } from '../../src/lib/codes/http-highlight.ts';
import { codeSchema } from '../../src/lib/codes/schema.ts';
import { codeProblems } from '../../src/lib/codes/validate.ts';
import { baseEntry, BROKEN_CASES } from '../support/broken-entries.ts';
import { CODES_DIR, frontmatter } from '../support/content.ts';

/** Every problem the schema or the cross-entry checks report for a set of files, one line each. */
function problems(files: Record<string, Record<string, unknown>>): string[] {
  const found: string[] = [];
  const parsed: { filePath: string; data: { code: number } }[] = [];
  for (const [file, data] of Object.entries(files)) {
    const result = codeSchema.safeParse(data);
    if (result.success) parsed.push({ filePath: `content/codes/${file}`, data: result.data });
    else for (const issue of result.error.issues) found.push(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return [...found, ...codeProblems(parsed)];
}

test('the base entry of the broken cases is valid', () => {
  assert.deepEqual(problems({ '404.mdx': baseEntry() }), []);
});

for (const c of BROKEN_CASES) {
  test(`a broken entry is reported when ${c.name}`, () => {
    const found = problems(c.files()).join('\n');
    for (const text of c.expect) assert.ok(found.includes(text), `expected "${text}" in:\n${found}`);
  });
}

/** The first entry file in a folder that the schema rejects, with the schema's complaint; undefined when every one parses. */
function firstRejected(dir: string): string | undefined {
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  assert.ok(files.length > 0, `no entries in ${dir}`);
  for (const file of files.sort()) {
    const result = codeSchema.safeParse(frontmatter(readFileSync(join(dir, file), 'utf8'), file));
    if (!result.success) return `${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
  }
  return undefined;
}

test('every real entry parses with the schema, and a broken copy of the content is rejected naming the file and field', () => {
  assert.equal(firstRejected(CODES_DIR), undefined);
  const copy = mkdtempSync(join(tmpdir(), 'codes-'));
  try {
    for (const file of readdirSync(CODES_DIR)) copyFileSync(join(CODES_DIR, file), join(copy, file));
    const text = readFileSync(join(copy, '404.mdx'), 'utf8');
    writeFileSync(join(copy, '404.mdx'), text.replace(/^phrase: .*$/m, 'phrase: ""'));
    assert.match(firstRejected(copy) ?? '', /^404\.mdx: phrase: /);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('a response example must start with a status line from HTTP/1.0 to HTTP/3, which the highlighter colours', () => {
  const accepts = (response: string): boolean =>
    codeSchema.safeParse({ ...baseEntry(), examples: [{ title: 'An example', response }] }).success;
  for (const start of ['HTTP/1.1 404 Not Found', 'HTTP/2 200', 'HTTP/3 103 Early Hints', 'HTTP/1.0 302 Found']) {
    assert.ok(accepts(`${start}\nContent-Length: 0\n`), start);
    const [first] = tokenizeHttp(`${start}\n`);
    assert.equal(first?.find((t) => t.kind === 'status')?.text, start.split(' ')[1], `${start} is highlighted`);
  }
  for (const start of ['HTTP/1.1 600 Nope', 'HTTP/4 200', '404 Not Found', 'HTTP/1.1 40 Short', 'Content-Type: text/plain'])
    assert.ok(!accepts(`${start}\n`), start);
  assert.ok(!accepts('HTTP/1.1 404 Not Found'), 'a status line with no line end');
});

test('superRefine: a registered code needs a spec, an unofficial one a vendor meaning, a temporary one its dates', () => {
  const withoutSpec = { ...baseEntry(), spec: undefined };
  assert.deepEqual(
    codeSchema.safeParse(withoutSpec).error?.issues.map((i) => i.path.join('.')),
    ['spec'],
  );
  const unofficial = { ...baseEntry(), status: 'unofficial', spec: undefined };
  assert.deepEqual(
    codeSchema.safeParse(unofficial).error?.issues.map((i) => i.path.join('.')),
    ['vendorMeanings'],
  );
  const temporary = { ...baseEntry(), status: 'temporary' };
  assert.deepEqual(
    codeSchema.safeParse(temporary).error?.issues.map((i) => i.path.join('.')),
    ['registration'],
  );
});

test('inCode takes a plain constant or a list with version marks', () => {
  const ok = codeSchema.safeParse({
    ...baseEntry(),
    inCode: { python: 'HTTPStatus.NOT_FOUND', java: [{ name: 'HttpStatus.NOT_FOUND', since: '3.0' }] },
  });
  assert.equal(ok.success, true);
  const bad = codeSchema.safeParse({ ...baseEntry(), inCode: { cobol: 'NOT-FOUND' } });
  assert.equal(bad.success, false);
});
