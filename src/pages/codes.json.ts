import type { APIRoute } from 'astro';
import { classOf } from '../lib/site/classes.ts';
import { allCodes } from '../lib/codes/collection.ts';
import { methodChangeTerms } from '../lib/clients/summary.ts';
import { isUnofficial } from '../lib/codes/labels.ts';
import { measurements } from '../lib/clients/collection.ts';
import { constantsOf, LANGUAGE_KEYS } from '../lib/codes/languages.ts';
import { guideEnds, comparisonPages } from '../lib/guide/collection.ts';
import { codePath, comparePath, guidePath } from '../lib/site/paths.ts';
import type { SearchData, SearchItem } from '../lib/search/engine.ts';
import { FILLER, words } from '../lib/search/text.ts';

/**
 * The search data the header field loads when a visitor reaches for it: every code with the
 * words it is found by, the comparisons and the guide's recommendations. Numbers, classes, typos and partial matches are answered from it at
 * once (src/lib/search/engine.ts); Pagefind adds matches from the pages' full text.
 */
export const GET: APIRoute = async () => {
  const clients = await measurements();
  const codes: SearchItem[] = (await allCodes()).map(({ data }) => ({
    url: codePath(data.code),
    kind: 'code',
    title: data.phrase,
    summary: data.summary,
    code: data.code,
    classId: classOf(data.code).id,
    className: classOf(data.code).name,
    unofficial: isUnofficial(data),
    terms: [...data.searchTerms, ...methodChangeTerms(clients, data.code)],
    names: data.earlierNames.map((n) => n.name),
    meanings: data.vendorMeanings.map((m) => m.name).filter((n) => n !== data.phrase),
    headers: data.headers,
    origins: data.vendorMeanings.map((m) => m.origin),
    // Node's "constants" are the reason phrases themselves, already the title or an earlier name.
    constants: LANGUAGE_KEYS.filter((k) => k !== 'node').flatMap((k) => {
      const value = data.inCode[k];
      return value ? constantsOf(value).map((c) => c.name) : [];
    }),
  }));
  // Words of four letters or more from the entries' prose, each once: short words are never corrected.
  const text = new Set(
    (await allCodes()).flatMap((e) => words(e.body ?? '').filter((w) => w.length >= 4 && !/\d/.test(w) && !FILLER.has(w))),
  );
  const phrases = new Map((await allCodes()).map((e) => [e.data.code, e.data.phrase]));
  const named = (codes: number[]): string => codes.map((c) => `${c} ${phrases.get(c) ?? ''}`.trim()).join(' or ');
  const comparisons: SearchItem[] = (await comparisonPages()).map(({ slug, title, codes: members, data: page }) => ({
    url: comparePath(slug),
    kind: 'compare',
    title,
    summary: page.description,
    codes: members,
    names: members.map((c) => phrases.get(c) ?? ''),
  }));
  const ends: SearchItem[] = (await guideEnds()).map(({ id, end }) => ({
    url: guidePath(id),
    kind: 'guide',
    title: `${end.question} ${named(end.codes)}`,
    summary: end.description,
    codes: end.codes,
  }));
  const data: SearchData = { items: [...codes, ...comparisons, ...ends], text: [...text].sort().join(' ') };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
