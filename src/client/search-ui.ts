/**
 * The search box's behaviour, loaded on demand by search-loader.ts. It follows the ARIA
 * combobox pattern: focus stays in the input, arrow keys move `aria-activedescendant` through
 * the listbox, Enter opens, Escape closes. Result text is always set as text, never as HTML.
 */
import { classPath, codePath, codeFromPath, HOME } from '../lib/paths';
import { highlightParts, normalizeQuery, planSearch, type CodeSummary, type SearchPlan } from '../lib/search-query';

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; excerpt: string }>;
}

/** A result row: the code, and Pagefind's excerpt when the words matched in the page text. */
interface Hit {
  code: CodeSummary;
  excerpt?: string;
}
interface Pagefind {
  options: (opts: Record<string, unknown>) => Promise<void>;
  /** Resolves to null when a newer call replaced this one within the delay. */
  debouncedSearch: (term: string, opts: { filters?: Record<string, string> }, delayMs: number) => Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 12;
/** Words wait this long for the next keystroke, so typing "timeout" runs one search, not seven. */
const TYPING_DELAY_MS = 80;
/** Written by the build into dist/pagefind/; a variable so that neither Vite nor TypeScript resolves it. */
const PAGEFIND_URL = '/pagefind/pagefind.js';

export async function attachSearch(input: HTMLInputElement): Promise<void> {
  if (input.dataset['ready']) return;
  input.dataset['ready'] = 'true';
  const form = input.closest('form');
  const panel = document.getElementById('search-panel');
  const list = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  const classFilter = document.getElementById('search-class');
  const kindFilter = document.getElementById('search-kind');
  if (!form || !panel || !list || !status || !(classFilter instanceof HTMLSelectElement) || !(kindFilter instanceof HTMLSelectElement)) return;

  const codes: CodeSummary[] = await fetch('/codes.json').then((r) => r.json() as Promise<CodeSummary[]>);
  const byCode = new Map(codes.map((c) => [c.code, c]));
  const classIds = [...new Set(codes.map((c) => c.classId))];
  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = (): Promise<Pagefind> =>
    (pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ excerptLength: 16 });
      return pf;
    }));

  let shown: Hit[] = [];
  let active = -1;
  let generation = 0;

  const open = (isOpen: boolean): void => {
    panel.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) setActive(-1);
  };

  const setActive = (index: number): void => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    const current = list.children[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const passesFilters = ({ code }: Hit): boolean =>
    (classFilter.value === '' || code.classId === classFilter.value) &&
    (kindFilter.value === '' || (kindFilter.value === 'unofficial') === code.unofficial);

  const hits = (numbers: number[]): Hit[] => numbers.flatMap((c) => {
    const code = byCode.get(c);
    return code ? [{ code }] : [];
  });

  /** The hits for a plan, or undefined when a newer keystroke superseded this search. */
  const resolve = async (plan: SearchPlan): Promise<Hit[] | undefined> => {
    if (plan.kind === 'empty') return [];
    if (plan.kind === 'codes') return hits(plan.codes);
    const found = hits(plan.pinned);
    if (plan.text !== '') {
      const pf = await loadPagefind();
      // A class named in the query ("4xx timeout") or chosen in the filter narrows the index search.
      const classId = plan.classId ?? (classFilter.value || undefined);
      const response = await pf.debouncedSearch(plan.text, classId ? { filters: { class: classId } } : {}, TYPING_DELAY_MS);
      if (response === null) return undefined;
      // Each result's data is one request: load only what can be shown, more when the kind filter thins it.
      const wanted = kindFilter.value ? 3 * MAX_RESULTS : MAX_RESULTS;
      const pages = await Promise.all(response.results.slice(0, wanted).map((r) => r.data()));
      for (const page of pages) {
        const code = byCode.get(codeFromPath(new URL(page.url, location.href).pathname) ?? NaN);
        if (code && !found.some((h) => h.code === code)) found.push({ code, excerpt: page.excerpt });
      }
    }
    return found;
  };

  const run = async (): Promise<void> => {
    const query = input.value;
    const mine = ++generation;
    const plan = planSearch(query, codes);
    if (plan.kind === 'empty') {
      list.replaceChildren();
      shown = [];
      status.textContent = '';
      open(false);
      return;
    }
    const found = await resolve(plan);
    if (found === undefined || mine !== generation) return; // a newer query has started; drop this answer
    const results = found.filter(passesFilters).slice(0, MAX_RESULTS);
    shown = results;
    list.replaceChildren(...results.map((hit, i) => renderResult(hit, i, query)));
    const filters = [classFilter.value, kindFilter.value].filter(Boolean);
    status.replaceChildren(...describe(plan, results.length, query, filters.length ? ` (${filters.join(', ')} only)` : '', classIds));
    open(true);
    setActive(results.length > 0 ? 0 : -1);
  };

  const go = (code: number): void => {
    window.location.assign(codePath(code));
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
    const typed = normalizeQuery(input.value);
    if (/^\d{3}$/.test(typed) && byCode.has(Number(typed))) return go(Number(typed));
    const chosen = shown[active] ?? shown[0];
    if (chosen) go(chosen.code.code);
  });
  // Keep focus in the input while a row is pressed; otherwise focusout closes the panel first.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const li = event.target instanceof Element ? event.target.closest('li[data-code]') : null;
    if (li instanceof HTMLElement) go(Number(li.dataset['code']));
  });
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node) || !form.contains(event.relatedTarget)) open(false);
  });

  if (input.value.trim() !== '') await run();
}

function renderResult({ code: c, excerpt }: Hit, index: number, query: string): HTMLLIElement {
  const li = el('li', 'search-result flex gap-3 px-3 py-2 cursor-pointer border-t border-(--line)');
  li.id = `search-result-${index}`;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.dataset['code'] = String(c.code);
  li.dataset['class'] = c.classId;
  const badge = el('span', 'font-mono font-bold text-(--cls) shrink-0 w-10');
  badge.textContent = String(c.code);
  const body = el('span', 'min-w-0');
  const title = el('span', 'block font-semibold');
  title.append(...marked(c.phrase, query));
  if (c.unofficial) {
    const tag = el('span', 'ml-2 text-xs font-normal uppercase tracking-wide text-(--muted) border border-dashed border-(--muted) rounded px-1');
    tag.textContent = 'unofficial';
    title.append(' ', tag);
  }
  const summary = el('span', 'block text-sm text-(--muted)');
  summary.append(...marked(c.summary, query));
  body.append(title, summary);
  // When the words matched elsewhere in the page, show where, so the result explains itself.
  if (excerpt && !highlightParts(`${c.phrase} ${c.summary}`, query).some((p) => p.match)) {
    const context = el('span', 'block text-sm text-(--muted) italic');
    context.append('…', ...fromExcerpt(excerpt), '…');
    body.append(context);
  }
  li.append(badge, body);
  return li;
}

/** The status line: how many results, or why there are none; `scope` names active filters. */
function describe(plan: SearchPlan, count: number, query: string, scope: string, classIds: string[]): (string | Node)[] {
  const shownQuery = `“${query.trim().slice(0, 60)}”`;
  if (plan.kind === 'codes' && plan.missing) {
    const { code, classId } = plan.missing;
    const text = `There is no ${code} in the registry or in this reference.`;
    if (!classId) return [`${text} Status codes run from 100 to 599.`];
    const link = el('a', '');
    link.href = classPath(classId);
    link.textContent = `See all ${classId} codes`;
    return [`${text} `, link, '.'];
  }
  if (count === 0) {
    const link = (href: string, text: string): HTMLAnchorElement => {
      const a = el('a', '');
      a.href = href;
      a.textContent = text;
      return a;
    };
    const classes = classIds.flatMap((id, i) => [i === 0 ? '' : ', ', link(classPath(id), id)]);
    return [`No code matches ${shownQuery}${scope}. Try other words or a number, or browse `, link(HOME, 'the cheatsheet'), ' or a class: ', ...classes, '.'];
  }
  return [`${count} ${count === 1 ? 'result' : 'results'} for ${shownQuery}${scope}`];
}

function marked(text: string, query: string): Node[] {
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

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}
