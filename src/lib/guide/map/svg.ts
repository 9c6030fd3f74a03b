/**
 * Lays out the guide's graph (src/lib/guide/map/graph.ts) at build time with ELK's layered algorithm
 * (elkjs) and draws it as SVG text. ELK only places boxes and routes edges; the drawing is ours,
 * so it carries classes and data-class instead of colours (the stylesheet colours it in either
 * theme), no style attribute (the Content-Security-Policy forbids them), and its links in the
 * guide's reading order. Runs in Node, without network; nothing of it reaches the browser.
 */
import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { GuideMapGraph, MapEdge, MapNode } from './graph.ts';
import { MAP_TEXT } from './graph.ts';
import { TEXT_FONT } from './text-width.ts';

export interface Point {
  x: number;
  y: number;
}

export interface Box extends Point {
  width: number;
  height: number;
}

/** Where everything goes: boxes of the nodes and of the answers' text, and each answer's two lines. */
export interface MapLayout {
  width: number;
  height: number;
  nodes: Map<string, Box>;
  answers: Map<string, Box>;
  /** Per answer: the line from the question to the answer's text, and from there to where it leads. */
  lines: Map<string, { into: Point[]; out: Point[] }>;
}

/** Room left and right of an answer's text, where its lines meet it. */
const ANSWER_GAP = 3;

/**
 * ELK's options: left to right, right-angled edges, the edges from one question merged into one
 * trunk, and the input order kept (the guide's order of answers, top to bottom).
 * https://eclipse.dev/elk/reference/algorithms/org-eclipse-elk-layered.html
 */
const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.mergeEdges': 'true',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'RIGHTDOWN',
  'elk.layered.spacing.nodeNodeBetweenLayers': '10',
  'elk.layered.spacing.edgeNodeBetweenLayers': '6',
  'elk.spacing.nodeNode': '8',
  'elk.spacing.edgeEdge': '6',
  'elk.padding': '[top=2,left=2,bottom=2,right=2]',
};

const answerId = (edge: MapEdge): string => `answer:${edge.id}`;

/**
 * Each answer becomes a node of its own between the question and where it leads, so that its text
 * sits on its line, not beside a bundle of lines where it could belong to either.
 */
export async function layoutGuideMap(graph: GuideMapGraph): Promise<MapLayout> {
  const children: ElkNode[] = [];
  for (const item of readingOrder(graph)) {
    children.push(
      'kind' in item
        ? { id: item.id, width: item.width, height: item.height }
        : { id: answerId(item), width: item.label.width + 2 * ANSWER_GAP, height: item.label.height },
    );
  }
  const edges = graph.edges.flatMap((e) => [
    { id: `into:${e.id}`, sources: [e.from], targets: [answerId(e)] },
    { id: `out:${e.id}`, sources: [answerId(e)], targets: [e.to] },
  ]);
  const input: ElkNode = { id: 'guide', layoutOptions: LAYOUT_OPTIONS, children, edges };
  const result = await new ELK().layout(input);
  const boxes = new Map<string, Box>(
    (result.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 }]),
  );
  const routes = new Map<string, Point[]>(
    (result.edges ?? []).map((e) => {
      const s = e.sections?.[0];
      return [e.id, s ? [s.startPoint, ...(s.bendPoints ?? []), s.endPoint] : []];
    }),
  );
  const pick = (id: string): Box => {
    const box = boxes.get(id);
    if (!box) throw new Error(`ELK placed no box for ${id}`);
    return box;
  };
  return {
    width: Math.ceil(result.width ?? 0),
    height: Math.ceil(result.height ?? 0),
    nodes: new Map(graph.nodes.map((n) => [n.id, pick(n.id)])),
    answers: new Map(graph.edges.map((e) => [e.id, pick(answerId(e))])),
    lines: new Map(graph.edges.map((e) => [e.id, { into: routes.get(`into:${e.id}`) ?? [], out: routes.get(`out:${e.id}`) ?? [] }])),
  };
}

/** Nodes and answers in the guide's reading order: a question, then each answer and what follows it. */
export function readingOrder(graph: GuideMapGraph): (MapNode | MapEdge)[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const order: (MapNode | MapEdge)[] = [];
  const seen = new Set<string>();
  const visit = (node: MapNode): void => {
    if (seen.has(node.id)) return;
    seen.add(node.id);
    order.push(node);
    for (const edge of graph.edges.filter((e) => e.from === node.id)) {
      order.push(edge);
      const next = byId.get(edge.to);
      if (next) visit(next);
    }
  };
  const first = graph.nodes[0];
  if (first) visit(first);
  return order;
}

const escape = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const n = (value: number): string => String(Math.round(value * 10) / 10);

/** The first baseline below a line box's top: Arial's ascent and descent, centred in the line. */
const BASELINE = (MAP_TEXT.line - 1.117 * MAP_TEXT.size) / 2 + 0.905 * MAP_TEXT.size;

/**
 * A wrapped line as it is written into the drawing: with the space the wrap replaced, or the words
 * would run together when found or copied across the break (none after a hyphen or the last line).
 */
const spaced = (lines: readonly string[], i: number): string => {
  const line = lines[i] ?? '';
  return i < lines.length - 1 && !line.endsWith('-') ? `${line} ` : line;
};

/** Lines of text as one <text>, so find-in-page and selection run across the line breaks. */
function text(lines: readonly string[], x: number, top: number): string {
  const spans = lines.map((_, i) => `<tspan x="${n(x)}" y="${n(top + BASELINE + i * MAP_TEXT.line)}">${escape(spaced(lines, i))}</tspan>`);
  return `<text>${spans.join('')}</text>`;
}

const polyline = (points: readonly Point[]): string => (points.length > 1 ? `M${points.map((p) => `${n(p.x)},${n(p.y)}`).join('L')}` : '');

/** An arrowhead whose tip is the last point, along the last segment. */
function arrowhead(points: readonly Point[]): string {
  const tip = points.at(-1);
  const from = points.at(-2);
  if (!tip || !from) return '';
  const length = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const [dx, dy] = [(tip.x - from.x) / length, (tip.y - from.y) / length];
  const back = { x: tip.x - 7 * dx, y: tip.y - 7 * dy };
  const side = { x: -dy * 3.5, y: dx * 3.5 };
  return `M${n(tip.x)},${n(tip.y)}L${n(back.x + side.x)},${n(back.y + side.y)}L${n(back.x - side.x)},${n(back.y - side.y)}Z`;
}

export interface SvgOptions {
  /** The id of the drawing's group, which the printed pages reuse. */
  id: string;
  /** Questions drawn here only as where a path goes on: their answers are drawn elsewhere (in print). */
  continued?: ReadonlySet<string>;
}

/**
 * The map as an <svg> element: boxes, lines and text with classes for the stylesheet, links
 * with href (questions and answers to the guide's pages, codes to theirs), in reading order.
 */
export function guideMapSvg(graph: GuideMapGraph, layout: MapLayout, options: SvgOptions): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="guide-map" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}">` +
    `${guideMapGroup(graph, layout, options)}</svg>`
  );
}

/** The drawing alone, as the <g> with the given id, for an <svg> or a <defs> to hold. */
export function guideMapGroup(graph: GuideMapGraph, layout: MapLayout, options: SvgOptions): string {
  const parts: string[] = [];
  const { padX, padY } = MAP_TEXT;
  for (const item of readingOrder(graph)) {
    if (!('kind' in item)) {
      const box = layout.answers.get(item.id)!;
      const { into, out } = layout.lines.get(item.id)!;
      parts.push(
        `<g class="answer"><path class="line" d="${polyline(into)}"/><path class="line" d="${polyline(out.slice(0, -1).concat(shorten(out)))}"/>`,
        `<path class="arrow" d="${arrowhead(out)}"/><a href="${escape(item.href)}">${text(item.label.lines, box.x + ANSWER_GAP, box.y)}</a></g>`,
      );
      continue;
    }
    const box = layout.nodes.get(item.id)!;
    const rect = `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="5"/>`;
    if (item.kind === 'step') {
      parts.push(
        `<a class="${options.continued?.has(item.id) ? 'step continued' : 'step'}" href="${escape(item.href)}" data-guide="${item.id}">${rect}${text(item.question.lines, box.x + padX, box.y + padY)}</a>`,
      );
      continue;
    }
    let top = box.y + padY;
    const codes = item.codes.map((c) => {
      const number = String(c.code);
      const x = box.x + padX;
      const y = top + BASELINE;
      // The number in its class colour and bold, the phrase after it; a wrapped phrase continues below.
      const spans = c.text.lines.map((_, i) => {
        const line = spaced(c.text.lines, i);
        return i === 0
          ? `<tspan class="code" x="${n(x)}" y="${n(y)}">${number}</tspan><tspan>${escape(line.slice(number.length))}</tspan>`
          : `<tspan x="${n(x)}" y="${n(y + i * MAP_TEXT.line)}">${escape(line)}</tspan>`;
      });
      top += c.text.height;
      return `<a href="${escape(c.href)}" data-class="${c.classId}"><text>${spans.join('')}</text></a>`;
    });
    parts.push(`<g class="end" data-class="${item.classId}" data-guide="${item.id}">${rect}${codes.join('')}</g>`);
  }
  return `<g id="${options.id}" class="guide-map-drawing" font-family="${escape(TEXT_FONT)}" font-size="${MAP_TEXT.size}">${parts.join('')}</g>`;
}

/** The last point of a line moved back by the arrowhead's length, so the line ends under it, not through its tip. */
function shorten(points: readonly Point[]): Point[] {
  const tip = points.at(-1);
  const from = points.at(-2);
  if (!tip || !from) return [...points.slice(-1)];
  const length = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const back = Math.min(6, length);
  return [{ x: tip.x - ((tip.x - from.x) / length) * back, y: tip.y - ((tip.y - from.y) / length) * back }];
}
