import type { APIRoute, GetStaticPaths } from 'astro';
import { MANIFEST_ICONS, renderIcon } from '../../lib/previews/icons.ts';

/** The web app manifest's icons (src/lib/previews/icons.ts): /icons/icon-192.png and the others. */
export const getStaticPaths = (() =>
  MANIFEST_ICONS.map((icon) => ({ params: { name: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: (typeof MANIFEST_ICONS)[number] }> = async ({ props: { icon } }) =>
  new Response(new Uint8Array(await renderIcon(icon.size, icon.shape, icon.textScale)));
