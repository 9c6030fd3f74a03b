/**
 * Loaded on every page once it has loaded (Search.astro, which also holds the shortcuts to
 * the field). It prepares search while the visitor reads: once the
 * page is idle it loads the search code (ui.ts) and the codes' data
 * (/codes.json), which the service worker keeps from the first visit anyway, and the index is
 * built in the idle time between, so the first keystroke is answered at once. Pagefind and the
 * messages' data load only when the visitor reaches for the field. Where the visitor asked to
 * save data, nothing loads before they reach for it. When either file cannot load it says so,
 * and the next keystroke tries again: nothing is cached from a failed attempt.
 */
import uiUrl from 'virtual:search-ui-url';
import type { SearchData } from '../../lib/search/engine.ts';

type SearchUi = typeof import('./ui.ts');

export function startSearchOnDemand(): void {
  const input = document.getElementById('search-input');
  if (!(input instanceof HTMLInputElement)) return;
  // The URL comes from the page (src/lib/site/paths.ts, through Search.astro), so this script imports nothing it shares with the UI.
  const dataUrl = input.dataset['searchData'] ?? '';

  let ui: Promise<SearchUi> | undefined;
  let loading: Promise<void> | undefined;
  let ready = false;
  const load = (): Promise<void> =>
    (loading ??= Promise.all([
      (ui ??= import(/* @vite-ignore */ uiUrl) as Promise<SearchUi>),
      fetch(dataUrl).then((r) => {
        if (!r.ok) throw new Error(`${dataUrl}: ${r.status}`);
        return r.json() as Promise<SearchData>;
      }),
    ]).then(
      ([code, data]) => {
        ready = true;
        return code.attachSearch(input, data);
      },
      (error: unknown) => {
        loading = undefined;
        ui = undefined;
        const status = document.getElementById('search-status');
        const panel = document.getElementById('search-panel');
        // Said only to a visitor who is searching, not for a preparation nobody asked for.
        if (status && panel && (document.activeElement === input || input.value !== '')) {
          status.textContent = 'Search could not load. Check your connection, then type again to retry.';
          panel.hidden = false;
          input.setAttribute('aria-expanded', 'true');
        }
        console.warn('search failed to load', error);
      },
    ));
  // The search code is smaller than the data and arrives first: Pagefind starts then, so its
  // requests spend their first round trip while the data finishes (on a slow link, 0.4 s).
  const reach = (): void => {
    void load();
    void ui?.then((code) => code.startFullText()).catch(() => {});
  };

  input.addEventListener('focus', reach);
  input.addEventListener('pointerenter', reach, { once: true });
  input.addEventListener('input', () => {
    if (!ready) reach();
  });
  // A visitor quicker than the page's load event is already in the field.
  if (document.activeElement === input || input.value !== '') reach();

  // Shared searches: /?q=rate+limit opens with that search.
  const shared = new URLSearchParams(location.search).get('q');
  if (shared) {
    input.value = shared;
    reach();
    return;
  }
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData) return;
  const prepare = (): void => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => void load(), { timeout: 5000 });
    else setTimeout(() => void load(), 2000);
  };
  if (document.readyState === 'complete') prepare();
  else addEventListener('load', prepare, { once: true });
}
