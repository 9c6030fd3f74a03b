/**
 * Broken entries must fail the content sync (and so every build) with a message that names the
 * file and the field. Each fixture folder under tests/fixtures/broken-entries holds one kind of
 * mistake; `astro sync` runs over it in a scratch project with its own cache, so these runs
 * never touch the real content store.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, '..');
const fixtures = join(repo, 'tests', 'fixtures', 'broken-entries');

/** Runs `astro sync` over one fixture folder; returns its exit code and everything it printed. */
async function syncFixture(name: string): Promise<{ code: number; output: string }> {
  const root = mkdtempSync(join(tmpdir(), `broken-${name}-`));
  try {
    symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
    symlinkSync(join(repo, 'src'), join(root, 'src'));
    writeFileSync(
      join(root, 'astro.config.mjs'),
      `import config from ${JSON.stringify(join(repo, 'astro.config.mjs'))};\nexport default { ...config, cacheDir: './.cache' };\n`,
    );
    const result = await run(join(repo, 'node_modules', '.bin', 'astro'), ['sync', '--root', root], {
      cwd: root,
      env: { ...process.env, CODES_DIR: join(fixtures, name), FORCE_COLOR: '0', NO_COLOR: '1' },
    }).then(
      (r) => ({ code: 0, output: r.stdout + r.stderr }),
      (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
    );
    return result;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test.describe.configure({ mode: 'parallel' });

const CASES = [
  { name: 'code-mismatch', expect: ['405.mdx: field "code" is 404 but the file is named 405.mdx'] },
  { name: 'duplicate', expect: ['410.mdx: field "code" is 404, which', '404.mdx already defines (duplicate code)'] },
  { name: 'missing-summary', expect: ['404.mdx', 'summary'] },
  { name: 'unknown-related', expect: ['404.mdx: field "related" lists 418, which has no entry'] },
  { name: 'malformed-url', expect: ['404.mdx', 'spec.url', 'must be an https:// URL'] },
];

for (const c of CASES) {
  test(`a broken entry (${c.name}) fails the build with a message naming file and field`, async () => {
    const { code, output } = await syncFixture(c.name);
    expect(code, output).not.toBe(0);
    for (const text of c.expect) expect(output).toContain(text);
  });
}
