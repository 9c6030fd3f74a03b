/**
 * The real message catalogue, read from content/messages with the YAML parser Astro uses and
 * parsed with the site's own schema, for the tests of the built catalogue pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { messageFileSchema, type MessageData, type MessageFileData } from '../../src/lib/messages/schema.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

const dir = repoPath('content', 'messages');

/** Every source by id (its file name), in file-name order. */
export const sources: Map<string, MessageFileData> = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => [f.replace('.yaml', ''), messageFileSchema.parse(load(readFileSync(join(dir, f), 'utf8')))]),
);

/** Every message with the id of its source. */
export const messages: { source: string; message: MessageData }[] = [...sources].flatMap(([source, data]) =>
  data.messages.map((message) => ({ source, message })),
);

/** A message's URL, worked out here rather than with the site's messagePath: /messages/nginx/#id. */
export const messageUrl = (source: string, id: string): string => `/messages/${source}/#${id}`;
