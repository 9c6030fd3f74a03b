/**
 * Short prose from the content data, split into what InlineText renders: plain text, `code` in
 * backticks (as in the MDX bodies), and, when the known status codes are given, the codes the
 * text mentions, so a guide answer that says "send 416" links to the 416 page. Pure, so the unit
 * tests check what counts as a mention.
 */
export type InlinePart = { kind: 'text'; text: string } | { kind: 'code'; text: string } | { kind: 'status'; code: number; text: string };

/**
 * A status code standing alone in prose: three digits that are not part of a longer number, a
 * section (§15.5.17), a version (HTTP/1.1), a path, a range or a setting (max-age=300).
 */
const MENTION = /(?<![\w.§/=:-])([1-5]\d\d)(?![\w/-]|\.\d)/g;

export function inlineParts(text: string, codes?: ReadonlySet<number>): InlinePart[] {
  const parts: InlinePart[] = [];
  for (const piece of text.split(/(`[^`]+`)/)) {
    if (piece === '') continue;
    if (piece.startsWith('`') && piece.endsWith('`') && piece.length > 1) {
      parts.push({ kind: 'code', text: piece.slice(1, -1) });
      continue;
    }
    let last = 0;
    for (const match of codes ? piece.matchAll(MENTION) : []) {
      const code = Number(match[1]);
      if (!codes?.has(code)) continue;
      if (match.index > last) parts.push({ kind: 'text', text: piece.slice(last, match.index) });
      parts.push({ kind: 'status', code, text: match[1]! });
      last = match.index + match[0].length;
    }
    if (last < piece.length) parts.push({ kind: 'text', text: piece.slice(last) });
  }
  return parts;
}
