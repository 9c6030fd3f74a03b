// The build's cost: a timed full build, the search index's size, and a build of ten times the
// content in a scratch project.
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { splitEntry } from '../../src/lib/codes/frontmatter.ts';
import { REPO, repoPath } from '../harness/repo.ts';
import { scratchProject } from '../harness/scratch-project.ts';
import { dirBytes } from './measure.ts';

const astro = repoPath('node_modules', '.bin', 'astro');

/** The search index proper: Pagefind's index, fragments, filters, meta and WebAssembly, not its UI bundles. */
export function indexSize(site: string): number {
  const dir = join(site, 'pagefind');
  const parts = ['index', 'fragment', 'filter'].reduce((sum, sub) => sum + dirBytes(join(dir, sub)), 0);
  const files = readdirSync(dir).filter((f) => f.endsWith('.pf_meta') || (f.startsWith('wasm.') && f.endsWith('.pagefind')));
  return parts + files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

export function timedBuild(env: Record<string, string>): number {
  const start = performance.now();
  const result = spawnSync(astro, ['build'], { cwd: REPO, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - start) / 1000;
}

/**
 * Builds a copy of the site whose content is ten times larger, in a scratch project, never in
 * content/. Codes are 100-599, so there can be at most 500 entries: the copy has 500 (every
 * real entry and generated ones in the free numbers), each generated body repeated to reach ten
 * times the real content's bytes.
 */
export function growthBuild(): { entries: number; contentBytes: number; seconds: number; indexBytes: number } {
  const project = scratchProject('bench-growth');
  try {
    const codes = join(project.root, 'codes');
    mkdirSync(codes);
    cpSync(repoPath('content', 'codes'), codes, { recursive: true });
    const real = readdirSync(codes).map((f) => readFileSync(join(codes, f), 'utf8'));
    const realBytes = real.reduce((s, t) => s + t.length, 0);
    const taken = new Set(readdirSync(codes).map((f) => Number(f.replace('.mdx', ''))));
    const free = Array.from({ length: 500 }, (_, i) => 100 + i).filter((c) => !taken.has(c));
    const perEntry = Math.ceil((realBytes * 10 - realBytes) / free.length);
    free.forEach((code, i) => {
      const source = real[i % real.length] ?? '';
      const { data: copied, body } = splitEntry(source, `${code}.mdx`);
      // A copy of a real entry under a free number, with nothing that points to other entries.
      const data = { ...(copied as Record<string, unknown>), code, phrase: `Generated ${code}`, related: [], confusedWith: [], inCode: {} };
      const yaml = dump(data);
      let text = body;
      while (text.length + yaml.length < perEntry) text += `\n${body}`;
      writeFileSync(join(codes, `${code}.mdx`), `---\n${yaml}---\n${text}`);
    });
    const contentBytes = readdirSync(codes).reduce((s, f) => s + statSync(join(codes, f)).size, 0);
    const build = project.astro('build', codes);
    if (build.status !== 0) throw new Error(`the tenfold build failed:\n${build.output}`);
    return { entries: readdirSync(codes).length, contentBytes, seconds: build.seconds, indexBytes: indexSize(join(project.root, 'dist')) };
  } finally {
    project.remove();
  }
}
