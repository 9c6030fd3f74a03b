// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { notFoundPage } from './src/integrations/not-found-page.mjs';
import { pagefindIndex } from './src/integrations/pagefind-index.mjs';
import { servingFiles } from './src/integrations/serving-files.mjs';

export default defineConfig({
  // The production origin, for canonical URLs, the sitemap and OpenSearch. Override with SITE_URL.
  site: process.env.SITE_URL ?? 'https://httpstatus.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A route that silently loses to another (the /404 code page did) must fail the build instead.
  prerenderConflictBehavior: 'error',
  // Order matters: the index must exist before its files are compressed.
  // Code blocks in entries stay plain: Shiki's highlighting is inline style attributes, which
  // the Content-Security-Policy (src/server/policy.ts) forbids. HTTP examples have their own tokens.
  markdown: { syntaxHighlight: false },
  integrations: [mdx(), notFoundPage(), pagefindIndex(), servingFiles()],
  // Scripts stay external files, never inlined: the Content-Security-Policy allows no inline script.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
