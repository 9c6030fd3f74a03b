import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { claimProblems, claimSource } from './lib/clients/claims.ts';
import { MEASUREMENTS_FILE, measurementsSchema } from './lib/clients/schema.ts';
import { cachingClaimProblems } from './lib/caches/claims.ts';
import { cdnFileSchema, crawlerFileSchema, documentedProblems } from './lib/caches/documented.ts';
import { MEASUREMENTS_FILE as CACHE_MEASUREMENTS_FILE, measurementsSchema as cacheMeasurementsSchema } from './lib/caches/schema.ts';
import { codeProblems, type CodeStatuses, type EntryRefs } from './lib/codes/validate.ts';
import { CONTENT_DIRS, idFromFileName, throwProblems } from './lib/site/content-files.ts';
import { splitEntry } from './lib/codes/frontmatter.ts';
import { comparisonSchema } from './lib/compare/schema.ts';
import { comparisonProblems, type ComparisonFile } from './lib/compare/validate.ts';
import { stepSchema } from './lib/guide/schema.ts';
import type { StepFile } from './lib/guide/tree.ts';
import { guideProblems } from './lib/guide/validate.ts';
import { messageFileSchema } from './lib/messages/schema.ts';
import { messageProblems, type MessageFile } from './lib/messages/validate.ts';
import { codeSchema, type Status } from './lib/codes/schema.ts';
import { load as loadYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import { headersFileSchema, type HeaderData } from './lib/headers/schema.ts';
import { problemsFileSchema, type ProblemData } from './lib/problems/schema.ts';

/** One entry per status code; the schema and its field docs live in src/lib/codes/schema.ts. */
const codes = defineCollection({
  loader: checkedLoader(CONTENT_DIRS.codes, '*.mdx', 'code entries', (files) => {
    const problems = codeProblems(files as EntryRefs[]);
    // The lists' references are judged once the entries themselves are sound.
    return problems.length > 0 ? problems : listReferenceProblems(new Set(codeStatuses().keys()));
  }),
  schema: codeSchema,
});

/** One file per question of the decision guide; the fields are documented in src/lib/guide/schema.ts. */
const guide = defineCollection({ loader: checkedLoader(CONTENT_DIRS.guide, '*.yaml', 'guide steps', checkGuide), schema: stepSchema });

/** One file per family of codes people mix up. */
const compare = defineCollection({
  loader: checkedLoader(CONTENT_DIRS.compare, '*.yaml', 'comparisons', checkComparisons),
  schema: comparisonSchema,
});

/** One file per source of messages (nginx, Cloudflare, curl ...); fields in src/lib/messages/schema.ts. */
const messages = defineCollection({
  loader: checkedLoader(CONTENT_DIRS.messages, '*.yaml', 'messages', (files) =>
    entriesValid() ? messageProblems(files as MessageFile[], new Set(codeStatuses().keys())) : [],
  ),
  schema: messageFileSchema,
});

/**
 * What real HTTP clients did with each code: one file, written by `npm run clients`
 * (scripts/clients/), its shape in src/lib/clients/schema.ts. The entries' statements about
 * clients are checked against it here (src/lib/clients/claims.ts): a sentence or a fact that a
 * measurement contradicts fails the build, naming the entry.
 */
const clients = defineCollection({
  loader: checkedLoader(CONTENT_DIRS.clients, MEASUREMENTS_FILE, 'client measurements', checkClaims),
  schema: measurementsSchema,
});

/**
 * The header fields status codes depend on, one entry per field (content/headers/headers.yaml,
 * its shape in src/lib/headers/schema.ts). That every code they name has an entry is checked with
 * the codes (listReferenceProblems), where it is known which codes exist.
 */
const headers = defineCollection({
  loader: listLoader(
    join(CONTENT_DIRS.headers, 'headers.yaml'),
    'header fields',
    headersFileSchema,
    (h: HeaderData) => h.slug,
    (list) => {
      const seen = new Set<string>();
      return list.flatMap((h) => (seen.has(h.slug) ? [`${h.name}: the slug ${h.slug} is taken`] : (seen.add(h.slug), [])));
    },
  ),
});

/**
 * One problem-details example per 4xx and 5xx code (content/problems/problems.yaml, its shape in
 * src/lib/problems/schema.ts): its status that code, once each; that the code has an entry is
 * checked with the codes (listReferenceProblems).
 */
const problems = defineCollection({
  loader: listLoader(
    join(CONTENT_DIRS.problems, 'problems.yaml'),
    'problem-details examples',
    problemsFileSchema,
    (p: ProblemData) => String(p.code),
    (list) => {
      const seen = new Set<number>();
      return list.flatMap((p) => [
        ...(p.body.status === p.code ? [] : [`code ${p.code}: body.status is ${p.body.status}`]),
        ...(seen.has(p.code) ? [`code ${p.code} has two examples`] : (seen.add(p.code), [])),
      ]);
    },
  ),
});

/**
 * A YAML file holding a list, validated whole (its schema and the checks that span items), each
 * item then stored as an entry under the id `idOf` gives it. A file that does not parse or fit
 * fails the build with the file, the item's index and the field named.
 */
function listLoader<T>(
  file: string,
  what: string,
  schema: z.ZodType<T[]>,
  idOf: (item: T) => string,
  check: (items: T[]) => string[],
): Loader {
  return {
    name: `list-${what.replaceAll(' ', '-')}-loader`,
    // A loader's load returns a promise; this one has nothing to wait for.
    load: ({ store, watcher }) => {
      let raw: unknown;
      try {
        raw = loadYaml(readFileSync(file, 'utf8'));
      } catch (error) {
        throwProblems(what, [`${file}: ${(error as Error).message.split('\n')[0]}`]);
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success)
        throwProblems(
          what,
          parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(file)'}: ${i.message}`),
        );
      const items = parsed.data ?? [];
      throwProblems(
        what,
        check(items).map((p) => `${file}: ${p}`),
      );
      store.clear();
      for (const item of items) store.set({ id: idOf(item), data: item as Record<string, unknown> });
      watcher?.add(file);
      return Promise.resolve();
    },
  };
}

/**
 * The codes the header catalogue and the problem-details examples name that have no entry. Read
 * from the files as they are: a file that does not parse is reported by its own loader.
 */
function listReferenceProblems(codes: ReadonlySet<number>): string[] {
  const named = (file: string, codesOf: (item: Record<string, unknown>) => unknown[]): string[] => {
    let raw: unknown;
    try {
      raw = loadYaml(readFileSync(file, 'utf8'));
    } catch {
      return [];
    }
    if (!Array.isArray(raw)) return [];
    const missing = new Set(
      raw
        .flatMap((item) => (item && typeof item === 'object' ? codesOf(item as Record<string, unknown>) : []))
        .filter((c) => typeof c === 'number' && !codes.has(c)),
    );
    return [...missing].map((c) => `${file}: names code ${String(c)}, which has no entry in content/codes`);
  };
  return [
    ...named(join(CONTENT_DIRS.headers, 'headers.yaml'), (h) =>
      Array.isArray(h['codes']) ? h['codes'].map((c) => (c as { code?: unknown }).code) : [],
    ),
    ...named(join(CONTENT_DIRS.problems, 'problems.yaml'), (p) => [p['code']]),
  ];
}

/**
 * What caching proxies did with each code (`npm run caches`, scripts/caches/; shape in
 * src/lib/caches/schema.ts), and what CDNs and search engines document (content/caches/cdns.yaml,
 * crawlers.yaml; src/lib/caches/documented.ts). Three collections over one folder, one file each.
 * The entries' sentences about caching are checked against them here (src/lib/caches/claims.ts).
 */
const cacheMeasurements = defineCollection({
  loader: checkedLoader(CONTENT_DIRS.caches, CACHE_MEASUREMENTS_FILE, 'cache measurements', checkCachingClaims),
  schema: cacheMeasurementsSchema,
});
const cdns = defineCollection({
  loader: checkedLoader(CONTENT_DIRS.caches, 'cdns.yaml', 'CDN documentation', checkDocumented),
  schema: cdnFileSchema,
});
const crawlers = defineCollection({
  loader: checkedLoader(CONTENT_DIRS.caches, 'crawlers.yaml', 'crawler documentation', () => []),
  schema: crawlerFileSchema,
});

/**
 * Whether every code entry fits its schema. The checks of the other collections that read the
 * codes wait for that: while an entry is broken, the codes' own loader reports it, and a list of
 * every code "without an entry" from another collection would bury that message (collections load
 * side by side, and the first error is the one shown).
 */
function entriesValid(): boolean {
  return codeFiles().every((file) => {
    let valid = entryValidity.get(file);
    if (valid === undefined) entryValidity.set(file, (valid = codeSchema.safeParse(file.data).success));
    return valid;
  });
}

/** Each entry file's verdict, kept with the file as read: half a dozen checks ask, and a file is read again only when it changes. */
const entryValidity = new WeakMap<object, boolean>();

interface LoadedFile {
  filePath: string;
  id: string;
  data: unknown;
}

/**
 * The glob loader, followed by the checks that need the file name or the other files of the
 * collection (src/lib/<collection>/validate.ts). Throwing here fails `astro sync`, `astro dev` and
 * `astro build` alike, with the file and field named.
 */
function checkedLoader(base: string, pattern: string, what: string, check: (files: LoadedFile[]) => string[]): Loader {
  const inner = glob({ base, pattern, generateId: idFromFileName });
  return {
    name: `checked-${what.replaceAll(' ', '-')}-loader`,
    load: async (context: LoaderContext) => {
      await inner.load(context);
      throwProblems(what, check([...context.store.values()].map((e) => ({ filePath: e.filePath ?? e.id, id: e.id, data: e.data }))));
    },
  };
}

function checkGuide(files: LoadedFile[]): string[] {
  if (!entriesValid()) return [];
  const slugs = new Set(fileNames(CONTENT_DIRS.compare, '.yaml').map((entry) => idFromFileName({ entry })));
  return guideProblems(files as StepFile[], slugs, codeStatuses());
}

function checkClaims(files: LoadedFile[]): string[] {
  if (!entriesValid()) return [];
  const parsed = measurementsSchema.safeParse(files[0]?.data);
  // A malformed file is reported by the schema; a missing one fails where the pages read it.
  if (!parsed.success) return [];
  const sources = codeFiles().flatMap(({ path, data, body }) => {
    const entry = codeSchema.safeParse(data);
    return entry.success ? [claimSource(path, entry.data, body)] : [];
  });
  return claimProblems(sources, parsed.data);
}

/**
 * The other two cache files, read from disk: collections load side by side, so one cannot wait for
 * another's store. A file that does not parse is reported by its own collection.
 */
function cacheFile<T>(name: string, schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } }): T | undefined {
  try {
    const parsed = schema.safeParse(load(readFileSync(join(CONTENT_DIRS.caches, name), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function checkDocumented(files: LoadedFile[]): string[] {
  const parsed = cdnFileSchema.safeParse(files[0]?.data);
  const crawlerFile = cacheFile('crawlers.yaml', crawlerFileSchema);
  if (!parsed.success || !crawlerFile || !entriesValid()) return [];
  return documentedProblems(parsed.data, crawlerFile, new Set(codeStatuses().keys()));
}

function checkCachingClaims(files: LoadedFile[]): string[] {
  if (!entriesValid()) return [];
  const parsed = cacheMeasurementsSchema.safeParse(files[0]?.data);
  const cdnFile = cacheFile('cdns.yaml', cdnFileSchema);
  const crawlerFile = cacheFile('crawlers.yaml', crawlerFileSchema);
  if (!parsed.success || !cdnFile || !crawlerFile) return [];
  const sources = codeFiles().flatMap(({ path, data, body }) => {
    const entry = codeSchema.safeParse(data);
    return entry.success ? [claimSource(path, entry.data, body)] : [];
  });
  return cachingClaimProblems(sources, { measurements: parsed.data, cdns: cdnFile, crawlers: crawlerFile });
}

function checkComparisons(files: LoadedFile[]): string[] {
  if (!entriesValid()) return [];
  return comparisonProblems(files as ComparisonFile[], codeStatuses());
}

function fileNames(dir: string, extension: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(extension));
  } catch {
    return [];
  }
}

interface CodeFile {
  path: string;
  data: unknown;
  body: string;
}

/** Each entry file as last read, with the modification time it was read at. */
const codeFileCache = new Map<string, { mtimeMs: number; file: CodeFile }>();

/**
 * The code entries as files on disk, each split into frontmatter and body once: collections
 * load side by side, so the checks that need the codes (the guide's, the comparisons', the
 * messages', the client claims) cannot wait for the code collection's store. A file is read again
 * only when it changed, so `astro dev` sees edits.
 */
function codeFiles(): CodeFile[] {
  return fileNames(CONTENT_DIRS.codes, '.mdx').map((name) => {
    const path = join(CONTENT_DIRS.codes, name);
    const { mtimeMs } = statSync(path);
    const cached = codeFileCache.get(path);
    if (cached?.mtimeMs === mtimeMs) return cached.file;
    const file = { path, ...splitEntry(readFileSync(path, 'utf8'), path) };
    codeFileCache.set(path, { mtimeMs, file });
    return file;
  });
}

/** Which codes exist and their registration status, from the entries' frontmatter. */
function codeStatuses(): CodeStatuses {
  const statuses = new Map<number, Status>();
  for (const { data } of codeFiles()) {
    const { code, status } = (data ?? {}) as { code?: unknown; status?: unknown };
    if (typeof code === 'number' && typeof status === 'string') statuses.set(code, status as Status);
  }
  return statuses;
}

export const collections = { codes, guide, compare, messages, clients, headers, problems, cacheMeasurements, cdns, crawlers };
