/**
 * The real content entries, read straight from content/codes with the YAML parser Astro uses,
 * so every test is driven by the data: a new entry is tested the moment it exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { classOf as siteClassOf } from '../../src/lib/classes.ts';

export interface Example {
  title: string;
  request?: string;
  response?: string;
  log?: string;
}

export interface Entry {
  code: number;
  phrase: string;
  summary: string;
  status: 'permanent' | 'temporary' | 'unused' | 'deprecated' | 'obsoleted' | 'unofficial';
  spec?: { document: string; section?: string; url: string };
  earlierNames?: { name: string; source: string }[];
  vendorMeanings?: { name: string; origin: string; clientReceives?: string }[];
  related?: number[];
  confusedWith?: { code: number; difference: string }[];
  headers?: string[];
  examples: Example[];
  inCode?: Record<string, string>;
  facts: { cacheableByDefault: boolean; mayHaveContent: boolean; retry: string; redirects: boolean };
}

export const CODES_DIR = join(import.meta.dirname, '..', '..', 'content', 'codes');

export function loadEntries(dir = CODES_DIR): Entry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
      if (!match?.[1]) throw new Error(`${f}: no frontmatter`);
      return load(match[1]) as Entry;
    })
    .sort((a, b) => a.code - b.code);
}

export const entries = loadEntries();

/** The class id of a code ("4xx"), from the site's own rule. */
export function classOf(code: number): string {
  return siteClassOf(code).id;
}
