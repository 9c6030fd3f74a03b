import type { APIRoute } from 'astro';
import { classOf } from '../lib/site/classes.ts';
import { literalText, messageParts } from '../lib/messages/text.ts';
import { allMessages } from '../lib/messages/collection.ts';
import { messagePath } from '../lib/site/paths.ts';
import type { SearchData, SearchItem } from '../lib/search/engine.ts';

/**
 * The messages' search data, apart from /codes.json so that the first results of a search do not
 * wait for it on a slow connection: the search box loads both at once and adds the messages to
 * its index when they arrive. A message is found by its text, its title, its key and its source.
 */
export const GET: APIRoute = async () => {
  const items: SearchItem[] = (await allMessages()).map(({ source, message: m }) => {
    // The status the client gets, or for a message that comes with none, the one the server logs.
    const code = m.status ?? m.logged;
    const slots = [...new Set(messageParts(m.text).flatMap((p) => (p.placeholder ? [p.text] : [])))];
    return {
      url: messagePath(source.id, m.id),
      kind: 'message',
      title: m.title,
      // Shown under the title: the text as it appears, each placeholder as the kind of value there.
      summary: messageParts(m.text)
        .map((p) => (p.placeholder ? `‹${p.text}›` : p.text))
        .join(''),
      text: literalText(m.text),
      ...(code !== undefined && { codes: [code], classId: classOf(code).id }),
      ...(slots.length > 0 && { slots }),
      ...(m.key && { key: m.key }),
      origins: [source.data.name],
      terms: m.searchTerms,
    } satisfies SearchItem;
  });
  const data: SearchData = { items };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
