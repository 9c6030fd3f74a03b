import type { APIRoute } from 'astro';
import { allHeaders } from '../lib/headers/collection.ts';
import { getCollection } from 'astro:content';
import type { ProblemData } from '../lib/problems/schema.ts';
import { codePath, headerPath, HOME } from '../lib/site/paths.ts';

/**
 * What to send with each code, for tools: every header field with the codes it goes with (the
 * strength, who it binds, the section), and the problem-details example of every 4xx and 5xx code.
 * Version 1; new fields may be added under it, none removed or changed.
 */
export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string): string => new URL(path, site).href;
  const headers = (await allHeaders()).map((h) => ({ ...h, url: absolute(headerPath(h.slug)) }));
  const problems = (await getCollection('problems'))
    .map((e) => e.data as ProblemData)
    .sort((a, b) => a.code - b.code)
    .map((p) => ({ ...p, url: absolute(`${codePath(p.code)}#problem-details`) }));
  return new Response(JSON.stringify({ version: 1, site: absolute(HOME), page: absolute(headerPath()), headers, problems }, null, 1), {
    headers: { 'Content-Type': 'application/json' },
  });
};
