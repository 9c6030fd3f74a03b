/**
 * The site's icon as PNG files at build time, for what an SVG favicon cannot do: browsers that
 * ask for /favicon.ico whatever the page links, iOS's home-screen icon (/apple-touch-icon.png),
 * and the web app manifest's icons, one of them "maskable" (drawn to the edges, with the mark
 * inside the central safe zone, since the platform crops it to its own shape). Drawn like
 * public/favicon.svg (white "HTTP" on the site's blue); satori turns the text into outlines with
 * Inter from node_modules, resvg rasterises, so no system font or network is needed.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';

const require = createRequire(import.meta.url);

/** The blue of public/favicon.svg. */
export const ICON_BACKGROUND = '#1d4ed8';

export type IconShape =
  /** Rounded corners on a transparent ground, like the favicon. */
  | 'rounded'
  /** Square to the edges: iOS and maskable icons, which the platform crops itself. */
  | 'square';

/**
 * The manifest's icons, by file name under /icons/. A maskable icon keeps its mark inside the
 * central circle of 80% of its width (the W3C safe zone), hence its smaller text.
 */
export const MANIFEST_ICONS = [
  { name: 'icon-192.png', size: 192, shape: 'rounded', purpose: 'any', textScale: 0.3 },
  { name: 'icon-512.png', size: 512, shape: 'rounded', purpose: 'any', textScale: 0.3 },
  { name: 'maskable-512.png', size: 512, shape: 'square', purpose: 'maskable', textScale: 0.2 },
] as const;

export const APPLE_TOUCH_ICON = { size: 180, shape: 'square', textScale: 0.26 } as const;

let font: Buffer | undefined;

export async function renderIcon(size: number, shape: IconShape, textScale: number): Promise<Buffer> {
  font ??= readFileSync(require.resolve('@fontsource/inter/files/inter-latin-800-normal.woff'));
  const tree = {
    type: 'div',
    props: {
      style: {
        display: 'flex',
        width: size,
        height: size,
        alignItems: 'center',
        justifyContent: 'center',
        background: ICON_BACKGROUND,
        borderRadius: shape === 'rounded' ? size * 0.1875 : 0,
        color: '#ffffff',
        fontFamily: 'Inter',
        fontWeight: 800,
        fontSize: Math.round(size * textScale),
        letterSpacing: -size * 0.005,
      },
      children: 'HTTP',
    },
  };
  const svg = await satori(tree, {
    width: size,
    height: size,
    fonts: [{ name: 'Inter', weight: 800, style: 'normal', data: font }],
  });
  return (await renderAsync(svg, { fitTo: { mode: 'width', value: size } })).asPng();
}

/** An .ico file holding PNG images (every browser since 2010 reads PNG inside ICO). */
export function icoFile(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
}

/**
 * The page background of each theme, read from the stylesheet's `--page: light-dark(a, b)` (its
 * one home): the browser's bar and the installed app's splash screen take it.
 */
export function themeColours(css: string): { light: string; dark: string } {
  const match = /--page\s*:\s*light-dark\(\s*(#[0-9a-fA-F]{3,8})\s*,\s*(#[0-9a-fA-F]{3,8})\s*\)/.exec(css);
  if (!match?.[1] || !match[2]) throw new Error('src/styles/site.css: no light-dark() value for --page');
  return { light: match[1].toLowerCase(), dark: match[2].toLowerCase() };
}
