/**
 * The real guide and comparisons, read from content/ with the YAML parser Astro uses and parsed
 * with the site's own schemas. The unit tests check what the guide says through the site's tree
 * (`tree`, `answersTo`); the site and browser tests check the built pages against `guidePages`, a
 * walk worked out here from the files, not with the site's own guideTree, so they do not use the
 * code they check as their oracle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { comparisonSchema, type ComparisonData } from '../../src/lib/compare/schema.ts';
import { stepSchema, type AnswerData, type EndData, type StepData } from '../../src/lib/guide/schema.ts';
import { guideTree, START, type GuideNode, type StepFile } from '../../src/lib/guide/tree.ts';
import { RETRY_LABELS } from '../../src/lib/codes/labels.ts';
import { FAULT_LABELS, METHOD_LABELS, PERMANENCE_LABELS } from '../../src/lib/codes/facts.ts';
import type { Entry } from './content.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

const content = repoPath('content');

function read<T>(dir: string, parse: (data: unknown) => T): Map<string, T> {
  return new Map(
    readdirSync(join(content, dir))
      .filter((f) => f.endsWith('.yaml'))
      .sort()
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

export interface GuidePage {
  id: string;
  url: string;
  /** The question and chosen answer of every step before this page, from the start. */
  trail: { url: string; question: string; answer: string; index: number }[];
  step?: StepData;
  end?: EndData;
}

/** The URL of a guide page, worked out here rather than with the site's guidePath. */
export const guideUrl = (id: string): string => (id === 'start' ? '/guide/' : `/guide/${id}/`);

/** Every page reached from the start, breadth first, each with its trail. */
function walk(): GuidePage[] {
  const pages: GuidePage[] = [{ id: 'start', url: guideUrl('start'), trail: [], step: steps.get('start')! }];
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i]!;
    for (const [index, answer] of (page.step?.answers ?? []).entries()) {
      const trail = [...page.trail, { url: page.url, question: page.step!.question, answer: answer.label, index }];
      if (answer.next) pages.push({ id: answer.next, url: guideUrl(answer.next), trail, step: steps.get(answer.next)! });
      if (answer.end) pages.push({ id: answer.end.id, url: guideUrl(answer.end.id), trail, end: answer.end });
    }
  }
  return pages;
}

export const guidePages = walk();
export const guideEnds = guidePages.filter((p) => p.end);

/**
 * The expected wording of each fact of a comparison table, worked out from the raw frontmatter.
 * The words come from the site's label tables; which value applies (and the fault a class
 * implies) is decided here.
 */
const yesNo = (v: boolean): string => (v ? 'Yes' : 'No');
export const FACTS: Record<string, (e: Entry) => string | undefined> = {
  permanence: (e) => (e.facts.permanence ? PERMANENCE_LABELS[e.facts.permanence] : undefined),
  method: (e) => (e.facts.method ? METHOD_LABELS[e.facts.method] : undefined),
  cacheable: (e) => yesNo(e.facts.cacheableByDefault),
  content: (e) => yesNo(e.facts.mayHaveContent),
  retry: (e) => RETRY_LABELS[e.facts.retry],
  location: (e) => yesNo(e.facts.redirects),
  fault: (e) => FAULT_LABELS[e.facts.fault ?? ({ '4': 'client', '5': 'server' } as const)[String(e.code)[0] as '4' | '5'] ?? 'none'],
};
export const fact = (key: string, e: Entry): string | undefined => FACTS[key]?.(e);
