/**
 * The decision guide as a graph to draw (/guide/map/): every question a node, every answer an
 * edge with its words, every recommendation a node with its code or codes. Built from the same
 * tree as the guide's pages (src/lib/guide/tree.ts), so the map cannot drift from the guide.
 * Pure: the phrases come in as a function, the boxes are sized with Arial's widths
 * (src/lib/guide/map/text-width.ts), and the layout and drawing are src/lib/guide/map/svg.ts's job.
 */
import { classIdOf, type ClassId } from '../../site/classes.ts';
import { START, type GuideNode } from '../tree.ts';
import { codePath, guidePath } from '../../site/paths.ts';
import { textWidth, wrapText } from './text-width.ts';

/** Sizes in px of the drawing's text and boxes; the SVG sets the same font size. */
export const MAP_TEXT = {
  /** Font size of every text. */
  size: 13,
  /** Distance between the baselines of two lines. */
  line: 16,
  /** Widest line of a question, an answer and a recommendation before it wraps. */
  questionWidth: 140,
  answerWidth: 120,
  endWidth: 150,
  /** Space between a box's edge and its text. */
  padX: 9,
  padY: 7,
} as const;

/** A block of wrapped text and the size it takes, text only. */
export interface MapText {
  lines: string[];
  width: number;
  height: number;
}

/** A question: links to its page of the guide. */
export interface MapStep {
  kind: 'step';
  id: string;
  href: string;
  question: MapText;
  /** The box around the text. */
  width: number;
  height: number;
}

/** One code of a recommendation: links to the code's page, coloured by its class. */
export interface MapCode {
  code: number;
  classId: ClassId;
  href: string;
  /** The first line begins with the number; the phrase follows and may wrap. */
  text: MapText;
}

/** A recommendation: its code or codes, each a link; its page is the link of the answer before it. */
export interface MapEnd {
  kind: 'end';
  id: string;
  href: string;
  /** The class of the first code, the one the guide's page is coloured by. */
  classId: ClassId;
  codes: MapCode[];
  width: number;
  height: number;
}

export type MapNode = MapStep | MapEnd;

/** An answer: from the question to the page it leads to, which is also the label's link. */
export interface MapEdge {
  id: string;
  from: string;
  to: string;
  href: string;
  label: MapText;
}

/** The whole graph; nodes and edges are in the guide's reading order (each answer's branch before the next answer). */
export interface GuideMapGraph {
  nodes: MapNode[];
  edges: MapEdge[];
}

function block(text: string, maxWidth: number, bold = false): MapText {
  const lines = wrapText(text, maxWidth, MAP_TEXT.size, bold);
  return {
    lines,
    width: Math.ceil(Math.max(...lines.map((l) => textWidth(l, MAP_TEXT.size, bold)))),
    height: lines.length * MAP_TEXT.line,
  };
}

/** A code's line: the number in bold, then the phrase, wrapped after the number's width. */
function codeText(code: number, phrase: string): MapText {
  const number = `${code} `;
  const numberWidth = textWidth(number, MAP_TEXT.size, true);
  const rest = wrapText(phrase, MAP_TEXT.endWidth - numberWidth, MAP_TEXT.size);
  const lines = rest.map((l, i) => (i === 0 ? `${number}${l}` : l));
  const widths = rest.map((l, i) => (i === 0 ? numberWidth : 0) + textWidth(l, MAP_TEXT.size));
  return { lines, width: Math.ceil(Math.max(...widths)), height: lines.length * MAP_TEXT.line };
}

function boxed(text: { width: number; height: number }): { width: number; height: number } {
  return { width: text.width + 2 * MAP_TEXT.padX, height: text.height + 2 * MAP_TEXT.padY };
}

/**
 * The graph of the guide's pages (guidePages() in src/lib/guide/collection.ts), walked from the start in
 * reading order: a question, then each answer followed by everything below it.
 * `phraseOf` gives a code's reason phrase ("Too Many Requests").
 */
export function guideMap(pages: ReadonlyMap<string, GuideNode>, phraseOf: (code: number) => string): GuideMapGraph {
  const nodes: MapNode[] = [];
  const edges: MapEdge[] = [];
  const seen = new Set<string>();
  const visit = (node: GuideNode): void => {
    if (seen.has(node.id)) return;
    seen.add(node.id);
    if (node.kind === 'end') {
      const codes = node.end.codes.map((code) => ({
        code,
        classId: classIdOf(code)!,
        href: codePath(code),
        text: codeText(code, phraseOf(code)),
      }));
      const text = {
        width: Math.max(...codes.map((c) => c.text.width)),
        height: codes.reduce((sum, c) => sum + c.text.height, 0),
      };
      nodes.push({ kind: 'end', id: node.id, href: guidePath(node.id), classId: codes[0]!.classId, codes, ...boxed(text) });
      return;
    }
    const question = block(node.step.question, MAP_TEXT.questionWidth, true);
    nodes.push({ kind: 'step', id: node.id, href: guidePath(node.id), question, ...boxed(question) });
    node.step.answers.forEach((answer, index) => {
      const target = pages.get(answer.next ?? answer.end?.id ?? '');
      if (!target) return;
      edges.push({
        id: `${node.id}-${index + 1}`,
        from: node.id,
        to: target.id,
        href: guidePath(target.id),
        label: block(answer.label, MAP_TEXT.answerWidth),
      });
      visit(target);
    });
  };
  const start = pages.get(START);
  if (start) visit(start);
  return { nodes, edges };
}
