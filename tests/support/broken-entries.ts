/**
 * Broken content entries: one valid base entry (tests/fixtures/base-entry.mdx) and one named
 * mutation per kind of mistake, each beside the message it must produce. The unit tests run
 * every case through the schema and the cross-entry checks; tests/site/content-errors.test.ts runs
 * one through a real `astro sync`, which must fail naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import { dump } from 'js-yaml';
import { splitEntry } from '../../src/lib/codes/frontmatter.ts';
import { frontmatter } from './content.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

type Data = Record<string, unknown>;

const basePath = repoPath('tests', 'fixtures', 'base-entry.mdx');
const baseText = readFileSync(basePath, 'utf8');
const baseBody = splitEntry(baseText, basePath).body;

/** A fresh copy of the base entry's frontmatter. */
export function baseEntry(): Data {
  return structuredClone(frontmatter(baseText, basePath)) as Data;
}

export function toMdx(data: Data): string {
  return `---\n${dump(data)}---\n${baseBody}`;
}

export interface BrokenCase {
  name: string;
  /** The files of the broken content folder: file name → frontmatter. */
  files: () => Record<string, Data>;
  /** Texts the error output must contain: the file, the field, the reason. */
  expect: string[];
}

const one = (file: string, change: (d: Data) => void) => (): Record<string, Data> => {
  const data = baseEntry();
  change(data);
  return { [file]: data };
};

export const BROKEN_CASES: BrokenCase[] = [
  {
    name: 'the code differs from the file name',
    files: one('405.mdx', () => {}),
    expect: ['405.mdx: field "code" is 404 but the file is named 405.mdx'],
  },
  {
    name: 'two files define the same code',
    files: () => ({ '404.mdx': baseEntry(), '410.mdx': baseEntry() }),
    expect: ['410.mdx: field "code" is 404, which', '404.mdx already defines (duplicate code)'],
  },
  {
    name: 'the summary is missing',
    files: one('404.mdx', (d) => delete d['summary']),
    expect: ['404.mdx', 'summary'],
  },
  {
    name: 'a related code has no entry',
    files: one('404.mdx', (d) => (d['related'] = [418])),
    expect: ['404.mdx: field "related" lists 418, which has no entry'],
  },
  {
    name: 'the spec URL is not https',
    files: one('404.mdx', (d) => ((d['spec'] as Data)['url'] = 'http://www.rfc-editor.org/rfc/rfc9110')),
    expect: ['404.mdx', 'spec.url', 'must be an https:// URL'],
  },
  {
    name: 'a response example has no status line',
    files: one('404.mdx', (d) => (((d['examples'] as Data[])[0] as Data)['response'] = 'Not Found\n')),
    expect: ['404.mdx', 'examples.0.response', 'must start with a status line'],
  },
  {
    name: 'it has fewer than ten search terms',
    files: one('404.mdx', (d) => (d['searchTerms'] = ['missing page', 'broken link'])),
    expect: ['404.mdx', 'searchTerms', 'needs at least 10 search terms'],
  },
  {
    name: 'a search term repeats another',
    files: one('404.mdx', (d) => (d['searchTerms'] = [...(d['searchTerms'] as string[]).slice(1), 'Fixture', 'fixture'])),
    expect: ['404.mdx', 'searchTerms', 'repeats a search term'],
  },
];
