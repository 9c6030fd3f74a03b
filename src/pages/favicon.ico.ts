import type { APIRoute } from 'astro';
import { icoFile, renderIcon } from '../lib/previews/icons.ts';

/** The icon at the name browsers ask for whatever the page links (src/lib/previews/icons.ts). */
export const GET: APIRoute = async () => {
  const pngs = await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await renderIcon(size, 'rounded', 0.3) })));
  return new Response(new Uint8Array(icoFile(pngs)));
};
