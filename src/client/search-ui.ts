/**
 * The search box's behaviour, loaded on demand by search-loader.ts with the search data. Every
 * keystroke is answered at once from the data (src/lib/search-engine.ts); Pagefind's full-text
 * matches are merged in when they arrive, and the list is marked busy until then.
 *
 * It follows the ARIA combobox pattern: focus stays in the input, arrow keys move
 * `aria-activedescendant` through the listbox, Enter opens, Escape closes. Result text is
 * always set as text, never as HTML.
 */
import { classPath, codeFromPath, codePath, HOME, PAGEFIND_SCRIPT } from '../lib/paths';
import {
  buildIndex,
  codesStartingWith,
  highlightParts,
  missingCode,
  nearestTitles,
  rank,
  readQuery,
  type BodyMatches,
  type ReadQuery,
  type SearchData,
  type SearchItem,
} from '../lib/search-engine';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string }>;
}
interface Pagefind {
  options: (opts: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  /** Resolves to null when a newer call replaced this one within the delay. */
  debouncedSearch: (
    term: string,
    opts: { filters?: Record<string, string> },
    delayMs: number,
  ) => Promise<{ results: PagefindResult[] } | null>;
  search: (term: string, opts: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

/** A result row: the item, and Pagefind's excerpt when the words matched in the page text. */
interface Hit {
  item: SearchItem;
  excerpt?: string;
}

/** What a search found and how to describe it. */
interface Answer {
  hits: Hit[];
  query?: ReadQuery;
  /** Some words matched, but no result matches them all. */
  partial?: boolean;
  missing?: { code: number; classId?: string };
  /** Pagefind could not load: only names, terms and summaries were searched. */
  fullTextFailed?: boolean;
}

const MAX_RESULTS = 12;
/** Pagefind waits this long for the next keystroke; the list from the data is already shown. */
const TYPING_DELAY_MS = 60;
/** Full-text results read per query: each is one small request. */
const FULL_TEXT_RESULTS = 10;
/** Written by the build into dist/pagefind/; a variable so that neither Vite nor TypeScript resolves it. */
const PAGEFIND_URL: string = PAGEFIND_SCRIPT;
const NUMBER_PREFIX = /^\d{1,3}$/;

export function attachSearch(input: HTMLInputElement, data: SearchData): void {
  if (input.dataset['ready']) return;
  const form = input.closest('form');
  const panel = document.getElementById('search-panel');
  const list = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  const classFilter = document.getElementById('search-class');
  const kindFilter = document.getElementById('search-kind');
  if (!form || !panel || !list || !status || !(classFilter instanceof HTMLSelectElement) || !(kindFilter instanceof HTMLSelectElement))
    return;
  input.dataset['ready'] = 'true';

  const index = buildIndex(data);
  const classIds = [...new Set(data.items.flatMap((i) => (i.classId ? [i.classId] : [])))];

  // Pagefind loads with the data, before the first keystroke. A failed load is forgotten, and
  // the next attempt asks for a fresh copy (a failed module import stays failed otherwise).
  let pagefind: Promise<Pagefind> | undefined;
  let attempts = 0;
  const loadPagefind = (): Promise<Pagefind> =>
    (pagefind ??= (import(/* @vite-ignore */ attempts ? `${PAGEFIND_URL}?attempt=${attempts}` : PAGEFIND_URL) as Promise<Pagefind>)
      .then(async (pf) => {
        await pf.options({ excerptLength: 16 });
        await pf.init();
        return pf;
      })
      .catch((error: unknown) => {
        pagefind = undefined;
        attempts += 1;
        throw error;
      }));
  loadPagefind().catch(() => {});

  let shown: Hit[] = [];
  let active = -1;
  let generation = 0;
  /** Words taken as typed, after "search instead for …", until the query changes. */
  let exactFor: string | undefined;

  const open = (isOpen: boolean): void => {
    panel.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) setActive(-1);
  };

  const setActive = (i: number): void => {
    active = i;
    [...list.children].forEach((li, n) => li.setAttribute('aria-selected', String(n === i)));
    const current = list.children[i];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const passesFilters = ({ item }: Hit): boolean =>
    (classFilter.value === '' || item.classId === classFilter.value) &&
    (kindFilter.value === '' || (item.kind === 'code' && (kindFilter.value === 'unofficial') === Boolean(item.unofficial)));

  /** Pagefind's pages for the words: all of them together, else each word alone. */
  const fullText = async (query: ReadQuery): Promise<{ body: BodyMatches; excerpts: Map<string, string> } | null> => {
    const pf = await loadPagefind();
    const classId = query.classId ?? (classFilter.value || undefined);
    const options = classId ? { filters: { class: classId } } : {};
    const body: BodyMatches = new Map();
    const excerpts = new Map<string, string>();
    const read = async (results: PagefindResult[], terms: number[]): Promise<void> => {
      const pages = await Promise.all(results.slice(0, FULL_TEXT_RESULTS).map((r) => r.data()));
      pages.forEach((page, rank) => {
        const url = new URL(page.url, location.href).pathname;
        const found = body.get(url) ?? { terms: new Set<number>(), rank };
        for (const t of terms) found.terms.add(t);
        body.set(url, found);
        if (!excerpts.has(url)) excerpts.set(url, page.excerpt);
      });
    };
    const together = await pf.debouncedSearch(query.words.join(' '), options, TYPING_DELAY_MS);
    if (together === null) return null;
    await read(
      together.results,
      query.words.map((_, i) => i),
    );
    if (together.results.length === 0 && query.words.length > 1) {
      const alone = await Promise.all(query.words.map((w) => pf.search(w, options)));
      await Promise.all(alone.map((r, i) => read(r.results, [i])));
    }
    return { body, excerpts };
  };

  const answerFromData = (raw: string): Answer => {
    const typed = raw.trim();
    if (NUMBER_PREFIX.test(typed)) {
      const query = readQuery(typed, index);
      const missing = missingCode(query, index);
      return { hits: codesStartingWith(typed, index).map((item) => ({ item })), query, ...(missing && { missing }) };
    }
    const query = readQuery(raw, index, { exact: exactFor === raw });
    return fromRanking(query, rank(index, query));
  };

  const fromRanking = (query: ReadQuery, ranked: ReturnType<typeof rank>, excerpts?: Map<string, string>): Answer => {
    const top = ranked[0];
    const partial = top !== undefined && query.terms.length > 1 && query.numbers.length === 0 && !top.complete;
    const hits = ranked.map(({ item }) => {
      const excerpt = excerpts?.get(item.url);
      return excerpt === undefined ? { item } : { item, excerpt };
    });
    return { hits, query, partial };
  };

  const show = (raw: string, answer: Answer, busy: boolean): void => {
    const results = answer.hits.filter(passesFilters).slice(0, MAX_RESULTS);
    shown = results;
    list.replaceChildren(...results.map((hit, i) => renderResult(hit, i, answer.query)));
    list.setAttribute('aria-busy', String(busy));
    // Which query the list answers, so that tests and tools can wait for the right one.
    list.dataset['query'] = raw;
    const filters = [classFilter.value, kindFilter.value].filter(Boolean);
    const scope = filters.length ? ` (${filters.join(', ')} only)` : '';
    status.replaceChildren(...describe(raw, answer, results.length, scope));
    open(true);
    setActive(results.length > 0 ? 0 : -1);
  };

  const run = async (): Promise<void> => {
    const raw = input.value;
    const mine = ++generation;
    if (raw.trim() === '') {
      list.replaceChildren();
      shown = [];
      status.textContent = '';
      open(false);
      return;
    }
    if (exactFor !== undefined && exactFor !== raw) exactFor = undefined;
    const answer = answerFromData(raw);
    const query = answer.query;
    const needsFullText = query !== undefined && !NUMBER_PREFIX.test(raw.trim()) && query.words.length > 0;
    show(raw, answer, needsFullText);
    if (!needsFullText || !query) return;
    try {
      const found = await fullText(query);
      if (found === null || mine !== generation) return; // a newer keystroke has taken over
      show(raw, fromRanking(query, rank(index, query, found.body), found.excerpts), false);
    } catch (error) {
      if (mine !== generation) return;
      console.warn('full-text search failed to load', error);
      show(raw, { ...answer, fullTextFailed: true }, false);
    }
  };

  const go = (url: string): void => {
    window.location.assign(url);
  };

  /** The status line: how many results, how the query was read, or why there are none. */
  const describe = (raw: string, answer: Answer, count: number, scope: string): (string | Node)[] => {
    const quoted = `“${raw.trim().slice(0, 60)}”`;
    const parts: (string | Node)[] = [];
    if (answer.missing) {
      const { code, classId } = answer.missing;
      parts.push(`There is no ${code} in the registry or in this reference.`);
      if (classId) parts.push(' ', link(classPath(classId), `See all ${classId} codes`), '.');
      else parts.push(' Status codes run from 100 to 599.');
      return parts;
    }
    const corrections = answer.query?.corrections ?? [];
    if (corrections.length > 0 && exactFor !== raw) {
      const strong = el('strong', '');
      strong.textContent = answer.query?.words.join(' ') ?? '';
      const instead = el('button', 'underline text-(--link)');
      instead.type = 'button';
      instead.textContent = `Search for ${quoted} instead`;
      instead.addEventListener('click', () => {
        exactFor = raw;
        input.focus();
        void run();
      });
      parts.push('Showing results for ', strong, '. ', instead, '. ');
    }
    if (count === 0) {
      const near = answer.query ? nearestTitles(index, raw).filter((i) => i.code !== undefined) : [];
      parts.push(`No code matches ${quoted}${scope}. `);
      if (near.length > 0) {
        parts.push('Did you mean ');
        near.forEach((item, i) => parts.push(i === 0 ? '' : ', ', link(item.url, `${item.code} ${item.title}`)));
        parts.push('? ');
      }
      const classes = classIds.flatMap((id, i) => [i === 0 ? '' : ', ', link(classPath(id), id)]);
      parts.push('Browse ', link(HOME, 'the cheatsheet'), ' or a class: ', ...classes, '.');
    } else {
      parts.push(`${count} ${count === 1 ? 'result' : 'results'} for ${quoted}${scope}`);
      if (answer.partial) parts.push(': no page has every word, so the closest matches come first');
      parts.push('.');
    }
    if (answer.fullTextFailed)
      parts.push(' Full-text search could not load, so only names and summaries were searched; type again to retry.');
    return parts;
  };

  input.addEventListener('input', () => void run());
  classFilter.addEventListener('change', () => void run());
  kindFilter.addEventListener('change', () => void run());
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '') void run();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (panel.hidden) return void run();
      if (shown.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + shown.length) % shown.length);
    } else if (event.key === 'Escape') {
      if (!panel.hidden) {
        event.preventDefault();
        open(false);
      } else if (input.value !== '') {
        input.value = '';
      }
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = input.value.trim();
    const exact = /^\d{3}$/.test(typed) ? index.byUrl.get(codePath(Number(typed))) : undefined;
    if (exact) return go(exact.item.url);
    const chosen = shown[active] ?? shown[0];
    if (chosen) go(chosen.item.url);
  });
  // Keep focus in the input while a row is pressed; otherwise focusout closes the panel first.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const li = event.target instanceof Element ? event.target.closest('li[data-url]') : null;
    if (li instanceof HTMLElement && li.dataset['url']) go(li.dataset['url']);
  });
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node) || !form.contains(event.relatedTarget)) open(false);
  });

  if (input.value.trim() !== '') void run();
}

const BADGES: Record<SearchItem['kind'], string> = { code: '', compare: 'vs', guide: 'guide' };

function renderResult({ item, excerpt }: Hit, index: number, query: ReadQuery | undefined): HTMLLIElement {
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
  badge.textContent = item.kind === 'code' ? String(item.code) : BADGES[item.kind];
  const body = el('span', 'min-w-0');
  const title = el('span', 'block font-semibold');
  title.append(...marked(item.title, query));
  if (item.unofficial) {
    const tag = el(
      'span',
      'ml-2 text-xs font-normal uppercase tracking-wide text-(--muted) border border-dashed border-(--muted) rounded px-1',
    );
    tag.textContent = 'unofficial';
    title.append(' ', tag);
  }
  const summary = el('span', 'block text-sm text-(--muted)');
  summary.append(...marked(item.summary, query));
  body.append(title, summary);
  // When the words matched elsewhere in the page, show where, so the result explains itself.
  if (excerpt && query && !highlightParts(`${item.title} ${item.summary}`, query).some((p) => p.match)) {
    const context = el('span', 'block text-sm text-(--muted) italic');
    context.append('…', ...fromExcerpt(excerpt), '…');
    body.append(context);
  }
  li.append(badge, body);
  return li;
}

function marked(text: string, query: ReadQuery | undefined): Node[] {
  if (!query) return [document.createTextNode(text)];
  return highlightParts(text, query).map((part) => {
    if (!part.match) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
}

/**
 * Pagefind's excerpt is page text with <mark> around the matched words. Only those marks are
 * kept, as elements; everything else becomes text, so nothing in an excerpt can run as markup.
 */
function fromExcerpt(excerpt: string): Node[] {
  return excerpt.split(/(<mark>.*?<\/mark>)/).map((piece) => {
    const inner = /^<mark>(.*)<\/mark>$/.exec(piece);
    const text = decodeEntities((inner?.[1] ?? piece).replace(/<[^>]*>/g, ''));
    if (!inner) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(Number(name[1] === 'x' || name[1] === 'X' ? `0${name.slice(1)}` : name.slice(1)));
    return named[name.toLowerCase()] ?? whole;
  });
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', '');
  a.href = href;
  a.textContent = text;
  return a;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}
