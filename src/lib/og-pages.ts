/**
 * The one list of pages that get a link-preview image. The image route (src/pages/og/) renders
 * every card listed here, and the layout adds the og:image tags to the pages found here, so a new
 * kind of page needs one line below (tests/share.spec.ts fails for a sitemap page without one).
 */
import { CLASSES, classIdOf, classOf } from './classes.ts';
import { allCodes, codesInClass } from './codes.ts';
import { comparisonPages, guideHref, guidePages } from './guide.ts';
import { classPath, CLIENTS, codePath, comparePath, HOME } from './paths.ts';
import { classCard, codeCard, pageCard, type OgCard } from './og-card.ts';

let cached: Promise<OgCard[]> | undefined;

async function buildCards(): Promise<OgCard[]> {
  const codes = await allCodes();
  const registered = codes.filter((e) => e.data.status !== 'unofficial').length;
  const sources: Array<Promise<OgCard[]>> = [
    Promise.resolve([
      pageCard(
        HOME,
        'HTTP',
        'Status code cheatsheet',
        `Every HTTP status code at a glance, ${registered} registered and ${codes.length - registered} unofficial: what each means and where it is defined.`,
        `${codes.length} codes, one page each`,
      ),
    ]),
    Promise.all(CLASSES.map(async (c) => classCard(c, (await codesInClass(c.id)).length, classPath(c.id)))),
    Promise.resolve(codes.map((e) => codeCard(e.data, classOf(e.data.code), codePath(e.data.code)))),
    guidePages().then((pages) =>
      [...pages.values()].map((node) =>
        node.kind === 'step'
          ? pageCard(guideHref(node.id), 'Guide', node.step.question, node.step.description, 'Which status code should I return?')
          : {
              ...pageCard(guideHref(node.id), node.end.codes.join(' or '), node.end.question, node.end.description, 'Decision guide'),
              classId: classIdOf(node.end.codes[0] ?? 0),
            },
      ),
    ),
    comparisonPages().then((pages) => [
      pageCard(
        comparePath(),
        'vs',
        'Status codes side by side',
        `${pages.length} families of codes people mix up, compared fact by fact.`,
        'Compare',
      ),
      ...pages.map((c) => pageCard(comparePath(c.slug), 'vs', c.title, c.data.description, 'Compare side by side')),
    ]),
    Promise.resolve([
      pageCard(CLIENTS, 'HTTP', 'Status codes in real clients', 'What browsers, fetch, curl, Wget, Python and Go do with every code, measured.', 'Measured'),
    ]),
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
