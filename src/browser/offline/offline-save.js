// @ts-check
/**
 * Keeps every file a reader needs offline (the list /offline.json, written after the build) in
 * the cache the service worker answers from, showing progress as it goes. Loaded by
 * public/head.js on the first click of the control (src/components/site/SaveOffline.astro). Files
 * already kept are not fetched again, so a second click only checks and fills gaps. Plain
 * JavaScript served as written, like copy.js, to stay out of the code run on page load.
 */
const AT_ONCE = 4;

/** @param {HTMLElement} button */
export async function run(button) {
  const control = button.closest('[data-offline-control]');
  const progress = control?.querySelector('[data-offline-progress]');
  const status = control?.querySelector('[data-offline-status]');
  /** @param {string} text */
  const say = (text) => {
    if (status) status.textContent = text;
  };
  if (!('caches' in window) || !navigator.serviceWorker) {
    say('This browser cannot keep pages for offline use.');
    return;
  }
  if (button.getAttribute('aria-busy') === 'true') return;
  button.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch(button.dataset['offlineList'] ?? '', { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${response.status}`);
    /** @type {{ cache: string, pages: number, files: string[] }} */
    const list = await response.json();
    const cache = await caches.open(list.cache);
    let done = 0;
    let failed = 0;
    if (progress instanceof HTMLProgressElement) {
      progress.max = list.files.length;
      progress.value = 0;
      progress.hidden = false;
    }
    say(`Saving 0 of ${list.files.length} files…`);
    const queue = [...list.files];
    const worker = async () => {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        try {
          if (!(await cache.match(file))) {
            const answer = await fetch(file, { cache: 'no-cache' });
            if (answer.status === 200) await cache.put(file, answer);
            else failed += 1;
          }
        } catch {
          failed += 1;
        }
        done += 1;
        if (progress instanceof HTMLProgressElement) progress.value = done;
        if (done % 10 === 0) say(`Saving ${done} of ${list.files.length} files…`);
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, worker));
    say(
      failed === 0
        ? `Done: all ${list.pages} pages and search are available offline.`
        : `${failed} of ${list.files.length} files could not be saved. Check your connection, then try again.`,
    );
  } catch {
    say('Could not save the pages. Check your connection, then try again.');
  } finally {
    button.removeAttribute('aria-busy');
  }
}
