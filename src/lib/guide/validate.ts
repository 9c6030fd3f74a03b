/**
 * The checks on the guide that need several files: where answers lead,
 * whether every step is reached from the start exactly one way, how deep the ends are, and
 * whether the codes named exist and may be recommended. Pure (no file system, no Astro), so the
 * unit tests run it on fixtures; src/content.config.ts runs it on the real files and fails the
 * build. Every problem starts with the file and names the field.
 */
import { CONTENT_DIRS } from '../site/content-files.ts';
import type { CodeStatuses } from '../codes/validate.ts';
import type { Term } from './schema.ts';
import { guideTree, START, type StepFile } from './tree.ts';

/** The most clicks from the start page to a recommendation. */
export const MAX_CLICKS = 6;

/**
 * Words a reader new to HTTP may not know. Wherever a step's question or one of its answers, or
 * an end's question, uses one, that step or end must gloss it in plain words (`terms`), so no
 * choice hangs on a word the reader has to look up.
 */
export const GUIDE_JARGON = ['origin', 'upstream', 'conditional', 'host', 'gateway', 'idempotent', 'early data', 'representation'] as const;

/** Every problem with the guide's files, one line each; an empty list when all is well. */
export function guideProblems(steps: readonly StepFile[], comparisonSlugs: ReadonlySet<string>, codes: CodeStatuses): string[] {
  const problems: string[] = [];
  const sorted = [...steps].sort((a, b) => a.filePath.localeCompare(b.filePath));
  const byId = new Map(sorted.map((s) => [s.id, s]));
  if (!byId.has(START)) problems.push(`${CONTENT_DIRS.guide}/${START}.yaml: the start step is missing (every trail begins there)`);

  // Where each answer leads: one parent per step, and never back to the start. Steps are read
  // in the order a reader meets them from the start, so the parent a reader sees is the one kept.
  const parents = new Map<string, { file: StepFile; field: string }>();
  const ids = new Map<string, string>(sorted.map((s) => [s.id, `${s.filePath} (a step)`]));
  for (const file of readingOrder(sorted)) {
    file.data.answers.forEach((answer, i) => {
      const field = `answers.${i}.next`;
      if (answer.next) {
        const first = parents.get(answer.next);
        if (!byId.has(answer.next))
          problems.push(`${file.filePath}: field "${field}" is "${answer.next}", which is no step (no ${answer.next}.yaml)`);
        else if (answer.next === START)
          problems.push(`${file.filePath}: field "${field}" is "${START}", which leads back to the start (the steps loop)`);
        else if (first) {
          problems.push(
            `${file.filePath}: field "${field}" is "${answer.next}", which ${first.file.filePath} field "${first.field}" already leads to (a step has one parent, so its trail is unique)`,
          );
        } else parents.set(answer.next, { file, field });
      }
      if (answer.end) {
        const at = `answers.${i}.end`;
        const other = ids.get(answer.end.id);
        if (other)
          problems.push(
            `${file.filePath}: field "${at}.id" is "${answer.end.id}", which ${other} already uses (steps and ends share /guide/ URLs)`,
          );
        else ids.set(answer.end.id, `${file.filePath} field "${at}.id"`);
        answer.end.codes.forEach((code, k) => {
          const status = codes.get(code);
          const codeField = `${file.filePath}: field "${at}.codes.${k}" is ${code}`;
          if (!status) problems.push(`${codeField}, which has no entry`);
          else if (status === 'unofficial') problems.push(`${codeField}, which is unofficial (recommend registered codes only)`);
          else if (status !== 'permanent' && status !== 'temporary')
            problems.push(`${codeField}, which is ${status} in the registry (recommend codes in use only)`);
        });
        if (answer.end.compare && !comparisonSlugs.has(answer.end.compare)) {
          problems.push(
            `${file.filePath}: field "${at}.compare" is "${answer.end.compare}", which is no comparison (no ${answer.end.compare}.yaml)`,
          );
        }
      }
    });
  }

  // Follow each step's parents back to the start: a chain that comes round again is a loop,
  // one that stops elsewhere was never reached.
  const reported = new Set<string>();
  for (const file of sorted) {
    if (file.id === START) continue;
    const chain: string[] = [];
    let id: string | undefined = file.id;
    while (id !== undefined && id !== START && !chain.includes(id)) {
      chain.push(id);
      id = parents.get(id)?.file.id;
    }
    if (id === START) continue;
    if (id !== undefined) {
      const loop = chain.slice(chain.indexOf(id));
      const key = [...loop].sort().join(' ');
      if (reported.has(key)) continue;
      reported.add(key);
      const closing = parents.get(id);
      if (closing) {
        // The chain runs from child to parent; the loop reads forwards, ending on the reported answer.
        const path = [id, ...loop.slice(1).reverse(), id];
        problems.push(`${closing.file.filePath}: field "${closing.field}" is "${id}", which loops (${path.join(' → ')})`);
      }
    } else {
      problems.push(
        `${file.filePath}: step "${file.id}" cannot be reached from the start (no answer leads to ${chain.at(-1) === file.id ? 'it' : `"${chain.at(-1)}", before it`})`,
      );
    }
  }

  for (const file of sorted) problems.push(...glossProblems(file));

  // Depth: clicks from the start page to each recommendation.
  for (const node of guideTree(sorted).values()) {
    if (node.kind === 'end' && node.depth > MAX_CLICKS) {
      problems.push(
        `${node.filePath}: field "answers.${node.parent.answerIndex}.end" is ${node.depth} clicks from the start (at most ${MAX_CLICKS})`,
      );
    }
  }
  return problems;
}

/** Whether a text uses a word (or its plural), as a whole word, in any case. */
function uses(text: string, word: string): boolean {
  return new RegExp(`\\b${word}(s|es)?\\b`, 'i').test(text);
}

/**
 * The jargon a step's question and answers, and each end's question, use without a gloss, and the
 * glosses that gloss nothing there.
 */
function glossProblems(file: StepFile): string[] {
  const problems: string[] = [];
  const check = (texts: [field: string, text: string][], terms: readonly Term[], termsField: string): void => {
    for (const [field, text] of texts) {
      for (const word of GUIDE_JARGON) {
        if (uses(text, word) && !terms.some((t) => uses(t.term, word)))
          problems.push(`${file.filePath}: field "${field}" uses "${word}", which needs a plain-words gloss in "${termsField}"`);
      }
    }
    terms.forEach((t, k) => {
      if (!texts.some(([, text]) => text.toLowerCase().includes(t.term.toLowerCase())))
        problems.push(`${file.filePath}: field "${termsField}.${k}.term" is "${t.term}", which the text it glosses does not use`);
    });
  };
  const { data } = file;
  check(
    [['question', data.question], ...data.answers.map((a, i): [string, string] => [`answers.${i}.label`, a.label])],
    data.terms,
    'terms',
  );
  data.answers.forEach((a, i) => {
    if (a.end) check([[`answers.${i}.end.question`, a.end.question]], a.end.terms, `answers.${i}.end.terms`);
  });
  return problems;
}

/** The steps from the start outwards (breadth first), then those no answer reaches, by file. */
function readingOrder(sorted: readonly StepFile[]): StepFile[] {
  const byId = new Map(sorted.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const order: StepFile[] = [];
  const queue = [START];
  while (queue.length > 0) {
    const file = byId.get(queue.shift()!);
    if (!file || seen.has(file.id)) continue;
    seen.add(file.id);
    order.push(file);
    for (const answer of file.data.answers) if (answer.next) queue.push(answer.next);
  }
  return [...order, ...sorted.filter((s) => !seen.has(s.id))];
}
