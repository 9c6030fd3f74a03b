/**
 * The "available offline" control's only code on page load (src/components/site/SaveOffline.astro,
 * on the cheatsheet and the offline page): the first click loads the code that saves the pages
 * (offline-save.js), by the URL the button carries, so that Vite adds no preload helper.
 */
export function wireOfflineControl(): void {
  for (const button of document.querySelectorAll<HTMLElement>('[data-offline-module]')) {
    button.addEventListener('click', () => {
      void (import(/* @vite-ignore */ button.dataset['offlineModule'] ?? '') as Promise<{ run: (b: HTMLElement) => Promise<void> }>).then(
        (m) => m.run(button),
      );
    });
  }
}
