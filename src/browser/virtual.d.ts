/** The URL of the search UI chunk (src/integrations/search-ui-chunk.ts). */
declare module 'virtual:search-ui-url' {
  const url: string;
  export default url;
}

/** The URL of the search loader chunk (src/integrations/search-ui-chunk.ts). */
declare module 'virtual:search-loader-url' {
  const url: string;
  export default url;
}
