/**
 * How search reads text: the same rules for the query and for the entries, so that "throttled"
 * meets "throttling", "unauthorised" meets "unauthorized", and the words of a question ("which
 * code should I return when…") never stand between a reader and the answer. Pure functions:
 * the browser runs them, and so do the unit tests.
 */

/**
 * Words that only frame a question or restate "HTTP status code". They never count as a match
 * and never make a query fail; a query made only of them keeps them.
 */
export const FILLER = new Set([
  'a',
  'an',
  'the',
  'is',
  'are',
  'was',
  'be',
  'been',
  'am',
  'i',
  'we',
  'you',
  'my',
  'our',
  'your',
  'me',
  'it',
  'its',
  'what',
  'which',
  'when',
  'where',
  'why',
  'how',
  'who',
  'whose',
  'do',
  'does',
  'did',
  'should',
  'shall',
  'would',
  'could',
  'can',
  'must',
  'to',
  'for',
  'of',
  'on',
  'in',
  'at',
  'by',
  'with',
  'from',
  'as',
  'into',
  'about',
  'there',
  'this',
  'that',
  'these',
  'those',
  'and',
  'or',
  'so',
  'if',
  'then',
  'than',
  'vs',
  'versus',
  'code',
  'codes',
  'status',
  'statuses',
  'http',
  'https',
  'response',
  'responses',
  'return',
  'returns',
  'returned',
  'returning',
  'use',
  'used',
  'using',
  'send',
  'sends',
  'sent',
  'sending',
  'reply',
  'answer',
  'mean',
  'means',
  'meaning',
  'right',
  'correct',
  'best',
  'proper',
  // Verbs that report what was seen ("the log shows…", "the browser says…").
  'show',
  'shows',
  'showing',
  'shown',
  'say',
  'says',
  'said',
  'saying',
  'see',
  'sees',
  'seeing',
  'seen',
  'appear',
  'appears',
  'happen',
  'happens',
  'happening',
]);

/** Lower case, compatibility forms folded, accents dropped, spaces collapsed. */
export function normalizeText(raw: string): string {
  // Plain ASCII has nothing to fold: most of the site's own text, which the index reads on the page.
  const folded = /^[\x20-\x7e]*$/.test(raw) ? raw : raw.normalize('NFKD');
  return folded
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A negation written short, with its apostrophe or without ("can't", "cant", "doesnt"), and
 * "cannot": people type them every way, and without this "cant" reads as a misspelt "want" and
 * "can't" leaves a stray "t".
 */
const NEGATION =
  /\b(?:(can|won|shan|ain|don|doesn|didn|isn|aren|wasn|weren|couldn|shouldn|wouldn|hasn|haven|hadn|mustn|needn)['’]?t|(can)not)\b/g;
const NEGATED_VERB: Record<string, string> = { can: 'can', won: 'will', shan: 'shall', ain: 'is' };

/** The words of a text, in order: letters and digits, split at everything else; negations as "not". */
export function words(text: string): string[] {
  return normalizeText(text)
    .replace(NEGATION, (_, short?: string, cannot?: string) => {
      const verb = short ?? cannot ?? '';
      return `${NEGATED_VERB[verb] ?? verb.replace(/n$/, '')} not`;
    })
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** British spellings folded to American ones, on whole word endings. */
function americanize(word: string): string {
  return word
    .replace(/isation(s?)$/, 'ization$1')
    .replace(/is(e|ed|es|ing)$/, 'iz$1')
    .replace(/our(s?)$/, 'or$1')
    .replace(/([^aeiou])re$/, '$1er')
    .replace(/ogue$/, 'og');
}

/**
 * A light stemmer: enough that the forms people type meet the forms the entries use
 * ("limits", "limited", "limiting" → "limit"; "denied" → "deny"; "cached", "caching" → "cach";
 * "redirection" → "redirect").
 * Numbers and short words stay as they are.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let known = stems.get(word);
  if (known === undefined) {
    known = stemOf(word);
    // The same few thousand words recur in every field of every item; a query adds a handful.
    if (stems.size < 50_000) stems.set(word, known);
  }
  return known;
}

const stems = new Map<string, string>();

function stemOf(word: string): string {
  let w = americanize(word);
  if (/ies$/.test(w) || /ied$/.test(w)) w = `${w.slice(0, -3)}y`;
  else if (/ing$/.test(w) && /[aeiouy].*ing$/.test(w.slice(1)) && w.length > 5) w = w.slice(0, -3);
  else if (/ed$/.test(w) && /[aeiouy].*ed$/.test(w.slice(1)) && w.length > 4) w = w.slice(0, -2);
  else if (/tions?$/.test(w) && w.length > 6) w = w.replace(/ions?$/, '');
  else if (/(ss|us|is)$/.test(w)) return w;
  else if (/(ch|sh|x|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (/s$/.test(w)) w = w.slice(0, -1);
  // "logged" → "logg" → "log"; "throttled" → "throttl" meets "throttle" → "throttl".
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && /e$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** The search terms of a text: stemmed words, filler left out. */
export function terms(text: string): string[] {
  return termsOf(words(text));
}

/** The search terms of words already split (see words): for callers that need both. */
export function termsOf(list: readonly string[]): string[] {
  return list.filter((w) => !FILLER.has(w)).map(stem);
}

/**
 * The number of single-letter edits (a wrong, missing or extra letter, or two neighbours
 * swapped) between two words, or `limit + 1` as soon as it is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** How many edits a word of this length may be away from the word it was meant to be. */
export function allowedEdits(word: string): number {
  if (word.length < 4 || /\d/.test(word)) return 0;
  return word.length >= 8 ? 2 : 1;
}
