import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { splitEntry } from './lib/frontmatter.ts';
import { codeSchema, type Status } from './lib/schema.ts';
import { comparisonSchema, stepSchema } from './lib/guide-schema.ts';
import {
  COMPARE_DIR,
  comparisonProblems,
  GUIDE_DIR,
  guideProblems,
  idFromYaml,
  throwProblems,
  type CodeStatuses,
  type ComparisonFile,
  type StepFile,
} from './lib/guide-validate.ts';
import { checkEntries, CODES_DIR, idFromFile, type EntryRefs } from './lib/validate.ts';

/** One entry per status code; the schema and its field docs live in src/lib/schema.ts. */
const codes = defineCollection({ loader: checkedGlob(), schema: codeSchema });

/** One file per question of the decision guide; the fields are documented in src/lib/guide-schema.ts. */
const guide = defineCollection({ loader: checkedYaml(GUIDE_DIR, 'guide steps', checkGuide), schema: stepSchema });

/** One file per family of codes people mix up. */
const compare = defineCollection({ loader: checkedYaml(COMPARE_DIR, 'comparisons', checkComparisons), schema: comparisonSchema });

/**
 * The glob loader, followed by the checks that need the file name or the other entries:
 * a code must match its file name, and every code an entry points to must exist. Throwing
 * here fails `astro sync`, `astro dev` and `astro build` alike, with the file and field named.
 */
function checkedGlob(): Loader {
  const inner = glob({ base: CODES_DIR, pattern: '*.mdx', generateId: idFromFile });
  return {
    name: 'checked-codes-loader',
    load: async (context) => {
      await inner.load(context);
      checkEntries([...context.store.values()].map((e) => ({ filePath: e.filePath ?? e.id, data: e.data as EntryRefs['data'] })));
    },
  };
}

/** The same for a folder of YAML files, with the checks that span files (src/lib/guide-validate.ts). */
function checkedYaml(base: string, what: string, check: (files: { filePath: string; id: string; data: unknown }[]) => string[]): Loader {
  const inner = glob({ base, pattern: '*.yaml', generateId: idFromYaml });
  return {
    name: `checked-${what.replace(' ', '-')}-loader`,
    load: async (context: LoaderContext) => {
      await inner.load(context);
      throwProblems(what, check([...context.store.values()].map((e) => ({ filePath: e.filePath ?? e.id, id: e.id, data: e.data }))));
    },
  };
}

function checkGuide(files: { filePath: string; id: string; data: unknown }[]): string[] {
  const slugs = new Set(yamlFiles(COMPARE_DIR).map((f) => idFromYaml({ entry: f })));
  return guideProblems(files as StepFile[], slugs, codeStatuses());
}

function checkComparisons(files: { filePath: string; id: string; data: unknown }[]): string[] {
  return comparisonProblems(files as ComparisonFile[], codeStatuses());
}

function yamlFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  } catch {
    return [];
  }
}

/**
 * Which codes exist and their registration status, read from the entries' frontmatter on disk:
 * collections load side by side, so the guide cannot wait for the code collection's store.
 */
function codeStatuses(): CodeStatuses {
  const statuses = new Map<number, Status>();
  for (const file of readdirSync(CODES_DIR).filter((f) => f.endsWith('.mdx'))) {
    const { data } = splitEntry(readFileSync(join(CODES_DIR, file), 'utf8'), join(CODES_DIR, file)) as {
      data?: { code?: unknown; status?: unknown };
    };
    if (typeof data?.code === 'number' && typeof data.status === 'string') statuses.set(data.code, data.status as Status);
  }
  return statuses;
}

export const collections = { codes, guide, compare };
