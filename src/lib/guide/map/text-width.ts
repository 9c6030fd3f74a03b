/**
 * How wide a line of text is, without a browser, so that build-time drawings (the guide's map)
 * can size their boxes and wrap their lines. The widths are Arial's, which Helvetica, Liberation
 * Sans and Arimo share glyph for glyph; the drawings ask for those fonts first (TEXT_FONT), so
 * the boxes fit the text on every common system. Measured in Chromium with canvas measureText
 * on Liberation Sans at 1000 px: advance widths in thousandths of the font size.
 */

/** The font stack of a drawing sized with these widths: fonts metric-compatible with Arial first. */
export const TEXT_FONT = "Arial, Helvetica, 'Liberation Sans', Arimo, sans-serif";

// prettier-ignore
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556,
  278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,
  611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
  556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
// prettier-ignore
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556,
  333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667,
  611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889,
  611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** The characters past ASCII that the content uses: quotes, dashes, the ellipsis, §. */
const EXTRA: Record<string, [regular: number, bold: number]> = {
  '’': [222, 278],
  '‘': [222, 278],
  '“': [333, 500],
  '”': [333, 500],
  '–': [556, 556],
  '—': [1000, 1000],
  '…': [1000, 1000],
  '×': [584, 584],
  '§': [556, 556],
};
/** Anything else (a letter with an accent, a symbol) counts as a wide letter, so boxes err on the big side. */
const UNKNOWN = 778;

/** The width of one line of text in px at `size` px, regular or bold. */
export function textWidth(text: string, size: number, bold = false): number {
  let total = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const table = bold ? BOLD : REGULAR;
    total += code >= 32 && code < 127 ? table[code - 32]! : (EXTRA[ch]?.[bold ? 1 : 0] ?? UNKNOWN);
  }
  return (total * size) / 1000;
}

/**
 * Greedy word wrap: the words of `text` in lines no wider than `maxWidth` px. A hyphenated word
 * that does not fit is broken after a hyphen ("If-" / "Unmodified-Since"); a word that still
 * does not fit stays whole on its own line (the box grows for it) rather than being cut.
 */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string): boolean => textWidth(candidate, size, bold) <= maxWidth;
  for (let word of text.split(/\s+/).filter(Boolean)) {
    const joined = (w: string): string => (line ? `${line} ${w}` : w);
    if (!fits(joined(word))) {
      const head = hyphenPrefix(word, (prefix) => fits(joined(prefix)));
      if (head) {
        lines.push(joined(head));
        line = '';
        word = word.slice(head.length);
      } else if (line) {
        lines.push(line);
        line = '';
      }
    }
    line = joined(word);
  }
  if (line) lines.push(line);
  return lines;
}

/** The longest part of a word up to and including a hyphen that `fits`, if any. */
function hyphenPrefix(word: string, fits: (prefix: string) => boolean): string | undefined {
  for (let i = word.lastIndexOf('-', word.length - 2); i > 0; i = word.lastIndexOf('-', i - 1)) {
    const prefix = word.slice(0, i + 1);
    if (fits(prefix)) return prefix;
  }
  return undefined;
}
