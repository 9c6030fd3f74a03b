// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { searchUiChunk } from './src/integrations/search-ui-chunk.ts';
import { siteBuild } from './src/integrations/site-build.ts';
import { siteOrigin } from './src/lib/site/origin.ts';

export default defineConfig({
  // The production origin, for canonical URLs, the sitemap and OpenSearch. Override with SITE_URL.
  site: siteOrigin(),
  trailingSlash: 'always',
  // The Content-Security-Policy (src/server/policy.ts) allows no inline style or script, so
  // stylesheets stay external files, and so do scripts (Astro inlines a script smaller than
  // Vite's assetsInlineLimit).
  // Pages render four at a time, so that link-preview images (src/lib/previews/image.ts) rasterise in
  // parallel on the thread pool instead of one after another.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // A route that silently loses to another (the /404 code page did) must fail the build instead.
  prerenderConflictBehavior: 'error',
  // Code blocks in entries stay plain: Shiki's highlighting is inline style attributes, which
  // the Content-Security-Policy forbids. HTTP examples have their own tokens.
  markdown: { syntaxHighlight: false },
  // mdx renders the entries; siteBuild runs the steps after the build, in their order.
  integrations: [mdx(), siteBuild()],
  // searchUiChunk builds the search UI as a chunk of its own, loaded on first use by URL.
  vite: { plugins: [tailwindcss(), searchUiChunk()], build: { assetsInlineLimit: 0 } },
});
