import type { APIRoute } from 'astro';
import { classIdOf } from '../lib/classes';
import { allCodes } from '../lib/codes';
import { isUnofficial } from '../lib/labels';
import type { CodeSummary } from '../lib/search-query';

/** The code list the search box loads on demand: numbers and classes are answered from it. */
export const GET: APIRoute = async () => {
  const list: CodeSummary[] = (await allCodes()).map(({ data }) => ({
    code: data.code,
    phrase: data.phrase,
    summary: data.summary,
    classId: classIdOf(data.code) ?? '',
    unofficial: isUnofficial(data),
  }));
  return new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json' } });
};
