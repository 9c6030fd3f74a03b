/**
 * Broken guide and comparison files, in the pattern of tests/support/broken-entries.ts: one valid
 * base (tests/fixtures/base-guide/) and one named mutation per kind of mistake, each beside the
 * message it must produce. The unit tests run every case through the schemas and the checks of
 * src/lib/guide/validate.ts; tests/site/content-errors.test.ts runs one through a real `astro sync`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import type { BrokenCase } from './broken-entries.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

type Data = Record<string, unknown>;
/** The two folders of a broken case: file name → data. */
export interface GuideFiles {
  guide: Record<string, Data>;
  compare: Record<string, Data>;
}

const baseDir = repoPath('tests', 'fixtures', 'base-guide');

function readFolder(folder: 'guide' | 'compare'): Record<string, Data> {
  const dir = join(baseDir, folder);
  return Object.fromEntries(readdirSync(dir).map((f) => [f, load(readFileSync(join(dir, f), 'utf8')) as Data]));
}

/** A fresh copy of the base files. */
export function baseGuide(): GuideFiles {
  return { guide: readFolder('guide'), compare: readFolder('compare') };
}

export const toYaml = (data: Data): string => dump(data);

/** The answer at `index` of a step, to change in place. */
function answer(files: GuideFiles, step: string, index: number): Data {
  return ((files.guide[step]?.['answers'] as Data[] | undefined) ?? [])[index] as Data;
}

const change = (mutate: (files: GuideFiles) => void) => (): GuideFiles => {
  const files = baseGuide();
  mutate(files);
  return files;
};

/** A recommendation that only exists to make a test step valid. */
const end = (id: string): Data => ({
  id,
  question: 'Which code for the test?',
  description: 'An end that only exists to make a step valid, for the broken-file tests.',
  codes: [200],
  why: 'Any registered code will do for the test.',
});

/** A step with one answer leading on to `next`, for building chains and loops. */
const step = (next: string): Data => ({
  question: 'Which way now, for the test?',
  description: 'A step that only leads on to the next one, for the broken-file tests.',
  answers: [
    { label: 'On', next },
    { label: 'Stop', end: end(`before-${next}`) },
  ],
});

/** A step whose answers both end, named by `id`. */
const lone = (id: string): Data => ({
  ...step(''),
  answers: [
    { label: 'A', end: end(`${id}-a`) },
    { label: 'B', end: end(`${id}-b`) },
  ],
});

const addToStart = (f: GuideFiles, next: string): void => {
  f.guide['start.yaml']!['answers'] = [...(f.guide['start.yaml']!['answers'] as Data[]), { label: 'More', next }];
};

export const BROKEN_GUIDE_CASES: (Omit<BrokenCase, 'files'> & { files: () => GuideFiles })[] = [
  {
    name: 'an answer leads to a step that does not exist',
    files: change((f) => (answer(f, 'start.yaml', 1)['next'] = 'nowhere')),
    expect: ['start.yaml: field "answers.1.next" is "nowhere", which is no step (no nowhere.yaml)'],
  },
  {
    name: 'an end recommends a code that has no entry',
    files: change((f) => (((answer(f, 'start.yaml', 0)['end'] as Data)['codes'] as number[])[0] = 299)),
    expect: ['start.yaml: field "answers.0.end.codes.0" is 299, which has no entry'],
  },
  {
    name: 'an end recommends an unofficial code',
    files: change((f) => (((answer(f, 'missing.yaml', 0)['end'] as Data)['codes'] as number[])[0] = 499)),
    expect: ['missing.yaml: field "answers.0.end.codes.0" is 499, which is unofficial (recommend registered codes only)'],
  },
  {
    name: 'an end recommends a deprecated code',
    files: change((f) => (((answer(f, 'missing.yaml', 1)['end'] as Data)['codes'] as number[])[1] = 305)),
    expect: ['missing.yaml: field "answers.1.end.codes.1" is 305, which is deprecated in the registry'],
  },
  {
    name: 'an end points to a comparison that does not exist',
    files: change((f) => ((answer(f, 'missing.yaml', 0)['end'] as Data)['compare'] = 'lost-and-found')),
    expect: ['missing.yaml: field "answers.0.end.compare" is "lost-and-found", which is no comparison'],
  },
  {
    name: 'a step cannot be reached from the start',
    files: change((f) => (f.guide['orphan.yaml'] = lone('orphan'))),
    expect: ['orphan.yaml: step "orphan" cannot be reached from the start (no answer leads to it)'],
  },
  {
    name: 'an answer leads back to the start',
    files: change((f) => {
      const a = answer(f, 'missing.yaml', 0);
      delete a['end'];
      a['next'] = 'start';
    }),
    expect: ['missing.yaml: field "answers.0.next" is "start", which leads back to the start (the steps loop)'],
  },
  {
    name: 'two steps lead to each other',
    files: change((f) => {
      f.guide['ping.yaml'] = step('pong');
      f.guide['pong.yaml'] = step('ping');
    }),
    expect: ['pong.yaml: field "answers.0.next" is "ping", which loops (ping → pong → ping)'],
  },
  {
    name: 'a step has two parents',
    files: change((f) => {
      f.guide['other.yaml'] = step('missing');
      addToStart(f, 'other');
    }),
    expect: [
      'other.yaml: field "answers.0.next" is "missing", which',
      'start.yaml field "answers.1.next" already leads to (a step has one parent',
    ],
  },
  {
    name: 'a recommendation is more than 6 clicks deep',
    files: change((f) => {
      for (let i = 1; i <= 5; i++) f.guide[`deep-${i}.yaml`] = step(`deep-${i + 1}`);
      f.guide['deep-6.yaml'] = lone('deep-6');
      addToStart(f, 'deep-1');
    }),
    expect: ['deep-6.yaml: field "answers.0.end" is 7 clicks from the start (at most 6)'],
  },
  {
    name: 'an end uses the id of a step',
    files: change((f) => ((answer(f, 'start.yaml', 0)['end'] as Data)['id'] = 'missing')),
    expect: ['start.yaml: field "answers.0.end.id" is "missing", which', 'missing.yaml (a step) already uses'],
  },
  {
    name: 'the start step is missing',
    files: change((f) => {
      f.guide['begin.yaml'] = f.guide['start.yaml']!;
      delete f.guide['start.yaml'];
    }),
    expect: ['start.yaml: the start step is missing'],
  },
  {
    name: 'an end with two codes has no rule',
    files: change((f) => delete (answer(f, 'missing.yaml', 1)['end'] as Data)['rule']),
    expect: ['missing.yaml', 'answers.1.end.rule', 'is required when an end recommends two codes'],
  },
  {
    name: 'an answer has both a next step and an end',
    files: change((f) => (answer(f, 'start.yaml', 0)['next'] = 'missing')),
    expect: ['start.yaml', 'answers.0', 'needs exactly one of next (a step) or end (a recommendation)'],
  },
  {
    name: 'an answer uses jargon the step does not gloss',
    files: change((f) => (answer(f, 'missing.yaml', 0)['label'] = 'The origin has nothing at this URL')),
    expect: ['missing.yaml: field "answers.0.label" uses "origin", which needs a plain-words gloss in "terms"'],
  },
  {
    name: "an end's question uses jargon the end does not gloss",
    files: change((f) => ((answer(f, 'missing.yaml', 1)['end'] as Data)['question'] = 'Which code when the upstream removed it?')),
    expect: ['missing.yaml: field "answers.1.end.question" uses "upstream", which needs a plain-words gloss in "answers.1.end.terms"'],
  },
  {
    name: 'a gloss explains a word the step does not use',
    files: change((f) => (f.guide['missing.yaml']!['terms'] = [{ term: 'gateway', means: 'a server that passes requests on to another' }])),
    expect: ['missing.yaml: field "terms.0.term" is "gateway", which the text it glosses does not use'],
  },
  {
    name: 'a comparison names a code that has no entry',
    files: change((f) => (((f.compare['not-found-gone.yaml']!['codes'] as Data[])[1] as Data)['code'] = 299)),
    expect: ['not-found-gone.yaml: field "codes.1.code" is 299, which has no entry'],
  },
];
