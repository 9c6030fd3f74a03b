/**
 * Broken entries must fail the content sync (and so every build) with a message that names the
 * file and the field. Each case (tests/support/broken-entries.ts) is written into a folder of its
 * own and `astro sync` runs over it in a scratch copy of the project with its own cache.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { scratchProject } from '../scripts/lib/scratch-project.ts';
import { BROKEN_CASES, toMdx } from './support/broken-entries.ts';

for (const c of BROKEN_CASES) {
  test(`astro sync fails, naming file and field, when ${c.name}`, () => {
    const project = scratchProject('broken');
    const dir = mkdtempSync(join(tmpdir(), 'broken-entries-'));
    try {
      mkdirSync(dir, { recursive: true });
      for (const [file, data] of Object.entries(c.files())) writeFileSync(join(dir, file), toMdx(data));
      const { status, output } = project.astro('sync', dir);
      expect(status, output).not.toBe(0);
      for (const text of c.expect) expect(output).toContain(text);
    } finally {
      project.remove();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
