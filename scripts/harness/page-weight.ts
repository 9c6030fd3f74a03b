/**
 * What a page costs before it can render, in gzip bytes, read from the built files: the HTML,
 * its stylesheets, and the scripts it runs on load (with their static imports). Scripts loaded
 * later with import() are not counted: search loads them only when used. Used by the budget
 * test and by the benchmark.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** HTML + CSS + JS, the bytes before first render plus the scripts run on load. */
  total: number;
  requests: number;
}

const gz = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

export function pageWeight(dist: string, htmlFile: string): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  // A print stylesheet (media="print") does not hold up rendering: it is not in the critical bytes.
  const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/media="print"/.test(m[2] ?? ''))
    .map((m) => m[1] ?? '');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  const jsFiles = new Set<string>();
  const visit = (url: string): void => {
    if (jsFiles.has(url)) return;
    jsFiles.add(url);
    const code = readFileSync(join(dist, url), 'utf8');
    // Static imports only (`import x from "./a.js"`, `import "./a.js"`); import() is on demand.
    for (const m of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
      visit(posix.join(dirname(url), m[1] ?? ''));
    }
  };
  scripts.forEach(visit);
  const css = styles.reduce((sum, url) => sum + gz(readFileSync(join(dist, url))), 0);
  const js = [...jsFiles].reduce((sum, url) => sum + gz(readFileSync(join(dist, url))), 0);
  const htmlBytes = gz(html);
  return { html: htmlBytes, css, js, total: htmlBytes + css + js, requests: 1 + styles.length + jsFiles.size };
}
