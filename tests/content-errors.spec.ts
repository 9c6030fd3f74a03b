/**
 * Broken entries must fail the content sync (and so every build) with a message that names the
 * file and the field. Each fixture folder under tests/fixtures/broken-entries holds one kind of
 * mistake; `astro sync` runs over it in a scratch copy of the project with its own cache.
 */
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { scratchProject } from './support/scratch-project.ts';

const fixtures = resolve(import.meta.dirname, 'fixtures', 'broken-entries');

const CASES = [
  { name: 'code-mismatch', expect: ['405.mdx: field "code" is 404 but the file is named 405.mdx'] },
  { name: 'duplicate', expect: ['410.mdx: field "code" is 404, which', '404.mdx already defines (duplicate code)'] },
  { name: 'missing-summary', expect: ['404.mdx', 'summary'] },
  { name: 'unknown-related', expect: ['404.mdx: field "related" lists 418, which has no entry'] },
  { name: 'malformed-url', expect: ['404.mdx', 'spec.url', 'must be an https:// URL'] },
];

for (const c of CASES) {
  test(`a broken entry (${c.name}) fails the build with a message naming file and field`, () => {
    const project = scratchProject(`broken-${c.name}`);
    try {
      const { status, output } = project.astro('sync', join(fixtures, c.name));
      expect(status, output).not.toBe(0);
      for (const text of c.expect) expect(output).toContain(text);
    } finally {
      project.remove();
    }
  });
}
