/**
 * The only script every page runs on load. It wires the shortcuts and loads the search code
 * (src/client/search-ui.ts) the first time the visitor reaches for the search field.
 */
export function startSearchOnDemand(): void {
  const input = document.getElementById('search-input');
  if (!(input instanceof HTMLInputElement)) return;

  let loading: Promise<void> | undefined;
  const load = (): Promise<void> =>
    (loading ??= import('./search-ui').then(
      (ui) => ui.attachSearch(input),
      (error: unknown) => {
        loading = undefined;
        const status = document.getElementById('search-status');
        if (status) status.textContent = 'Search could not load. Check your connection and try again.';
        console.warn('search failed to load', error);
      },
    ));

  input.addEventListener('focus', () => void load());
  input.addEventListener('pointerenter', () => void load(), { once: true });

  document.addEventListener('keydown', (event) => {
    const target = event.target;
    const typing =
      target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
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
