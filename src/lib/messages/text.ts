/**
 * How a catalogued message's text is shown and matched: `{{host}}` placeholders split out, so the
 * page can mark them as "varies here" and search can leave them out of what it matches.
 */
import { PLACEHOLDER } from './schema.ts';

/** The text in order: literal parts, and the names of the placeholders between them. */
export function messageParts(text: string): { text: string; placeholder: boolean }[] {
  const parts: { text: string; placeholder: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), placeholder: false });
    parts.push({ text: m[1] ?? '', placeholder: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), placeholder: false });
  return parts;
}

/** The text with its placeholders left out: what a search can match. */
export function literalText(text: string): string {
  return messageParts(text)
    .map((p) => (p.placeholder ? ' ' : p.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where each kind of place shows a message, in words. */
export const APPEARS_LABELS = {
  'error-log': 'error log',
  'access-log': 'access log',
  'error-page': 'error page',
  'response-body': 'response body',
  'response-header': 'response header',
  'browser-console': 'browser console',
  'cli-output': 'command output',
  'app-log': 'application log',
} as const;

/**
 * What the page says under a text that no cited source shows (the item's `reconstructed`), so a
 * reader does not take words we put together for words the vendor printed; undefined otherwise.
 */
export function reconstructedNote(m: { reconstructed?: string | undefined }): string | undefined {
  return m.reconstructed && `No cited source shows these exact words: put together from ${m.reconstructed.replace(/\.$/, '')}.`;
}
