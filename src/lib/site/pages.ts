/**
 * The one list of the site's pages, each with its link-preview card: the sitemap lists their
 * paths, the image route (src/pages/og/) renders their cards, and the layout adds the og:image
 * tags to them. A new kind of page needs one line below, and then it is in all three.
 */
import { CLASSES, classIdOf, classOf } from './classes.ts';
import { allCodes, codesInClass } from '../codes/collection.ts';
import { comparisonPages } from '../compare/collection.ts';
import { guidePages } from '../guide/collection.ts';
import { allSources } from '../messages/collection.ts';
import { allHeaders } from '../headers/collection.ts';
import {
  CACHING,
  classPath,
  CLIENTS,
  codePath,
  comparePath,
  GRPC,
  GUIDE_MAP,
  guidePath,
  GUIDELINES,
  headerPath,
  HOME,
  messagesPath,
} from './paths.ts';
import { classCard, codeCard, pageCard, type OgCard } from '../previews/card.ts';

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
    guidePages().then((pages) => [
      pageCard(
        GUIDE_MAP,
        'Guide',
        'The whole guide as one flowchart',
        'Every question of the decision guide, every answer and the status codes they lead to, on one page.',
        'Which status code should I return?',
      ),
      ...[...pages.values()].map((node) =>
        node.kind === 'step'
          ? pageCard(guidePath(node.id), 'Guide', node.step.question, node.step.description, 'Which status code should I return?')
          : {
              ...pageCard(guidePath(node.id), node.end.codes.join(' or '), node.end.question, node.end.description, 'Decision guide'),
              classId: classIdOf(node.end.codes[0] ?? 0),
            },
      ),
    ]),
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
    allSources().then((all) => [
      pageCard(
        messagesPath(),
        String(all.reduce((n, s) => n + s.data.messages.length, 0)),
        'Error messages and their status codes',
        `Log lines, error pages and console messages from ${all.length} servers, CDNs, clouds, browsers and frameworks, with causes and fixes.`,
        'Messages',
      ),
      ...all.map((s) =>
        pageCard(messagesPath(s.id), String(s.data.messages.length), `${s.data.name} messages`, s.data.about, 'Messages, causes and fixes'),
      ),
    ]),
    allHeaders().then((all) => [
      pageCard(
        headerPath(),
        'Headers',
        'Header fields status codes depend on',
        `${all.length} fields: which codes require, recommend or usually carry each, with the section that says so.`,
        'What to send',
      ),
      ...all.map((h) => pageCard(headerPath(h.slug), 'Header', h.name, h.summary, 'Header field and its status codes')),
    ]),
    Promise.resolve([
      pageCard(
        CLIENTS,
        'HTTP',
        'Status codes in real clients',
        'What browsers, fetch, curl, Wget, Python and Go do with every code, measured.',
        'Measured',
      ),
      pageCard(
        GUIDELINES,
        'API',
        'What API guidelines say about status codes',
        'Azure, Google AIP-193, Zalando, JSON:API, GraphQL over HTTP and RFC 9205, rule by rule and code by code, and where they disagree.',
        'API guidelines',
      ),
      pageCard(
        GRPC,
        'gRPC',
        'gRPC status codes and HTTP',
        'All 17 google.rpc.Code values, the HTTP code each maps to, and what gRPC clients make of HTTP errors.',
        'gRPC',
      ),
      pageCard(
        CACHING,
        'HTTP',
        'Status codes in caches, CDNs and crawlers',
        'Which codes nginx, Varnish, Squid, Apache and HAProxy keep, measured; what CDNs and Google document.',
        'Measured and documented',
      ),
    ]),
  ];
  return (await Promise.all(sources)).flat();
}

/** Every page's card, in sitemap order: the page's path is the card's `page`. */
export function allCards(): Promise<OgCard[]> {
  cached ??= buildCards();
  return cached;
}

/** The path of every page, once each, in sitemap order. */
export async function allPagePaths(): Promise<string[]> {
  return (await allCards()).map((c) => c.page);
}

/** The card for a page path, if that page has one. */
export async function cardFor(page: string): Promise<OgCard | undefined> {
  return (await allCards()).find((c) => c.page === page);
}
