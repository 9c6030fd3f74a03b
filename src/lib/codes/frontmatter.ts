/**
 * An .mdx entry split into its YAML frontmatter and its body, with the YAML parser Astro uses.
 * For the places that read entries from disk outside the content collection: the guide's check
 * of which codes exist (content.config.ts), the tests, and the benchmark's generated content.
 */
import { load } from 'js-yaml';

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/;

/** The frontmatter as plain data (not yet checked by a schema) and the body; throws naming the file. */
export function splitEntry(text: string, file: string): { data: unknown; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter between --- lines`);
  return { data: load(match[1] ?? ''), body: match[2] ?? '' };
}
