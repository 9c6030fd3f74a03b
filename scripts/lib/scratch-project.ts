/**
 * A throwaway copy of the project in a temporary folder, for builds over other content (the
 * broken-entry fixtures, the benchmark's tenfold content). It has its own cache and output, so
 * these builds never touch the real content store or dist/. src and public are copied, not
 * linked: Astro's compiler loses track of components behind a symlink.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..', '..');

export interface ScratchProject {
  root: string;
  /**
   * Runs `astro <command>` over the entries in codesDir; returns its exit status and output. The
   * guide and comparisons come from the real content/ unless `dirs` names other folders.
   */
  astro: (
    command: 'sync' | 'build',
    codesDir: string,
    dirs?: { guide?: string; compare?: string },
  ) => { status: number; output: string; seconds: number };
  remove: () => void;
}

export function scratchProject(prefix: string): ScratchProject {
  const root = mkdtempSync(join(tmpdir(), `${prefix}-`));
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  for (const name of ['src', 'public']) cpSync(join(repo, name), join(root, name), { recursive: true });
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import config from ${JSON.stringify(join(repo, 'astro.config.mjs'))};\nexport default { ...config, cacheDir: './.cache', outDir: './dist' };\n`,
  );
  return {
    root,
    astro: (command, codesDir, dirs = {}) => {
      const start = performance.now();
      const result = spawnSync(join(repo, 'node_modules', '.bin', 'astro'), [command, '--root', root], {
        cwd: root,
        env: {
          ...process.env,
          CODES_DIR: codesDir,
          GUIDE_DIR: dirs.guide ?? join(repo, 'content', 'guide'),
          COMPARE_DIR: dirs.compare ?? join(repo, 'content', 'compare'),
          FORCE_COLOR: '0',
          NO_COLOR: '1',
        },
        encoding: 'utf8',
      });
      return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}`, seconds: (performance.now() - start) / 1000 };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
