/**
 * The real content entries, read straight from content/codes with the YAML parser Astro uses and
 * parsed with the site's own schema (src/lib/codes/schema.ts), so every test is driven by the data: a
 * new entry is tested the moment it exists, and its type is the one the site uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitEntry } from '../../src/lib/codes/frontmatter.ts';
import { constantsOf, LANGUAGE_KEYS } from '../../src/lib/codes/languages.ts';
import { codeSchema, type CodeData } from '../../src/lib/codes/schema.ts';
import { hasSiteUrl, siteOrigin } from '../../src/lib/site/origin.ts';
import { repoPath } from '../../scripts/harness/repo.ts';
import { problemsByCode } from './send-content.ts';

export type Entry = CodeData;

export const CODES_DIR = repoPath('content', 'codes');

/** The frontmatter of an .mdx file as plain data, before the schema. */
export function frontmatter(text: string, file: string): unknown {
  return splitEntry(text, file).data;
}

export function loadEntries(dir = CODES_DIR): Entry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const parsed = codeSchema.safeParse(frontmatter(readFileSync(join(dir, f), 'utf8'), f));
      if (!parsed.success) throw new Error(`${f}: ${parsed.error.message}`);
      return parsed.data;
    })
    .sort((a, b) => a.code - b.code);
}

export const entries = loadEntries();

/** The real entry for a code; a test that names a code with no entry fails saying so. */
export function entry(code: number): Entry {
  const found = entries.find((e) => e.code === code);
  if (!found) throw new Error(`no entry for ${code}`);
  return found;
}

/** The prose of an entry (the MDX after its frontmatter), for tests that check what a page says. */
export function bodyOf(code: number, dir = CODES_DIR): string {
  return splitEntry(readFileSync(join(dir, `${code}.mdx`), 'utf8'), `${code}.mdx`).body;
}

/**
 * The class id of a code ("4xx"), computed here from the first digit rather than with the
 * site's own classIdOf, so the tests do not use the code they check as their oracle.
 */
export function classOf(code: number): string {
  return `${String(code).charAt(0)}xx`;
}

/**
 * What each copy button of a code page must copy, in page order, worked out from the entry.
 * `readerOrigin` is the address the reader has open: a build without SITE_URL copies the
 * permalink against it rather than the placeholder origin.
 */
export function expectedCopies(e: Entry, readerOrigin: string): string[] {
  const copies: string[] = [];
  if (e.status !== 'unofficial') copies.push(`HTTP/1.1 ${e.code} ${e.phrase}`);
  copies.push(`${hasSiteUrl() ? siteOrigin() : readerOrigin}/${e.code}/`);
  for (const ex of e.examples) for (const message of [ex.request, ex.response, ex.log]) if (message) copies.push(message.trimEnd());
  // The problem-details example, as a server would send it: status line, headers, blank line, the body indented.
  const problem = problemsByCode.get(e.code);
  if (problem) {
    const headers = Object.entries(problem.headers)
      .map(([k, v]) => `${k}: ${v}\n`)
      .join('');
    copies.push(`HTTP/1.1 ${e.code} ${e.phrase}\n${headers}\n${JSON.stringify(problem.body, null, 2)}`);
  }
  for (const key of LANGUAGE_KEYS) {
    const value = e.inCode[key];
    if (!value) continue;
    for (const c of constantsOf(value)) copies.push(key === 'node' ? `http.STATUS_CODES[${e.code}] === '${c.name}'` : c.name);
  }
  return copies;
}
