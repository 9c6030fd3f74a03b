/**
 * Renders an Open Graph card (src/lib/previews/card.ts) to a PNG at build time: satori lays the card
 * out as SVG, resvg rasterises it. Fonts come from @fontsource/inter in node_modules (WOFF,
 * since satori cannot read WOFF2), so no network is touched.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { SITE } from '../site/origin.ts';
import { cardColours, OG_CACHE_DIR, OG_SIZE, type OgCard } from './card.ts';
// Vite hands the stylesheet over as text at build time: it is the one home of the colours.
import stylesheet from '../../styles/site.css?raw';

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700 | 800) => ({
  name: 'Inter',
  weight,
  style: 'normal' as const,
  data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
});
let fonts: ReturnType<typeof font>[] | undefined;

const COLOURS = cardColours(stylesheet);

/** A satori element: the same shape as a React element, without React. */
interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: Array<Node | string> | Node | string };
}
const h = (type: string, style: Record<string, string | number>, children?: Node['props']['children']): Node => ({
  type,
  props: { style, ...(children !== undefined && { children }) },
});

function layout(card: OgCard, host: string): Node {
  const colour = COLOURS[card.classId ?? 'none'];
  // Long phrases ("Request Header Fields Too Large") get a smaller size so they stay on two lines.
  const titleSize = card.title.length > 26 ? 60 : 72;
  return h('div', { display: 'flex', width: '100%', height: '100%', background: '#ffffff', fontFamily: 'Inter', color: COLOURS.ink }, [
    h('div', { width: 28, height: '100%', background: colour.fg }),
    h('div', { display: 'flex', flexDirection: 'column', flex: 1, padding: '56px 72px 48px 64px' }, [
      h('div', { fontSize: 30, fontWeight: 700, color: COLOURS.muted }, card.kicker),
      h('div', { display: 'flex', marginTop: 8 }, [
        h('div', { fontSize: 150, fontWeight: 800, color: colour.fg, lineHeight: 1, letterSpacing: -4 }, card.label),
      ]),
      h('div', { fontSize: titleSize, fontWeight: 800, lineHeight: 1.1, marginTop: 20, lineClamp: 2 }, card.title),
      h('div', { fontSize: 30, fontWeight: 400, color: COLOURS.muted, lineHeight: 1.35, marginTop: 20, lineClamp: 3 }, card.summary),
      h('div', { display: 'flex', marginTop: 'auto', justifyContent: 'space-between', fontSize: 26, fontWeight: 700 }, [
        h('div', { color: colour.fg, background: colour.soft, padding: '4px 14px', borderRadius: 8 }, SITE.name),
        h('div', { color: COLOURS.muted }, `${host}${card.page}`),
      ]),
    ]),
  ]);
}

function draw(card: OgCard, host: string): Promise<string> {
  fonts ??= [font(400), font(700), font(800)];
  // satori's types expect a ReactNode; the plain object tree is what it reads at run time.
  return satori(layout(card, host), { ...OG_SIZE, fonts });
}

/**
 * Rendering costs about 45 ms an image (most of it rasterising and PNG encoding), about 5 s for
 * the whole site, so images are kept between builds under a key made of everything that shapes
 * them: the card, the host, the colours, the drawing code itself and the library versions. A clean checkout
 * renders everything; a rebuild after a content edit renders only the cards that changed.
 */
const CACHE_DIR = join(process.cwd(), OG_CACHE_DIR);
const versions = ['satori', '@resvg/resvg-js', '@fontsource/inter']
  .map((name) => `${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`)
  .join();

function cacheKey(card: OgCard, host: string): string {
  return createHash('sha256')
    .update(JSON.stringify([card, host, COLOURS, versions, layout.toString(), draw.toString(), String(h)]))
    .digest('hex')
    .slice(0, 32);
}

/** The card as a 1200x630 PNG. `host` is the site's host name, shown at the bottom right. */
export async function renderCard(card: OgCard, host: string): Promise<Uint8Array> {
  const file = join(CACHE_DIR, `${cacheKey(card, host)}.png`);
  try {
    return readFileSync(file);
  } catch {
    // Rasterised on libuv's thread pool, so that the images of several pages (build.concurrency)
    // render at once on a machine with more than one core.
    const png = (await renderAsync(await draw(card, host), { fitTo: { mode: 'width', value: OG_SIZE.width } })).asPng();
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(file, png);
    return png;
  }
}
