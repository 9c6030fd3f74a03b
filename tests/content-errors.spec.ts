/**
 * Broken content must fail the content sync (and so every build) with a message that names the
 * file and the field. Each case (tests/support/broken-entries.ts for the code entries,
 * tests/support/broken-guide.ts for the guide and comparisons) is written into folders of its
 * own and `astro sync` runs over them in a scratch copy of the project with its own cache.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { scratchProject } from '../scripts/lib/scratch-project.ts';
import { BROKEN_CASES, toMdx } from './support/broken-entries.ts';
import { BROKEN_GUIDE_CASES, toYaml } from './support/broken-guide.ts';
import { CODES_DIR } from './support/content.ts';

type Folder = Record<string, Record<string, unknown>>;

/** Writes the folders into a temporary directory, runs `astro sync` over them, and checks the output. */
function syncFails(
  folders: Record<string, [Folder, (data: Record<string, unknown>) => string]>,
  run: (dirs: Record<string, string>) => { status: number; output: string },
  expected: string[],
): void {
  const dir = mkdtempSync(join(tmpdir(), 'broken-'));
  try {
    const dirs: Record<string, string> = {};
    for (const [name, [files, serialise]] of Object.entries(folders)) {
      dirs[name] = join(dir, name);
      mkdirSync(dirs[name], { recursive: true });
      for (const [file, data] of Object.entries(files)) writeFileSync(join(dirs[name], file), serialise(data));
    }
    const { status, output } = run(dirs);
    expect(status, output).not.toBe(0);
    for (const text of expected) expect(output).toContain(text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const c of BROKEN_CASES) {
  test(`astro sync fails, naming file and field, when ${c.name}`, () => {
    const project = scratchProject('broken');
    try {
      syncFails({ codes: [c.files(), toMdx] }, (dirs) => project.astro('sync', dirs['codes']!), c.expect);
    } finally {
      project.remove();
    }
  });
}

for (const c of BROKEN_GUIDE_CASES) {
  test(`astro sync fails, naming file and field, when ${c.name} (guide)`, () => {
    const project = scratchProject('broken-guide');
    const files = c.files();
    try {
      syncFails(
        { guide: [files.guide, toYaml], compare: [files.compare, toYaml] },
        (dirs) => project.astro('sync', CODES_DIR, { guide: dirs['guide']!, compare: dirs['compare']! }),
        c.expect,
      );
    } finally {
      project.remove();
    }
  });
}
