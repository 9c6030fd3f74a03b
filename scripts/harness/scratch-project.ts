/**
 * A throwaway copy of the project in a temporary folder, for builds over other content (the
 * broken-entry fixtures, the benchmark's tenfold content). It has its own cache and output, so
 * these builds never touch the real content store or dist/. src and public are copied, not
 * linked: Astro's compiler loses track of components behind a symlink.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from './repo.ts';

/** The content folders besides the codes' (src/lib/site/content-files.ts reads each from <NAME>_DIR). */
const FOLDERS = ['guide', 'compare', 'messages', 'clients', 'headers', 'problems', 'caches'] as const;
type ContentDirs = Partial<Record<(typeof FOLDERS)[number], string>>;

interface AstroRun {
  status: number;
  output: string;
  seconds: number;
}

export interface ScratchProject {
  root: string;
  /**
   * Runs `astro <command>` over the entries in codesDir; returns its exit status and output. The
   * guide, comparisons, messages, client and cache measurements come from the real content/ unless
   * `dirs` names other folders.
   */
  astro: (command: 'sync' | 'build', codesDir: string, dirs?: ContentDirs) => AstroRun;
  /** The same, without blocking: for tests that run several scratch builds side by side. */
  astroAsync: (command: 'sync' | 'build', codesDir: string, dirs?: ContentDirs) => Promise<AstroRun>;
  remove: () => void;
}

export function scratchProject(prefix: string): ScratchProject {
  const root = mkdtempSync(join(tmpdir(), `${prefix}-`));
  symlinkSync(repoPath('node_modules'), join(root, 'node_modules'));
  for (const name of ['src', 'public']) cpSync(repoPath(name), join(root, name), { recursive: true });
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import config from ${JSON.stringify(repoPath('astro.config.mjs'))};\nexport default { ...config, cacheDir: './.cache', outDir: './dist' };\n`,
  );
  /** The command line and environment of `astro <command>` over the given content folders. */
  const invocation = (command: string, codesDir: string, dirs: ContentDirs) => ({
    // The Node running this script runs Astro too: the bin's `#!/usr/bin/env node` could find
    // an older system Node when the caller is not started by npm.
    file: process.execPath,
    args: [repoPath('node_modules', '.bin', 'astro'), command, '--root', root],
    options: {
      cwd: root,
      env: {
        ...process.env,
        CODES_DIR: codesDir,
        ...Object.fromEntries(FOLDERS.map((f) => [`${f.toUpperCase()}_DIR`, dirs[f] ?? repoPath('content', f)])),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
    },
  });
  return {
    root,
    astro: (command, codesDir, dirs = {}) => {
      const start = performance.now();
      const { file, args, options } = invocation(command, codesDir, dirs);
      const result = spawnSync(file, args, { ...options, encoding: 'utf8' });
      return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}`, seconds: (performance.now() - start) / 1000 };
    },
    astroAsync: (command, codesDir, dirs = {}) =>
      new Promise((done, fail) => {
        const start = performance.now();
        const { file, args, options } = invocation(command, codesDir, dirs);
        const child = spawn(file, args, options);
        let output = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
        child.on('error', fail);
        child.on('close', (status) => done({ status: status ?? 1, output, seconds: (performance.now() - start) / 1000 }));
      }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
