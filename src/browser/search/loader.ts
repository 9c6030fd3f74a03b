/**
 * The only script every page runs on load. It wires the shortcuts, and the first time the
 * visitor reaches for the search field it loads the search code (search-ui.ts) and the search
 * data (/codes.json) together. When either cannot load it says so, and the next keystroke tries
 * again: nothing is cached from a failed attempt.
 */
import uiUrl from 'virtual:search-ui-url';
import type { SearchData } from '../../lib/search/engine.ts';

type SearchUi = typeof import('./ui.ts');

export function startSearchOnDemand(): void {
  const input = document.getElementById('search-input');
  if (!(input instanceof HTMLInputElement)) return;
  // The URL comes from the page (src/lib/site/paths.ts, through Search.astro), so this script imports nothing it shares with the UI.
  const dataUrl = input.dataset['searchData'] ?? '';

  let loading: Promise<void> | undefined;
  let ready = false;
  const load = (): Promise<void> =>
    (loading ??= Promise.all([
      // The search code is smaller than the data and arrives first: Pagefind starts then, so its
      // requests spend their first round trip while the data finishes (on a slow link, 0.4 s).
      (import(/* @vite-ignore */ uiUrl) as Promise<SearchUi>).then((ui) => {
        ui.startFullText();
        return ui;
      }),
      fetch(dataUrl).then((r) => {
        if (!r.ok) throw new Error(`${dataUrl}: ${r.status}`);
        return r.json() as Promise<SearchData>;
      }),
    ]).then(
      ([ui, data]) => {
        ready = true;
        ui.attachSearch(input, data);
      },
      (error: unknown) => {
        loading = undefined;
        const status = document.getElementById('search-status');
        const panel = document.getElementById('search-panel');
        if (status && panel) {
          status.textContent = 'Search could not load. Check your connection, then type again to retry.';
          panel.hidden = false;
          input.setAttribute('aria-expanded', 'true');
        }
        console.warn('search failed to load', error);
      },
    ));

  input.addEventListener('focus', () => void load());
  input.addEventListener('pointerenter', () => void load(), { once: true });
  input.addEventListener('input', () => {
    if (!ready) void load();
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target;
    const typing = target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    if (slash || ctrlK) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });

  // Shared searches: /?q=rate+limit opens with that search.
  const shared = new URLSearchParams(location.search).get('q');
  if (shared) {
    input.value = shared;
    void load();
  }
}
