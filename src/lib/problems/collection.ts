/**
 * The one place that reads the problem-details examples (content/problems/problems.yaml, loaded
 * and checked in src/content.config.ts).
 */
import { getEntry } from 'astro:content';
import type { ProblemData } from './schema.ts';

/** The example for a code, if it is a 4xx or 5xx code with one. */
export async function problemFor(code: number): Promise<ProblemData | undefined> {
  return (await getEntry('problems', String(code)))?.data as ProblemData | undefined;
}
