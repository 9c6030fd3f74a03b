import type { APIRoute } from 'astro';
import { guidelinesData } from '../lib/guidelines/data.ts';
import { anchoredRules } from '../lib/guidelines/table.ts';
import { GUIDELINES, HOME, referencePath } from '../lib/site/paths.ts';

/** What six API guidelines prescribe per status code, for tools; each rule with its anchor on /guidelines/. */
export const GET: APIRoute = ({ site }) => {
  const absolute = (path: string): string => new URL(path, site).href;
  const data = guidelinesData();
  const body = {
    version: data.version,
    site: absolute(HOME),
    page: absolute(GUIDELINES),
    guidelines: data.guidelines.map((g) => ({
      ...g,
      rules: anchoredRules(g).map(({ anchor, ...r }) => ({ ...r, page: absolute(referencePath(GUIDELINES, anchor)) })),
    })),
    disagreements: data.disagreements.map((d) => ({ ...d, page: absolute(referencePath(GUIDELINES, d.id)) })),
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
