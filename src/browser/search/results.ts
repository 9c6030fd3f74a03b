/**
 * How the search box draws a result row: the code or kind, the title and summary with the
 * query's words marked, and Pagefind's excerpt where the row's own text does not show them.
 * Text is always set as text, never as HTML.
 */
import { codeFromPath } from '../../lib/site/paths.ts';
import { excerptParts, wantsExcerpt, type Hit } from '../../lib/search/answer.ts';
import { highlightParts, type ReadQuery, type SearchItem } from '../../lib/search/engine.ts';

const BADGES: Record<SearchItem['kind'], string> = {
  code: '',
  compare: 'vs',
  guide: 'guide',
  header: 'header',
  message: 'msg',
  reference: 'ref',
  caching: 'cache',
};

export function renderResult({ item, excerpt }: Hit, index: number, query: ReadQuery | undefined): HTMLLIElement {
  const li = el('li', 'search-result flex gap-3 px-3 py-2 cursor-pointer border-t border-(--line)');
  li.id = `search-result-${index}`;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.dataset['url'] = item.url;
  const code = codeFromPath(item.url);
  if (item.kind === 'code' && code !== undefined) li.dataset['code'] = String(code);
  else li.dataset['kind'] = item.kind;
  if (item.codes) li.dataset['codes'] = item.codes.join(' ');
  if (item.classId) li.dataset['class'] = item.classId;
  const badge = el('span', 'font-mono font-bold text-(--cls) shrink-0 w-10');
  badge.textContent =
    item.kind === 'code' ? String(item.code) : item.kind === 'message' ? String(item.codes?.[0] ?? '—') : BADGES[item.kind];
  const body = el('span', 'min-w-0');
  const title = el('span', 'block font-semibold');
  if (item.kind === 'message') title.append(`${item.origins?.[0] ?? ''}: `);
  title.append(...marked(item.title, query));
  if (item.unofficial) {
    title.append(
      ' ',
      el(
        'span',
        'ml-2 text-xs font-normal uppercase tracking-wide text-(--muted) border border-dashed border-(--muted) rounded px-1',
        'unofficial',
      ),
    );
  }
  const summary = el('span', `block text-sm text-(--muted)${item.kind === 'message' ? ' font-mono break-words' : ''}`);
  summary.append(...marked(item.summary, query));
  body.append(title, summary);
  // When the words matched elsewhere in the page, show where, so the result explains itself.
  if (excerpt && query && wantsExcerpt({ item }, query)) {
    const context = el('span', 'block text-sm text-(--muted) italic');
    context.append('…', ...fromExcerpt(excerpt), '…');
    body.append(context);
  }
  li.append(badge, body);
  return li;
}

function marked(text: string, query: ReadQuery | undefined): Node[] {
  if (!query) return [document.createTextNode(text)];
  return highlightParts(text, query).map((part) => (part.match ? el('mark', '', part.text) : document.createTextNode(part.text)));
}

/** Pagefind's excerpt as text and marks (src/lib/search/answer.ts parses it inertly). */
function fromExcerpt(excerpt: string): Node[] {
  return excerptParts(excerpt, new DOMParser()).map((p) => (p.mark ? el('mark', '', p.text) : document.createTextNode(p.text)));
}

export function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', '', text);
  a.href = href;
  return a;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
