/**
 * The guide's map (src/lib/guide-map.ts, src/lib/guide-map-svg.ts) over the real guide and over a
 * small fixture guide: every page of the guide is drawn and linked, in reading order, with its
 * words intact; the layout changes with the content; and the SVG carries no colours or styles of
 * its own. Expected URLs and orders are worked out here from the files, not with the site's
 * own helpers, so the tests do not use the code they check as their oracle.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { load } from 'js-yaml';
import { parseHTML } from 'linkedom';
import { stepSchema, type StepData } from '../../src/lib/guide-schema.ts';
import { guideTree } from '../../src/lib/guide-tree.ts';
import { guideMap, MAP_TEXT, type GuideMapGraph } from '../../src/lib/guide-map.ts';
import { guideMapPrintSvgs, guideMapSvg, layoutGuideMap, printCut, PRINT_PAGE, type MapLayout } from '../../src/lib/guide-map-svg.ts';
import { wrapText, textWidth } from '../../src/lib/text-width.ts';
import { entries } from '../support/content.ts';

type Steps = Record<string, StepData>;

const readSteps = (dir: string): Steps =>
  Object.fromEntries(readdirSync(dir).map((f) => [f.replace('.yaml', ''), stepSchema.parse(load(readFileSync(join(dir, f), 'utf8')))]));

const realSteps = readSteps(join(import.meta.dirname, '..', '..', 'content', 'guide'));
const fixtureSteps = (): Steps => readSteps(join(import.meta.dirname, '..', 'fixtures', 'base-guide', 'guide'));
const phrases = new Map(entries.map((e) => [e.code, e.phrase]));
const phraseOf = (code: number): string => phrases.get(code) ?? `Phrase of ${code}`;

const url = (id: string): string => (id === 'start' ? '/guide/' : `/guide/${id}/`);

function graphOf(steps: Steps): GuideMapGraph {
  return guideMap(guideTree(Object.entries(steps).map(([id, data]) => ({ id, filePath: `${id}.yaml`, data }))), phraseOf);
}

/** Every link a reader meets, walking the files from the start: a question, then each answer and what follows it. */
function expectedLinks(steps: Steps): string[] {
  const links: string[] = [];
  const visit = (id: string): void => {
    links.push(url(id));
    for (const answer of steps[id]?.answers ?? []) {
      const target = answer.next ?? answer.end?.id ?? '';
      links.push(url(target));
      if (answer.next) visit(answer.next);
      else for (const code of answer.end?.codes ?? []) links.push(`/${code}/`);
    }
  };
  visit('start');
  return links;
}

async function draw(steps: Steps): Promise<{ graph: GuideMapGraph; layout: MapLayout; svg: string; doc: Document }> {
  const graph = graphOf(steps);
  const layout = await layoutGuideMap(graph);
  const svg = guideMapSvg(graph, layout, { id: 'drawing' });
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return { graph, layout, svg, doc: document as unknown as Document };
}

const real = draw(realSteps);

test('the map draws every step and every end of the real guide, each linked to its page', async () => {
  const { doc } = await real;
  const stepIds = Object.keys(realSteps);
  const endIds = Object.values(realSteps).flatMap((s) => s.answers.flatMap((a) => (a.end ? [a.end.id] : [])));
  for (const id of stepIds) {
    const step = doc.querySelector(`a.step[data-guide="${id}"]`);
    assert.ok(step, `step ${id} is drawn`);
    assert.equal(step.getAttribute('href'), url(id));
    assert.equal(step.textContent, realSteps[id]!.question);
  }
  const hrefs = new Set([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')));
  for (const id of endIds) {
    assert.ok(doc.querySelector(`g.end[data-guide="${id}"]`), `end ${id} is drawn`);
    assert.ok(hrefs.has(url(id)), `end ${id} is linked`);
  }
  assert.equal(doc.querySelectorAll('[data-guide]').length, stepIds.length + endIds.length);
});

test('the links come in the guide’s reading order, with the answers’ and codes’ own words', async () => {
  const { doc } = await real;
  const links = [...doc.querySelectorAll('a')];
  assert.deepEqual(
    links.map((a) => a.getAttribute('href')),
    expectedLinks(realSteps),
  );
  const answers = Object.values(realSteps).flatMap((s) => s.answers.map((a) => a.label));
  const drawn = [...doc.querySelectorAll('g.answer a')].map((a) => a.textContent);
  assert.deepEqual([...drawn].sort(), [...answers].sort());
  for (const a of doc.querySelectorAll('g.end a')) {
    const code = Number(/^\/(\d{3})\/$/.exec(a.getAttribute('href') ?? '')?.[1]);
    assert.equal(a.textContent, `${code} ${phrases.get(code)}`);
    assert.equal(a.getAttribute('data-class'), `${String(code)[0]}xx`);
  }
});

test('the SVG leaves colours to the stylesheet and has no style attribute or script', async () => {
  const { svg } = await real;
  assert.doesNotMatch(svg, /\sstyle=/);
  assert.doesNotMatch(svg, /<script|<style/);
  assert.doesNotMatch(svg, /\s(fill|stroke|color)="/);
});

/** Whether two boxes overlap by more than a hair. */
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean =>
  a.x + 0.5 < b.x + b.width && b.x + 0.5 < a.x + a.width && a.y + 0.5 < b.y + b.height && b.y + 0.5 < a.y + a.height;

test('no two boxes or answers overlap, questions fit their boxes, all inside the drawing', async () => {
  const { graph, layout } = await real;
  const boxes = [...layout.nodes.entries(), ...[...layout.answers.entries()].map(([id, b]) => [`answer ${id}`, b] as const)];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) assert.ok(!overlap(boxes[i]![1], boxes[j]![1]), `${boxes[i]![0]} overlaps ${boxes[j]![0]}`);
  }
  for (const node of graph.nodes) {
    const box = layout.nodes.get(node.id)!;
    if (node.kind === 'step') {
      for (const line of node.question.lines)
        assert.ok(textWidth(line, MAP_TEXT.size, true) <= box.width - 2 * MAP_TEXT.padX + 0.5, `${line} fits`);
    }
    assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= layout.width && box.y + box.height <= layout.height, `${node.id} is inside`);
  }
});

test('the map follows the content: a fixture guide, then the same with one more answer', async () => {
  const base = fixtureSteps();
  const before = await draw(base);
  assert.deepEqual(
    [...before.doc.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    expectedLinks(base),
  );
  const changed = fixtureSteps();
  changed['missing']!.answers.push({
    label: 'It is there, but only for some people',
    end: {
      id: 'forbidden',
      question: 'Which code when the user may not see it?',
      description: 'The resource exists but this client may not have it: send 403 Forbidden.',
      codes: [403],
      why: '403 says the server understood and refuses (RFC 9110 §15.5.4).',
      headers: [],
      terms: [],
    },
  });
  const after = await draw(changed);
  assert.notEqual(after.svg, before.svg);
  assert.ok(after.doc.querySelector('g.end[data-guide="forbidden"]'));
  assert.equal(after.doc.querySelector('a[href="/403/"]')?.textContent, `403 ${phraseOf(403)}`);
  assert.ok(after.layout.height > before.layout.height, 'one more answer makes the map taller');
  assert.deepEqual(
    [...after.doc.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    expectedLinks(changed),
  );
});

test('print: the cut crosses no box, and both parts fit their A4 page', async () => {
  const { layout } = await real;
  const cut = printCut(layout);
  assert.ok(cut > 0 && cut < layout.height);
  for (const box of [...layout.nodes.values(), ...layout.answers.values()]) {
    assert.ok(cut < box.y || cut > box.y + box.height, `the cut at ${cut} crosses a box at ${box.y}-${box.y + box.height}`);
  }
  const { document } = parseHTML(`<html><body>${guideMapPrintSvgs(layout, 'drawing')}</body></html>`);
  const parts = [...document.querySelectorAll('svg')].map((s) => ({
    width: parseFloat(s.getAttribute('width') ?? ''),
    height: parseFloat(s.getAttribute('height') ?? ''),
  }));
  assert.equal(parts.length, 2);
  assert.ok(parts[0]!.width <= PRINT_PAGE.width && parts[0]!.height <= PRINT_PAGE.height - PRINT_PAGE.heading);
  assert.ok(parts[1]!.width <= PRINT_PAGE.width && parts[1]!.height <= PRINT_PAGE.height);
  // Legible on paper: the text prints at 6.5 pt or more (1 pt = 0.3528 mm).
  const pt = ((MAP_TEXT.size * parts[0]!.width) / layout.width / 0.3528).toFixed(1);
  assert.ok(Number(pt) >= 6.5, `text prints at ${pt} pt`);
});

test('wrapText: words within the width, hyphenated words broken after a hyphen, long words kept whole', () => {
  const lines = wrapText("The client's If-Match or If-Unmodified-Since condition is false", 124, 13);
  for (const line of lines) assert.ok(textWidth(line, 13) <= 124, line);
  assert.equal(lines.join(' ').replaceAll('- ', '-'), "The client's If-Match or If-Unmodified-Since condition is false");
  assert.ok(lines.some((l) => l.endsWith('-')));
  assert.deepEqual(wrapText('Supercalifragilistic word', 30, 13), ['Supercalifragilistic', 'word']);
  assert.ok(textWidth('WWW', 13) > textWidth('iii', 13));
});
