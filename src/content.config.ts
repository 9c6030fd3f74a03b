import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { codeSchema } from './lib/schema.ts';
import { checkEntries, CODES_DIR, idFromFile, type EntryRefs } from './lib/validate.ts';

/** One entry per status code; the schema and its field docs live in src/lib/schema.ts. */
const codes = defineCollection({ loader: checkedGlob(), schema: codeSchema });

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

export const collections = { codes };
