/**
 * The one list of pages that get a link-preview image. The image route (src/pages/og/) renders
 * every card listed here, and the layout adds the og:image tags to the pages found here, so a new
 * kind of page needs one line below (tests/share.spec.ts fails for a sitemap page without one).
 */
import { CLASSES } from './classes.ts';
import { allCodes, codesInClass } from './codes.ts';
import { classOf } from './classes.ts';
import { classPath, codePath, HOME } from './paths.ts';
import { classCard, codeCard, pageCard, type OgCard } from './og-card.ts';

let cached: Promise<OgCard[]> | undefined;

async function buildCards(): Promise<OgCard[]> {
  const codes = await allCodes();
  const registered = codes.filter((e) => e.data.status !== 'unofficial').length;
  const sources: Array<Promise<OgCard[]>> = [
    Promise.resolve([
      pageCard(HOME, 'HTTP', 'Status code cheatsheet', `Every HTTP status code at a glance, ${registered} registered and ${codes.length - registered} unofficial: what each means and where it is defined.`, `${codes.length} codes, one page each`),
    ]),
    Promise.all(CLASSES.map(async (c) => classCard(c, (await codesInClass(c.id)).length, classPath(c.id)))),
    Promise.resolve(codes.map((e) => codeCard(e.data, classOf(e.data.code), codePath(e.data.code)))),
    // New kinds of page (guide steps, comparisons) add their line here.
  ];
  return (await Promise.all(sources)).flat();
}

/** Every card, one per page. */
export function allCards(): Promise<OgCard[]> {
  cached ??= buildCards();
  return cached;
}

/** The card for a page path, if that page has one. */
export async function cardFor(page: string): Promise<OgCard | undefined> {
  return (await allCards()).find((c) => c.page === page);
}
