/**
 * Broken content fails a real `astro sync` (and so every build) with a message that names the
 * file and the field: one broken code entry and one broken guide file, each written into a
 * scratch copy of the project with its own cache. Two runs are enough here because the unit
 * layer runs every case of tests/support/broken-entries.ts and broken-guide.ts through the same
 * schemas and checks (tests/unit/content.test.ts, guide.test.ts); these two show that the
 * collections' loaders really use them and that Astro's output keeps the file and field. The
 * code case is a schema error (Astro formats it), the guide case a cross-file check (ours).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { scratchProject, type ScratchProject } from '../../scripts/harness/scratch-project.ts';
import { BROKEN_CASES, toMdx } from '../support/broken-entries.ts';
import { BROKEN_GUIDE_CASES, toYaml } from '../support/broken-guide.ts';
import { CODES_DIR } from '../support/content.ts';

type Folder = Record<string, Record<string, unknown>>;

/** Writes each folder's files into a temporary directory and returns the directories. */
function writeFolders(root: string, folders: Record<string, [Folder, (data: Record<string, unknown>) => string]>): Record<string, string> {
  const dirs: Record<string, string> = {};
  for (const [name, [files, serialise]] of Object.entries(folders)) {
    dirs[name] = join(root, name);
    mkdirSync(dirs[name], { recursive: true });
    for (const [file, data] of Object.entries(files)) writeFileSync(join(dirs[name], file), serialise(data));
  }
  return dirs;
}

function byName<T extends { name: string }>(cases: T[], name: string): T {
  const found = cases.find((c) => c.name === name);
  if (!found) throw new Error(`no broken case named "${name}"`);
  return found;
}

const codeCase = byName(BROKEN_CASES, 'a response example has no status line');
const guideCase = byName(BROKEN_GUIDE_CASES, 'an answer leads to a step that does not exist');

/** Writes the folders into a scratch project, runs `astro sync` over them, and checks the output. */
async function syncFails(
  prefix: string,
  folders: Record<string, [Folder, (data: Record<string, unknown>) => string]>,
  run: (project: ScratchProject, dirs: Record<string, string>) => Promise<{ status: number; output: string }>,
  expected: string[],
): Promise<void> {
  const project = scratchProject(prefix);
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-content-`));
  try {
    const { status, output } = await run(project, writeFolders(dir, folders));
    assert.notEqual(status, 0, output);
    for (const text of expected) assert.ok(output.includes(text), `expected "${text}" in:\n${output}`);
  } finally {
    project.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}

// The two syncs run side by side: each is a separate Astro process.
describe('broken content', { concurrency: true }, () => {
  test(`astro sync fails, naming file and field, when ${codeCase.name}`, () =>
    syncFails('broken', { codes: [codeCase.files(), toMdx] }, (p, dirs) => p.astroAsync('sync', dirs['codes']!), codeCase.expect));

  test(`astro sync fails, naming file and field, when ${guideCase.name} (guide)`, () => {
    const files = guideCase.files();
    return syncFails(
      'broken-guide',
      { guide: [files.guide, toYaml], compare: [files.compare, toYaml] },
      (p, dirs) => p.astroAsync('sync', CODES_DIR, { guide: dirs['guide']!, compare: dirs['compare']! }),
      guideCase.expect,
    );
  });
});
