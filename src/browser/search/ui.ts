/**
 * The search box's behaviour, loaded on demand by loader.ts with the search data. Every
 * keystroke is answered at once from the codes' data (src/lib/search/answer.ts); the messages' data
 * and Pagefind's full-text matches add results below when they arrive, never moving a row the
 * visitor can see or has selected.
 *
 * It follows the ARIA combobox pattern: focus stays in the input, arrow keys move
 * `aria-activedescendant` through the listbox, Enter opens, Escape closes. Result text is
 * always set as text, never as HTML.
 */
import { codePath, FILES } from '../../lib/site/paths.ts';
import {
  answerFor,
  describe,
  settle,
  wantsExcerpt,
  withFullText,
  type Answer,
  type Hit,
  type StatusPart,
} from '../../lib/search/answer.ts';
import { buildIndexGradually, extendIndex, type SearchData, type SearchIndex } from '../../lib/search/engine.ts';
import { SearchLoading } from '../../lib/search/loading.ts';
import { fullText, idle, loadPagefind, warmChunksFor, type FullText } from './pagefind.ts';
import { el, link, renderResult } from './results.ts';

const FILTERS =
  '<div class="search-filters" role="group" aria-label="Filter results">' +
  '<label>Class<select id="search-class"></select></label><label>Kind<select id="search-kind"></select></label></div>';
const LIST = '<ul id="search-results" role="listbox" aria-label="Search results"></ul>';

/** Starts loading Pagefind: the visitor reached for search, and the loader has this code before the data. */
export function startFullText(): void {
  loadPagefind().catch(() => {});
}

/**
 * Prepares search and wires the box. The loader calls it while the visitor reads (the page idle)
 * or at once when they reach for the field; the index is built a few items at a time until the
 * visitor reaches for search, then at once. Pagefind and the messages' data load only then.
 */
export async function attachSearch(input: HTMLInputElement, data: SearchData): Promise<void> {
  if (input.dataset['ready']) return;
  const form = input.closest('form');
  const panel = document.getElementById('search-panel');
  const status = document.getElementById('search-status');
  if (!form || !panel || !status) return;
  // The panel's parts that only this code uses; the page sends the panel with its status alone (Search.astro).
  status.insertAdjacentHTML('beforebegin', FILTERS);
  status.insertAdjacentHTML('afterend', LIST);
  input.setAttribute('aria-controls', 'search-results');
  const list = document.getElementById('search-results');
  const classFilter = document.getElementById('search-class');
  const kindFilter = document.getElementById('search-kind');
  if (!list || !(classFilter instanceof HTMLSelectElement) || !(kindFilter instanceof HTMLSelectElement)) return;
  input.dataset['ready'] = 'true';

  // When to fetch the messages and ask Pagefind: src/lib/search/loading.ts.
  const loading = new SearchLoading();
  // Pagefind can settle while the index is still being built (offline it fails at once); the
  // messages asked for then are fetched once the index they extend exists. Calling the fetch
  // itself before then threw (it was declared after the build), and the list stayed busy for good.
  let messagesWanted = false;
  let loadMessages = (): void => {
    messagesWanted = true;
  };
  let reached = false;
  const reach = (): void => {
    if (reached) return;
    reached = true;
    loadPagefind().then(
      () => loading.pagefindSettled(true) && loadMessages(),
      () => loading.pagefindSettled(false) && loadMessages(),
    );
  };
  for (const event of ['focus', 'pointerenter', 'input']) input.addEventListener(event, reach);
  if (document.activeElement === input || input.value !== '') reach();

  const index: SearchIndex = await buildIndexGradually(data, { pause: idle, urgent: () => reached });
  const classIds = [...new Set(data.items.flatMap((i) => (i.classId ? [i.classId] : [])))].sort();
  // The filters' choices, beside the code that applies them (passesFilters); the page sends the selects empty.
  classFilter.replaceChildren(new Option('All', ''), ...classIds.map((id) => new Option(id, id)));
  kindFilter.replaceChildren(new Option('All', ''), new Option('Registered', 'registered'), new Option('Unofficial', 'unofficial'));

  loadMessages = (): void => {
    void fetch(FILES.messageSearchData)
      .then((r) => (r.ok ? (r.json() as Promise<SearchData>) : Promise.reject(new Error(`${FILES.messageSearchData}: ${r.status}`))))
      // Read when the page is idle (between keystrokes), so a letter typed meanwhile is not kept waiting.
      .then((messages) => idle().then(() => void extendIndex(index, messages.items)))
      .catch((error: unknown) => console.warn('the messages could not load', error))
      .finally(() => {
        loading.messagesArrived();
        if (!panel.hidden && input.value.trim() !== '') void run({ keep: true });
      });
  };
  if (messagesWanted) loadMessages();

  let shown: Hit[] = [];
  let shownFor = '';
  let active = -1;
  /** Words taken as typed, after "search instead for …", until the query changes. */
  let exactFor: string | undefined;

  const open = (isOpen: boolean): void => {
    panel.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) setActive(-1);
  };

  /**
   * Selects a row. Only a move by the visitor scrolls it into view: scrolling forces a layout of
   * the whole page, which on a freshly drawn list (the first row, at the top) costs a third of
   * the first keystroke's time and moves nothing.
   */
  const setActive = (i: number, { scroll = false } = {}): void => {
    active = i;
    [...list.children].forEach((li, n) => li.setAttribute('aria-selected', String(n === i)));
    const current = list.children[i];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      if (scroll) current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const passesFilters = ({ item }: Hit): boolean =>
    (classFilter.value === '' || item.classId === classFilter.value) &&
    (kindFilter.value === '' || (item.kind === 'code' && (kindFilter.value === 'unofficial') === Boolean(item.unofficial)));

  /**
   * Shows an answer. With `keep`, the rows already shown for this query keep their places and
   * the selection stays on the row it was on; otherwise the list starts afresh.
   */
  const show = (raw: string, answer: Answer, { busy, keep }: { busy: boolean; keep: boolean }): void => {
    const filtered = answer.hits.filter(passesFilters);
    const selected = shown[active]?.item.url;
    const rows = keep && shownFor === raw ? settle(shown, filtered) : settle([], filtered);
    shown = rows;
    shownFor = raw;
    list.replaceChildren(...rows.map((hit, i) => renderResult(hit, i, answer.query)));
    list.setAttribute('aria-busy', String(busy));
    // Which query the list answers, and whether Pagefind's matches are in it yet, so that tests
    // and the benchmark can wait for the right moment.
    list.dataset['query'] = raw;
    list.dataset['fullText'] = answer.fullTextMerged ? 'merged' : answer.fullTextFailed ? 'failed' : 'pending';
    const filters = [classFilter.value, kindFilter.value].filter(Boolean);
    const scope = filters.length ? ` (${filters.join(', ')} only)` : '';
    const parts = describe(raw, answer, index, { count: rows.length, scope, pending: busy, exact: exactFor === raw, classIds });
    status.replaceChildren(...parts.map(statusNode));
    // An update that arrives after the visitor closed the list (Escape, Tab) leaves it closed.
    if (!keep || !panel.hidden) open(true);
    const again = selected === undefined ? -1 : rows.findIndex((h) => h.item.url === selected);
    setActive(keep && again >= 0 ? again : rows.length > 0 ? 0 : -1);
  };

  const run = async ({ keep = false } = {}): Promise<void> => {
    const raw = input.value;
    const ticket = loading.begin();
    if (raw.trim() === '') {
      list.replaceChildren();
      shown = [];
      status.textContent = '';
      open(false);
      return;
    }
    if (exactFor !== undefined && exactFor !== raw) exactFor = undefined;
    const answer = answerFor(raw, index, { exact: exactFor === raw });
    const step = loading.answered(raw, answer);
    if (step.askMessages) loadMessages();
    show(raw, loading.held(answer), { busy: step.busy, keep });
    if (!step.fullText || !answer.query) return;
    const query = answer.query;
    warmChunksFor(query);
    let found: FullText | null;
    try {
      found = await fullText(query, query.classId ?? (classFilter.value || undefined));
    } catch (error) {
      if (loading.fullTextDone(ticket)) loadMessages();
      if (!loading.isCurrent(ticket)) return;
      console.warn('full-text search failed to load', error);
      show(raw, loading.held({ ...answer, fullTextFailed: true }), { busy: !loading.messagesReady, keep: true });
      return;
    }
    if (loading.fullTextDone(ticket)) loadMessages();
    if (found === null || !loading.isCurrent(ticket)) return; // a newer keystroke has taken over
    const ranked = withFullText(answer, index, found.body, new Map());
    show(raw, loading.held(ranked), { busy: !loading.messagesReady, keep: true });
    // Where the rows' own text does not show the words, Pagefind's excerpt shows where they matched.
    const wanted = shown.filter((hit) => wantsExcerpt(hit, query)).map((hit) => hit.item.url);
    if (wanted.length === 0) return;
    const excerpts = await found.excerpts(wanted).catch(() => new Map<string, string>());
    if (!loading.isCurrent(ticket) || excerpts.size === 0) return;
    show(raw, loading.held(withFullText(answer, index, found.body, excerpts)), { busy: !loading.messagesReady, keep: true });
  };

  const statusNode = (part: StatusPart): Node => {
    if (part.kind === 'text') return document.createTextNode(part.text);
    if (part.kind === 'link') return link(part.href, part.text);
    if (part.kind === 'strong') return el('strong', '', part.text);
    // The query is echoed isolated, so no direction control in it can reorder the sentence.
    if (part.kind === 'query') return el('bdi', '', part.text);
    const instead = el('button', 'underline text-(--link)', part.text);
    instead.type = 'button';
    instead.addEventListener('click', () => {
      exactFor = input.value;
      input.focus();
      void run();
    });
    return instead;
  };

  const go = (url: string): void => {
    window.location.assign(url);
  };

  input.addEventListener('input', () => void run());
  classFilter.addEventListener('change', () => void run());
  kindFilter.addEventListener('change', () => void run());
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '' && panel.hidden) void run();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (panel.hidden) return void run();
      if (shown.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + shown.length) % shown.length, { scroll: true });
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

  // A shared search (/?q=…, the browser's address bar through OpenSearch) opens with its
  // results and the focus in the field, so Escape, Tab or a click elsewhere close it as usual.
  if (input.value.trim() !== '') {
    input.focus();
    void run();
  }
}
