/**
 * What a page's link-preview image (Open Graph card) says, and where it lives. Pure: the cards
 * are described here from the entries, and rendered to PNG by src/lib/previews/image.ts at build time.
 * src/lib/site/pages.ts lists which pages get one.
 */
import { CLASSES, classIdOf, type ClassId, type StatusClass } from '../site/classes.ts';

/**
 * Where rendered images are kept between builds, relative to the project root (src/lib/previews/image.ts
 * writes there; the benchmark empties it to time a build that renders every image).
 */
export const OG_CACHE_DIR = 'node_modules/.cache/og-images';

/** The image size every chat and social site expects for summary_large_image. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

export interface OgCard {
  /** The page the card previews: "/429/". */
  page: string;
  /** The big label, drawn in the class colour: "429", "4xx". */
  label: string;
  /** The line under the label: the phrase, the class name, the page title. */
  title: string;
  /** One sentence, as in the page's description. */
  summary: string;
  /** The small line above the label: "4xx Client Error · Unofficial". */
  kicker: string;
  /** Whose colours the label takes; none for pages that are not about one class. */
  classId?: ClassId | undefined;
}

export type CardColours = Record<ClassId | 'none', { fg: string; soft: string }> & { ink: string; muted: string };

/**
 * The cards' colours, read from the light side of the stylesheet's `light-dark()` values
 * (src/styles/site.css is their one home): each class's --cls and --cls-soft, and --link,
 * --ink and --muted for pages that belong to no class. Previews are shown on whatever
 * background the chat app uses, so a card always carries the light theme. Throws naming the
 * property when the stylesheet lacks one, so a renamed variable fails the build.
 */
export function cardColours(css: string): CardColours {
  const light = (selector: string, property: string): string => {
    const block = new RegExp(`${selector.replace(/[[\]]/g, '\\$&')}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
    const value = new RegExp(`${property}\\s*:\\s*light-dark\\(\\s*(#[0-9a-fA-F]{3,8})\\s*,`).exec(block)?.[1];
    if (!value) throw new Error(`src/styles/site.css: no light-dark() value for ${property} in ${selector}`);
    return value.toLowerCase();
  };
  const classes = Object.fromEntries(
    CLASSES.map(({ id }) => [id, { fg: light(`[data-class='${id}']`, '--cls'), soft: light(`[data-class='${id}']`, '--cls-soft') }]),
  ) as Record<ClassId, { fg: string; soft: string }>;
  return {
    ...classes,
    none: { fg: light(':root', '--link'), soft: light(':root', '--link-soft') },
    ink: light(':root', '--ink'),
    muted: light(':root', '--muted'),
  };
}

/** The alt text: what the image shows, in words. */
export function ogAlt(card: OgCard): string {
  return `${card.label} ${card.title}: ${card.summary}`;
}

interface CodeFacts {
  code: number;
  phrase: string;
  summary: string;
  status: string;
}

export function codeCard(data: CodeFacts, statusClass: StatusClass, page: string): OgCard {
  const kicker = `${statusClass.id} ${statusClass.name}${data.status === 'unofficial' ? ' · Unofficial code' : ''}`;
  return { page, label: String(data.code), title: data.phrase, summary: data.summary, kicker, classId: classIdOf(data.code) };
}

export function classCard(statusClass: StatusClass, count: number, page: string): OgCard {
  return {
    page,
    label: statusClass.id,
    title: statusClass.name,
    summary: statusClass.summary,
    kicker: `${count} codes in this class`,
    classId: statusClass.id,
  };
}

/** Any other page (the cheatsheet, a guide step, a comparison): a label and a title of its own. */
export function pageCard(page: string, label: string, title: string, summary: string, kicker: string): OgCard {
  return { page, label, title, summary, kicker };
}
