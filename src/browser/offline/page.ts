/**
 * On the offline page (src/pages/offline.astro), which the service worker shows in place of a
 * page it has not kept: lists the pages kept on this device, each a link that works offline.
 * It reads the worker's caches directly, so the list is what a click will really find.
 */
export async function listKeptPages(): Promise<void> {
  const list = document.querySelector<HTMLElement>('[data-offline-kept]');
  const empty = document.querySelector<HTMLElement>('[data-offline-none]');
  if (!list || !('caches' in window)) return;
  const prefix = list.dataset['cachePrefix'] ?? '';
  const paths = new Set<string>();
  for (const name of (await caches.keys()).filter((key) => key.startsWith(prefix))) {
    for (const request of await (await caches.open(name)).keys()) {
      const path = new URL(request.url).pathname;
      if (path.endsWith('/')) paths.add(path);
    }
  }
  const sorted = [...paths].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  list.replaceChildren(
    ...sorted.map((path) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = path;
      link.textContent = path;
      item.append(link);
      return item;
    }),
  );
  list.hidden = sorted.length === 0;
  if (empty) empty.hidden = sorted.length > 0;
}
