// Lighthouse is used only by the benchmark, and it is large (about 23 MB with its dependencies),
// so it is not a dev dependency that every `npm ci` installs: the benchmark installs it on first
// use into node_modules/.cache, at the version below, and loads it from there.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoPath } from './repo.ts';

const VERSION = '13.5.0';
const DIR = repoPath('node_modules', '.cache', `lighthouse-${VERSION}`);
const PACKAGE = join(DIR, 'node_modules', 'lighthouse');

/** The part of a Lighthouse result the benchmark reads. */
export interface LighthouseRun {
  lhr: { categories: Record<string, { score: number | null }>; runtimeError?: { code: string; message: string } };
}
export type Lighthouse = (url: string, flags: Record<string, unknown>, config?: unknown) => Promise<LighthouseRun | undefined>;

/** Lighthouse and its desktop configuration, installed on first use. */
export async function loadLighthouse(): Promise<{ lighthouse: Lighthouse; desktopConfig: unknown }> {
  if (!existsSync(join(PACKAGE, 'package.json'))) {
    console.log(`Installing lighthouse@${VERSION} for the benchmark into ${DIR}`);
    execFileSync('npm', ['install', '--prefix', DIR, '--no-save', '--loglevel=error', `lighthouse@${VERSION}`], { stdio: 'inherit' });
  }
  const load = async (file: string): Promise<unknown> =>
    ((await import(pathToFileURL(join(PACKAGE, file)).href)) as { default: unknown }).default;
  return { lighthouse: (await load('core/index.js')) as Lighthouse, desktopConfig: await load('core/config/desktop-config.js') };
}
