/**
 * What a page's link-preview image (Open Graph card) says, and where it lives. Pure: the cards
 * are described here from the entries, and rendered to PNG by src/lib/og-image.ts at build time.
 * src/lib/og-pages.ts lists which pages get one.
 */
import { classIdOf, type ClassId, type StatusClass } from './classes.ts';

/**
 * Where rendered images are kept between builds, relative to the project root (src/lib/og-image.ts
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

/**
 * The light-theme class colours of src/styles/global.css (--cls, --cls-soft): previews are shown
 * on whatever background the chat app uses, so the card carries its own light background.
 * tests/unit/og-card.test.ts checks that the stylesheet still has the same values.
 */
export const CARD_COLOURS: Record<ClassId | 'none', { fg: string; soft: string }> = {
  '1xx': { fg: '#0369a1', soft: '#e0f2fe' },
  '2xx': { fg: '#166534', soft: '#dcfce7' },
  '3xx': { fg: '#6d28d9', soft: '#ede9fe' },
  '4xx': { fg: '#9a3412', soft: '#ffedd5' },
  '5xx': { fg: '#b91c1c', soft: '#fee2e2' },
  none: { fg: '#1d4ed8', soft: '#dbeafe' },
};

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
