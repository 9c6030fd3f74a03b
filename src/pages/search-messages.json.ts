import type { APIRoute } from 'astro';
import { allMessages } from '../lib/messages/collection.ts';
import { messageItem } from '../lib/search/data.ts';
import type { SearchData } from '../lib/search/engine.ts';

/**
 * The messages' search data, apart from /codes.json so that the first results of a search do not
 * wait for it on a slow connection: the search box loads both at once and adds the messages to
 * its index when they arrive (what an item holds: src/lib/search/data.ts).
 */
export const GET: APIRoute = async () => {
  const data: SearchData = { items: (await allMessages()).map(({ source, message }) => messageItem(source.id, source.data.name, message)) };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
