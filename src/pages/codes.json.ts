import type { APIRoute } from 'astro';
import { allCodes } from '../lib/codes/collection.ts';
import { measurements } from '../lib/clients/collection.ts';
import { cacheData } from '../lib/caches/collection.ts';
import { comparisonPages } from '../lib/compare/collection.ts';
import { guideEnds } from '../lib/guide/collection.ts';
import { allHeaders } from '../lib/headers/collection.ts';
import { grpcData, guidelinesData } from '../lib/guidelines/data.ts';
import { codeSearchData, referenceItems } from '../lib/search/data.ts';

/**
 * The search data the header field loads when a visitor reaches for it (what goes in it:
 * src/lib/search/data.ts). Numbers, classes, typos and partial matches are answered from it at
 * once (src/lib/search/engine.ts); Pagefind adds matches from the pages' full text.
 */
export const GET: APIRoute = async () => {
  const data = codeSearchData({
    codes: await allCodes(),
    comparisons: await comparisonPages(),
    ends: await guideEnds(),
    headers: await allHeaders(),
    clients: await measurements(),
    references: referenceItems(guidelinesData(), grpcData()),
    caching: await cacheData(),
  });
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
