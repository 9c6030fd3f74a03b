/**
 * The header catalogue and the problem-details examples as the tests read them: straight from
 * content/headers/headers.yaml and content/problems/problems.yaml, parsed with the site's own
 * schemas (src/lib/headers/schema.ts, src/lib/problems/schema.ts), as tests/support/content.ts
 * reads the code entries.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { headersFileSchema } from '../../src/lib/headers/schema.ts';
import { problemsFileSchema } from '../../src/lib/problems/schema.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

export const headers = headersFileSchema.parse(load(readFileSync(repoPath('content', 'headers', 'headers.yaml'), 'utf8')));

export const problems = problemsFileSchema.parse(load(readFileSync(repoPath('content', 'problems', 'problems.yaml'), 'utf8')));

/** The problem-details examples by code. */
export const problemsByCode = new Map(problems.map((p) => [p.code, p]));
