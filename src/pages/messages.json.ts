import type { APIRoute } from 'astro';
import { allSources } from '../lib/messages/collection.ts';
import { PLACEHOLDER, type MessagesExport } from '../lib/messages/schema.ts';
import { HOME, messagePath, messagesPath } from '../lib/site/paths.ts';

/** The message catalogue for tools; the README documents it and /messages.schema.json describes it. */
export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string): string => new URL(path, site).href;
  const data: MessagesExport = {
    version: 1,
    site: absolute(HOME),
    sources: (await allSources()).map(({ id, data }) => ({
      id,
      url: absolute(messagesPath(id)),
      name: data.name,
      kind: data.kind,
      about: data.about,
      checked: data.checked,
      docs: data.docs,
      messages: data.messages.map((m) => ({
        ...m,
        url: absolute(messagePath(id, m.id)),
        placeholders: [...m.text.matchAll(PLACEHOLDER)].map(
          (p) => p[1] as MessagesExport['sources'][number]['messages'][number]['placeholders'][number],
        ),
      })),
    })),
  };
  return new Response(JSON.stringify(data, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
