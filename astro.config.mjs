// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { notFoundPage } from './src/integrations/not-found-page.mjs';
import { pagefindIndex } from './src/integrations/pagefind-index.mjs';

export default defineConfig({
  // The production origin, for canonical URLs, the sitemap and OpenSearch. Override with SITE_URL.
  site: process.env.SITE_URL ?? 'https://httpstatus.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A route that silently loses to another (the /404 code page did) must fail the build instead.
  prerenderConflictBehavior: 'error',
  integrations: [mdx(), notFoundPage(), pagefindIndex()],
  vite: { plugins: [tailwindcss()] },
});
