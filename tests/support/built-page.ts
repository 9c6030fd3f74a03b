/**
 * The built site as the node layer (tests/site) reads it: every HTML file of dist/ with the URL
 * path it is served at, each parsed once with linkedom and cached, so a check that only reads
 * the built HTML needs no browser. The sitemap's list of pages is in ./sitemap.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { DIST } from './sitemap.ts';

export interface BuiltPage {
  /** The URL path the page is served at: "/", "/429/", "/guide/input/", "/404.html". */
  path: string;
  /** Its file in dist/. */
  file: string;
  /** The HTML as built. */
  html: string;
  document: Document;
}

const cache = new Map<string, BuiltPage>();

/** The file a page path is built to: "/429/" → dist/429/index.html, "/404.html" → dist/404.html. */
export function fileOf(path: string): string {
  return path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
}

/** The URL path a built file is served at: dist/429/index.html → "/429/". */
export function pathOf(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  return rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

/** A built page by its path, parsed on first use. Throws when the build has no such page. */
export function builtPage(path: string): BuiltPage {
  let page = cache.get(path);
  if (!page) {
    const file = fileOf(path);
    const html = readFileSync(file, 'utf8');
    page = { path, file, html, document: parseHTML(html).document };
    cache.set(path, page);
  }
  return page;
}

/** Every HTML file of the build (sitemap pages, the no-JavaScript search page, 404.html), by path. */
export function builtPages(): BuiltPage[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.html'))
    .map((f) => pathOf(join(f.parentPath, f.name)))
    .sort()
    .map(builtPage);
}

/** An element's text as a reader sees it, whitespace collapsed (as Playwright's toHaveText compares it). */
export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The texts of every element a selector matches, in document order. */
export function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map(text);
}

/** One attribute of every element a selector matches, in document order (missing ones left out). */
export function attrs(root: ParentNode, selector: string, name: string): string[] {
  return [...root.querySelectorAll(selector)].flatMap((el) => el.getAttribute(name) ?? []);
}

/**
 * An element's accessible name as far as its markup gives it: aria-label, or its text without
 * the parts hidden from assistive technology (aria-hidden), screen-reader-only text included.
 */
export function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1 && (child as Element).getAttribute('aria-hidden') !== 'true') walk(child);
    }
  };
  walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The links (a[href]) under root whose accessible name is exactly `name`. */
export function linksNamed(root: ParentNode, name: string): Element[] {
  return [...root.querySelectorAll('a[href]')].filter((a) => accessibleName(a) === name);
}
