/**
 * How a header's relation to a code is said in a few words: the specification's own keyword, and
 * who it binds or where the header travels when that is not the server's response. Pure.
 */
import type { HeaderCode } from './schema.ts';

const KEYWORDS: Record<HeaderCode['level'], string> = {
  must: 'MUST',
  should: 'SHOULD',
  may: 'MAY',
  'must-not': 'MUST NOT',
  'should-not': 'SHOULD NOT',
  pairs: '',
};

/** "MUST", "in the request, SHOULD", "client MUST"; empty for a field that is only commonly sent with the code. */
export function relationLabel(relation: HeaderCode): string {
  const keyword = KEYWORDS[relation.level];
  if (keyword === '') return '';
  const who = relation.actor === 'server' ? '' : `${relation.actor} `;
  const when = relation.condition ? ` ${relation.condition}` : '';
  return relation.in === 'request' ? `in the request: ${who}${keyword}${when}` : `${who}${keyword}${when}`;
}
