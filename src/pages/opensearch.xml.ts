import type { APIRoute } from 'astro';
import { SITE } from '../lib/site/origin.ts';
import { FILES, SEARCH } from '../lib/site/paths.ts';

/** Lets browsers search the site from the address bar; it opens /search/?q=… like a shared search. */
export const GET: APIRoute = ({ site }) => {
  const origin = new URL('/', site).href;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${SITE.name}</ShortName>
  <Description>Search HTTP status codes by number or keyword</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image type="image/svg+xml">${new URL(FILES.favicon, origin).href}</Image>
  <Url type="text/html" method="get" template="${new URL(SEARCH, origin).href}?q={searchTerms}"/>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
