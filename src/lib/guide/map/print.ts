/**
 * The guide's map on paper. Drawn as one tree, the map is tall and mostly empty on the left (each
 * question's column runs the height of everything below it), so as the guide grew it no longer
 * fitted two pages at a legible size. On paper it is split at subtree boundaries instead: a part
 * for the start and its answers, and a part for each question whose subtree is too wide to sit
 * beside another, recursively. A question where a part stops is drawn dashed, and its part follows
 * in reading order. The parts are stacked in columns, side by side on the page where they fit,
 * and a part taller than a page is cut between two boxes. The largest text size that fits wins.
 */
import type { GuideMapGraph, MapEdge, MapNode } from './graph.ts';
import { MAP_TEXT } from './graph.ts';
import { guideMapGroup, layoutGuideMap as layoutOf, type Box, type MapLayout } from './svg.ts';

/**
 * The printed pages, in mm, within the margins of the @page rule in src/components/guide/GuideMap.astro
 * (A4 landscape, 8 mm margins). The first page also carries the heading.
 */
export const PRINT_PAGE = { width: 281, height: 194, heading: 18, count: 2 } as const;
export type PrintPage = { width: number; height: number; heading: number; count: number };

/** Text printed smaller than this is hard to read; parts are split so the map prints above it. */
export const PRINT_MIN_PT = 6.5;
const MM_PER_PT = 0.3528;

/** Room between two parts on paper, in px of the drawing. */
const GAP = 16;

/** One part of the guide drawn on its own: the subgraph from a question, stopping at `continued`. */
export interface PrintPart {
  graph: GuideMapGraph;
  layout: MapLayout;
  /** Questions drawn as where a path goes on; each is the first question of a later part. */
  continued: Set<string>;
}

/** The subgraph from `root` in reading order, not going past the questions in `stop`. */
function subgraph(graph: GuideMapGraph, root: string, stop: ReadonlySet<string>): GuideMapGraph {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodes: MapNode[] = [];
  const edges: MapEdge[] = [];
  const visit = (id: string): void => {
    const node = byId.get(id);
    if (!node || nodes.includes(node)) return;
    nodes.push(node);
    if (id !== root && stop.has(id)) return;
    for (const edge of graph.edges.filter((e) => e.from === id)) {
      edges.push(edge);
      visit(edge.to);
    }
  };
  visit(root);
  return { nodes, edges };
}

/**
 * The parts, in reading order. A subtree no wider than `maxWidth` px is one part; a wider one is
 * cut below its first question: that question with its answers is a part, and each question
 * they lead to starts a part of its own (split again if it is still too wide).
 */
export async function printParts(
  graph: GuideMapGraph,
  maxWidth: number,
  layouts = new Map<string, Promise<MapLayout>>(),
): Promise<PrintPart[]> {
  // ELK takes a while; the same part comes back for each width tried.
  const layoutGuideMap = (part: GuideMapGraph): Promise<MapLayout> => {
    const key = part.nodes.map((node) => node.id).join(' ');
    if (!layouts.has(key)) layouts.set(key, layoutOf(part));
    return layouts.get(key)!;
  };
  const parts: PrintPart[] = [];
  const split = async (root: string): Promise<void> => {
    const whole = subgraph(graph, root, new Set());
    const layout = await layoutGuideMap(whole);
    const next = graph.edges.filter((e) => e.from === root && graph.nodes.find((n) => n.id === e.to)?.kind === 'step').map((e) => e.to);
    if (layout.width <= maxWidth || next.length === 0) {
      parts.push({ graph: whole, layout, continued: new Set() });
      return;
    }
    const continued = new Set(next);
    const top = subgraph(graph, root, continued);
    parts.push({ graph: top, layout: await layoutGuideMap(top), continued });
    for (const id of next) await split(id);
  };
  const first = graph.nodes[0];
  if (first) await split(first.id);
  return parts;
}

/** One printed slice of a part: what of the part it shows, and where on which page. */
export interface PrintBand {
  part: number;
  /** The slice, in px of the part's drawing: between two cuts, cropped left and right to its boxes. */
  view: Box;
  page: number;
  /** Its top left corner on the page, in px of the drawing. */
  left: number;
  top: number;
}

export interface PrintPlan {
  /** mm on paper per px of the drawing, the same for every part. */
  scale: number;
  /** The size the text prints at, in pt. */
  pt: number;
  bands: PrintBand[];
}

/** Where a part can be cut: lines crossed by edges only, never by a box or an answer's text. */
export function printCuts(layout: MapLayout): number[] {
  const boxes = [...layout.nodes.values(), ...layout.answers.values()];
  const cuts = new Set([layout.height]);
  for (const box of boxes) {
    const y = Math.round(box.y + box.height + 2);
    if (y < layout.height && boxes.every((b) => y < b.y || y > b.y + b.height)) cuts.add(y);
  }
  return [...cuts].sort((a, b) => a - b);
}

/** The slice of a part between two cuts, cropped to the boxes in it; undefined if it holds none. */
function slice(layout: MapLayout, top: number, bottom: number): Box | undefined {
  const inside = [...layout.nodes.values(), ...layout.answers.values()].filter((b) => b.y >= top && b.y + b.height <= bottom);
  if (inside.length === 0) return undefined;
  const x = Math.max(0, Math.min(...inside.map((b) => b.x)) - 4);
  const right = Math.min(layout.width, Math.max(...inside.map((b) => b.x + b.width)) + 4);
  return { x, y: top, width: right - x, height: bottom - top };
}

/**
 * The parts placed at one scale, or undefined if they do not fit the pages. In reading order, a
 * part goes below the last one in its column if it fits there whole, else at the top of a new
 * column, beside the last if the page has room across, else on the next page. A part taller than
 * a page is cut at the lowest cut that fits, and goes on in the next column.
 */
function placeAt(parts: readonly PrintPart[], scale: number, page: PrintPage): PrintBand[] | undefined {
  const across = page.width / scale;
  const tall = (index: number): number => (index === 0 ? page.height - page.heading : page.height) / scale;
  const bands: PrintBand[] = [];
  let pageIndex = 0;
  let column = { left: 0, top: 0, width: 0 };
  const newColumn = (): void => {
    column = { left: column.left + column.width + GAP, top: 0, width: 0 };
  };
  for (const [index, part] of parts.entries()) {
    const cuts = printCuts(part.layout);
    let y = 0;
    // A part that fits a column whole starts one rather than being cut.
    if (column.top > 0 && part.layout.height > tall(pageIndex) - column.top && part.layout.height <= tall(pageIndex)) newColumn();
    while (y < part.layout.height) {
      if (pageIndex >= page.count) return undefined;
      const room = tall(pageIndex) - column.top;
      const cut = cuts.filter((c) => c > y && c - y <= room && slice(part.layout, y, c)).at(-1);
      const view = cut === undefined ? undefined : slice(part.layout, y, cut);
      if (cut === undefined || !view) {
        if (column.top === 0) return undefined;
        newColumn();
        continue;
      }
      if (column.left + Math.max(column.width, view.width) > across) {
        if (column.left === 0) return undefined;
        pageIndex += 1;
        column = { left: 0, top: 0, width: 0 };
        continue;
      }
      bands.push({ part: index, view, page: pageIndex, left: column.left, top: column.top });
      column.top += view.height + GAP;
      column.width = Math.max(column.width, view.width);
      y = cut;
    }
  }
  return pageIndex < page.count ? bands : undefined;
}

const ptScale = (pt: number): number => (pt * MM_PER_PT) / MAP_TEXT.size;

/** The largest text size, in steps of 0.1 pt from 12 pt down, at which the parts fit the pages. */
export function printPlan(parts: readonly PrintPart[], page: PrintPage = PRINT_PAGE): PrintPlan {
  for (let tenths = 120; tenths >= 30; tenths--) {
    const bands = placeAt(parts, ptScale(tenths / 10), page);
    if (bands) return { scale: ptScale(tenths / 10), pt: tenths / 10, bands };
  }
  throw new Error('The guide map does not fit its printed pages even at 3 pt');
}

const n = (value: number): string => String(Math.round(value * 10) / 10);

/**
 * The parts and their plan: split so that two parts fit across a page at the smallest legible
 * size, then finer, for three or four across; whichever prints the text largest wins (the
 * coarser on a tie). As the guide grows, the finer splits keep it legible on the same pages.
 */
export async function guideMapPrintPlan(
  graph: GuideMapGraph,
  page: PrintPage = PRINT_PAGE,
): Promise<{ parts: PrintPart[]; plan: PrintPlan }> {
  let best: { parts: PrintPart[]; plan: PrintPlan } | undefined;
  const layouts = new Map<string, Promise<MapLayout>>();
  for (const across of [2, 3, 4]) {
    const parts = await printParts(graph, (page.width / ptScale(PRINT_MIN_PT) - (across - 1) * GAP) / across, layouts);
    if (best && parts.length === best.parts.length) continue;
    const plan = printPlan(parts, page);
    if (!best || plan.pt > best.plan.pt) best = { parts, plan };
  }
  return best!;
}

/**
 * The map for paper: each part drawn once, in a <defs>, and shown through <use> by the bands that
 * slice it; one <svg> per page, sized in mm, with its bands placed in it. `id` prefixes the parts' ids.
 */
export async function guideMapPrint(graph: GuideMapGraph, id: string, page: PrintPage = PRINT_PAGE): Promise<string> {
  const { parts, plan } = await guideMapPrintPlan(graph, page);
  const mm = (px: number): string => `${n(px * plan.scale)}mm`;
  const defs = parts.map((p, i) => guideMapGroup(p.graph, p.layout, { id: `${id}-${i + 1}`, continued: p.continued }));
  const pages: string[] = [];
  for (const band of plan.bands) {
    const { x, y, width, height } = band.view;
    pages[band.page] =
      (pages[band.page] ?? '') +
      `<svg xmlns="http://www.w3.org/2000/svg" class="guide-map" viewBox="${n(x)} ${n(y)} ${n(width)} ${n(height)}"` +
      ` x="${mm(band.left)}" y="${mm(band.top)}" width="${mm(width)}" height="${mm(height)}"><use href="#${id}-${band.part + 1}"/></svg>`;
  }
  const tallest = (i: number): number => Math.max(...plan.bands.filter((b) => b.page === i).map((b) => b.top + b.view.height));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="guide-map-defs" width="0" height="0" aria-hidden="true"><defs>${defs.join('')}</defs></svg>` +
    pages
      .map(
        (content, i) =>
          `<svg xmlns="http://www.w3.org/2000/svg" class="guide-map-page" width="${page.width}mm" height="${mm(tallest(i))}" aria-hidden="true">${content}</svg>`,
      )
      .join('')
  );
}
