/**
 * The guide's map (src/lib/guide/map/graph.ts, src/lib/guide/map/svg.ts) over the real guide and over a
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
import { stepSchema, type StepData } from '../../src/lib/guide/schema.ts';
import { guideTree } from '../../src/lib/guide/tree.ts';
import { guideMap, MAP_TEXT, type GuideMapGraph } from '../../src/lib/guide/map/graph.ts';
import { guideMapSvg, layoutGuideMap, type MapLayout } from '../../src/lib/guide/map/svg.ts';
import { guideMapPrint, guideMapPrintPlan, PRINT_MIN_PT, PRINT_PAGE } from '../../src/lib/guide/map/print.ts';
import { wrapText, textWidth } from '../../src/lib/guide/map/text-width.ts';
import { entries } from '../support/content.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

type Steps = Record<string, StepData>;

const readSteps = (dir: string): Steps =>
  Object.fromEntries(readdirSync(dir).map((f) => [f.replace('.yaml', ''), stepSchema.parse(load(readFileSync(join(dir, f), 'utf8')))]));

const realSteps = readSteps(repoPath('content', 'guide'));
const fixtureSteps = (): Steps => readSteps(repoPath('tests', 'fixtures', 'base-guide', 'guide'));
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
  return { graph, layout, svg, doc: document };
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

/** 1 pt in mm. */
const PT = 0.3528;

/**
 * What paper must show, checked from the plan alone: every box of every part printed exactly once,
 * whole, inside its page and apart from the other bands there; text at PRINT_MIN_PT or more.
 */
async function checkPrint(steps: Steps): Promise<{ pt: number; pages: number }> {
  const graph = graphOf(steps);
  const { parts, plan } = await guideMapPrintPlan(graph);
  const textMm = MAP_TEXT.size * plan.scale;
  assert.ok(textMm / PT >= PRINT_MIN_PT, `text prints at ${(textMm / PT).toFixed(1)} pt`);
  const across = PRINT_PAGE.width / plan.scale;
  const tall = (page: number): number => (page === 0 ? PRINT_PAGE.height - PRINT_PAGE.heading : PRINT_PAGE.height) / plan.scale;
  for (const [i, band] of plan.bands.entries()) {
    assert.ok(band.page < PRINT_PAGE.count, `band ${i} is on page ${band.page + 1}`);
    assert.ok(band.left >= 0 && band.left + band.view.width <= across + 0.5, `band ${i} fits across its page`);
    assert.ok(band.top >= 0 && band.top + band.view.height <= tall(band.page) + 0.5, `band ${i} fits down its page`);
    for (const other of plan.bands.slice(i + 1).filter((b) => b.page === band.page)) {
      const [a, b] = [
        { x: band.left, y: band.top, width: band.view.width, height: band.view.height },
        { x: other.left, y: other.top, width: other.view.width, height: other.view.height },
      ];
      assert.ok(!overlap(a, b), `bands ${i} and ${plan.bands.indexOf(other)} overlap on paper`);
    }
  }
  for (const [p, part] of parts.entries()) {
    const views = plan.bands.filter((b) => b.part === p).map((b) => b.view);
    for (const box of [...part.layout.nodes.values(), ...part.layout.answers.values()]) {
      const showing = views.filter((v) => overlap(v, box));
      assert.equal(showing.length, 1, `a box of part ${p} at ${box.x},${box.y} is printed once`);
      const v = showing[0]!;
      assert.ok(box.x >= v.x && box.y >= v.y && box.x + box.width <= v.x + v.width && box.y + box.height <= v.y + v.height, 'whole');
    }
  }
  // Every end once and every answer once over all the parts; a question that a part stops at
  // heads a later part.
  const ends = parts.flatMap((part) => part.graph.nodes.filter((node) => node.kind === 'end').map((node) => node.id));
  const answers = parts.flatMap((part) => part.graph.edges.map((e) => e.id));
  assert.deepEqual(
    [...ends].sort(),
    graph.nodes
      .filter((node) => node.kind === 'end')
      .map((node) => node.id)
      .sort(),
  );
  assert.deepEqual([...answers].sort(), graph.edges.map((e) => e.id).sort());
  for (const [p, part] of parts.entries()) {
    for (const id of part.continued)
      assert.ok(
        parts.slice(p + 1).some((later) => later.graph.nodes[0]?.id === id),
        `${id} goes on later`,
      );
  }
  return { pt: plan.pt, pages: new Set(plan.bands.map((b) => b.page)).size };
}

test(`print: the map fits ${PRINT_PAGE.count} A4 landscape pages at ${PRINT_MIN_PT} pt or more, every box once and whole`, async () => {
  const { pages } = await checkPrint(realSteps);
  assert.ok(pages <= PRINT_PAGE.count);
  const { document } = parseHTML(`<html><body>${await guideMapPrint(graphOf(realSteps), 'print')}</body></html>`);
  assert.equal(document.querySelectorAll('svg.guide-map-page').length, pages);
  for (const use of document.querySelectorAll('use')) {
    assert.ok(document.getElementById(use.getAttribute('href')!.slice(1)), 'each band shows a drawn part');
  }
  assert.ok(document.querySelectorAll('a.step.continued').length > 0, 'questions continued in another part are marked');
});

test('print: a guide grown by a tenth still prints legibly on the same pages', async () => {
  // Every question with five answers or more gets one more, ending on a code of its own.
  const grown = structuredClone(realSteps);
  let added = 0;
  for (const [id, step] of Object.entries(grown)) {
    const extra = step.answers.length >= 5 ? 1 : 0;
    for (let i = 0; i < extra; i++, added++) {
      step.answers.push({
        label: `Another situation of ${id}, number ${i + 1}, described in a few words`,
        end: { ...structuredClone(fixtureSteps()['missing']!.answers[0]!.end!), id: `grown-${id}-${i}`, codes: [418] },
      });
    }
  }
  assert.ok(added >= graphOf(realSteps).edges.length / 10, `${added} answers added`);
  await checkPrint(grown);
});

test('wrapText: words within the width, hyphenated words broken after a hyphen, long words kept whole', () => {
  const lines = wrapText("The client's If-Match or If-Unmodified-Since condition is false", 124, 13);
  for (const line of lines) assert.ok(textWidth(line, 13) <= 124, line);
  assert.equal(lines.join(' ').replaceAll('- ', '-'), "The client's If-Match or If-Unmodified-Since condition is false");
  assert.ok(lines.some((l) => l.endsWith('-')));
  assert.deepEqual(wrapText('Supercalifragilistic word', 30, 13), ['Supercalifragilistic', 'word']);
  assert.ok(textWidth('WWW', 13) > textWidth('iii', 13));
});
