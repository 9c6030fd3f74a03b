import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { messagesExportSchema } from '../lib/messages/schema.ts';
import { FILES } from '../lib/site/paths.ts';

/** The JSON Schema of /messages.json, made from the same zod schema the site's data follows. */
export const GET: APIRoute = ({ site }) => {
  const schema = {
    $id: new URL(FILES.messagesSchema, site).href,
    title: 'HTTP status reference: message catalogue',
    ...z.toJSONSchema(messagesExportSchema, { target: 'draft-2020-12', io: 'output' }),
  };
  return new Response(JSON.stringify(schema, null, 1), { headers: { 'Content-Type': 'application/schema+json' } });
};
