/**
 * The real guide and comparisons, read from content/ with the YAML parser Astro uses and parsed
 * with the site's own schemas, for the unit tests that check what the guide says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import {
  comparisonSchema,
  stepSchema,
  type AnswerData,
  type ComparisonData,
  type EndData,
  type StepData,
} from '../../src/lib/guide-schema.ts';
import { guideTree, START, type GuideNode, type StepFile } from '../../src/lib/guide-tree.ts';

const content = join(import.meta.dirname, '..', '..', 'content');

function read<T>(dir: string, parse: (data: unknown) => T): Map<string, T> {
  return new Map(
    readdirSync(join(content, dir))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [f.replace('.yaml', ''), parse(load(readFileSync(join(content, dir, f), 'utf8')))]),
  );
}

export const steps: Map<string, StepData> = read('guide', (d) => stepSchema.parse(d));
export const comparisons: Map<string, ComparisonData> = read('compare', (d) => comparisonSchema.parse(d));

const files: StepFile[] = [...steps].map(([id, data]) => ({ id, filePath: `content/guide/${id}.yaml`, data }));
export const tree: Map<string, GuideNode> = guideTree(files);

/** Every recommendation of the guide by id. */
export const ends: Map<string, EndData> = new Map(
  [...tree.values()].flatMap((n) => (n.kind === 'end' ? [[n.id, n.end] as [string, EndData]] : [])),
);

export function end(id: string): EndData {
  const found = ends.get(id);
  if (!found) throw new Error(`no guide end "${id}"`);
  return found;
}

/** The answers a reader clicks from the start to reach a page, first to last. */
export function answersTo(id: string): AnswerData[] {
  const answers: AnswerData[] = [];
  let node = tree.get(id);
  while (node?.parent) {
    const parent = tree.get(node.parent.stepId);
    if (parent?.kind !== 'step') break;
    answers.unshift(parent.step.answers[node.parent.answerIndex]!);
    node = parent;
  }
  return answers;
}

/** Every sentence a reader of the guide and the comparisons sees, with where it comes from. */
export function guideTexts(): [where: string, text: string][] {
  const texts: [string, string][] = [];
  for (const [id, s] of steps) {
    texts.push([`${id} question`, s.question], [`${id} description`, s.description]);
    if (s.intro) texts.push([`${id} intro`, s.intro]);
    s.answers.forEach((a, i) => {
      texts.push([`${id} answer ${i}`, a.label]);
      if (a.hint) texts.push([`${id} answer ${i} hint`, a.hint]);
      const e = a.end;
      if (e) {
        texts.push([`${e.id} question`, e.question], [`${e.id} description`, e.description], [`${e.id} why`, e.why]);
        if (e.rule) texts.push([`${e.id} rule`, e.rule]);
        for (const h of e.headers) texts.push([`${e.id} ${h.name}`, h.note]);
      }
    });
  }
  for (const [slug, c] of comparisons) {
    texts.push([`compare/${slug} intro`, c.intro], [`compare/${slug} title`, c.title]);
    for (const m of c.codes) texts.push([`compare/${slug} ${m.code}`, m.pick]);
  }
  return texts;
}

export { START };
