import type { APIRoute } from 'astro';
import { APPLE_TOUCH_ICON, renderIcon } from '../lib/previews/icons.ts';

/** iOS's home-screen icon, at the root, where iOS also looks for it unlinked (src/lib/previews/icons.ts). */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderIcon(APPLE_TOUCH_ICON.size, APPLE_TOUCH_ICON.shape, APPLE_TOUCH_ICON.textScale)));
