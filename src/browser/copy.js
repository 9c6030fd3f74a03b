// @ts-check
/**
 * Copies what a copy button names to the clipboard and says so: the button reads "Copied" for a
 * moment, and a polite live region (also shown as a small notice) tells screen readers and
 * everyone else what happened, including when the browser refuses the clipboard.
 *
 * Loaded on the first click of a copy button by public/head.js, so it costs nothing on page
 * load. It is plain JavaScript (type-checked through JSDoc) because it is served as written:
 * src/components/ui/CopyButton.astro imports it with `?url`, which gives its hashed URL without
 * Vite's preload wrapper, whose shared helper alone would break the 2 KB budget of JavaScript
 * run on load.
 *
 * A button carries `data-copy` (the text itself), `data-copy-path` (a path, copied as the full URL
 * of the address the reader has open) or `data-copy-from` (a selector, resolved inside the
 * nearest `[data-copy-scope]`, whose text content is copied: an example's <pre>).
 */
const RESET_MS = 2000;

/** @param {HTMLElement} button @returns {{ text: string, source?: Element }} */
function textFor(button) {
  const literal = button.dataset['copy'];
  if (literal !== undefined) return { text: literal };
  const path = button.dataset['copyPath'];
  if (path !== undefined) return { text: new URL(path, location.href).href };
  const source = button.closest('[data-copy-scope]')?.querySelector(button.dataset['copyFrom'] ?? 'pre');
  return source ? { text: source.textContent ?? '', source } : { text: '' };
}

/** @type {HTMLElement | undefined} */
let notice;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let hideTimer;

/**
 * One live region for the page, made on first use. The message is set a moment after the region
 * exists (or was emptied), so that screen readers notice the change and announce it.
 * @param {string} message @param {boolean} failed
 */
function announce(message, failed) {
  if (!notice) {
    notice = document.createElement('p');
    notice.setAttribute('role', 'status');
    notice.className = 'copy-notice';
    document.body.append(notice);
  }
  const region = notice;
  region.textContent = '';
  region.toggleAttribute('data-failed', failed);
  region.hidden = false;
  setTimeout(() => (region.textContent = message), 50);
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => (region.hidden = true), failed ? 10000 : 3000);
}

/** Selects the source's text, so that a refused copy is one Ctrl+C away. @param {Element | undefined} source */
function select(source) {
  if (!source) return;
  const range = document.createRange();
  range.selectNodeContents(source);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** @param {HTMLElement} button */
export async function copyFrom(button) {
  const { text, source } = textFor(button);
  // The button's name is "Copy" and what it copies, in words only screen readers see.
  const what = button.querySelector('.sr-only')?.textContent?.trim() || 'text';
  const label = button.querySelector('[data-copy-label]') ?? button;
  try {
    if (!navigator.clipboard) throw new Error('The Clipboard API needs a secure (https) page.');
    await navigator.clipboard.writeText(text);
    label.textContent = 'Copied';
    announce(`Copied ${what}.`, false);
  } catch {
    label.textContent = 'Not copied';
    select(source);
    announce(
      `The browser refused access to the clipboard, so ${what} was not copied. ${source ? 'It is selected now: press Ctrl+C (⌘C on a Mac).' : `Select it and copy it by hand: ${text}`}`,
      true,
    );
  }
  setTimeout(() => (label.textContent = 'Copy'), RESET_MS);
}
