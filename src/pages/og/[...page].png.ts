import type { APIRoute, GetStaticPaths } from 'astro';
import { allCards } from '../../lib/site/pages.ts';
import type { OgCard } from '../../lib/previews/card.ts';
import { ogSlug } from '../../lib/site/paths.ts';
import { renderCard } from '../../lib/previews/image.ts';

/** One link-preview image per card of src/lib/site/pages.ts: /og/429.png, /og/index.png. */
export const getStaticPaths = (async () =>
  (await allCards()).map((card) => ({ params: { page: ogSlug(card.page) }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props, site }) => {
  const png = await renderCard(props.card, site?.host ?? '');
  // A copy typed as backed by a plain ArrayBuffer, which is what Response accepts.
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
