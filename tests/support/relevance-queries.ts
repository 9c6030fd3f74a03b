/**
 * Realistic queries, written the way people type them, each with the codes that count as a
 * right answer. tests/search-relevance.spec.ts runs them through the search box and reports the
 * share answered in the top 3 and at the top.
 */
export const QUERIES: [query: string, right: number[]][] = [
  // Numbers: the exact code must come first.
  ['404', [404]], ['429', [429]], ['500', [500]], ['200', [200]], ['301', [301]],
  ['418', [418]], ['451', [451]], ['499', [499]], ['522', [522]], ['103', [103]],
  // Names, current and earlier.
  ['not found', [404]], ['too many requests', [429]], ['payload too large', [413]],
  ['request entity too large', [413]], ['content too large', [413]], ['uri too long', [414]],
  ['request-uri too long', [414]], ['requested range not satisfiable', [416]],
  ['unprocessable entity', [422]], ['moved temporarily', [302]], ['moved permanently', [301]],
  ['see other', [303]], ['not modified', [304]], ['method not allowed', [405]],
  ['service unavailable', [503]], ['bad gateway', [502]], ['gateway timeout', [504]],
  ['internal server error', [500]], ['not implemented', [501]], ['switching protocols', [101]],
  ['early hints', [103]], ['no content', [204]], ['partial content', [206]],
  ['request header fields too large', [431]], ['http version not supported', [505]],
  ['precondition failed', [412]], ['unsupported media type', [415]], ['not acceptable', [406]],
  ['payment required', [402]], ['length required', [411]], ['loop detected', [508]],
  ['insufficient storage', [507]], ['client closed request', [499]], ['page expired', [419]],
  ['enhance your calm', [420]], ['i\'m a teapot', [418]], ['too early', [425]],
  // Header names.
  ['Retry-After', [429, 503]], ['If-None-Match', [304]], ['Allow', [405]],
  ['WWW-Authenticate', [401]], ['If-Match', [412, 428]], ['Content-Range', [206, 416]],
  ['Location header', [201, 301, 302, 303, 307, 308]], ['X-Forwarded-For', [463]],
  ['Proxy-Authenticate', [407]], ['Upgrade header', [101, 426]],
  // The problem, in the words people use.
  ['rate limit', [429]], ['rate limited', [429]], ['throttled', [429]], ['maintenance', [503]],
  ['server overloaded', [503]], ['captive portal', [511]], ['wifi login', [511]],
  ['websocket', [101]], ['permission denied', [403]], ['access denied', [403]],
  ['already exists', [409]], ['duplicate', [409]], ['validation error', [422, 400]],
  ['redirect that keeps POST', [307, 308]], ['post redirect get', [303]],
  ['permanent redirect', [308, 301]], ['temporary redirect', [307, 302]],
  ['login required', [401]], ['deleted permanently', [410]], ['upstream timeout', [504]],
  ['unhandled exception', [500]], ['file upload too big', [413]], ['url too long', [414]],
  ['cookie too big', [431, 494]], ['csrf token', [419]], ['cloudflare 522', [522]],
  ['cloudflare 520', [520]], ['origin web server down', [521]], ['ssl handshake failed', [525]],
  ['invalid ssl certificate', [526]], ['nginx no response', [444]], ['expect 100-continue', [100]],
  ['preload', [103]], ['censorship', [451]], ['0-rtt', [425]], ['webdav lock', [423]],
  ['multi-status', [207]], ['disk full', [507]], ['bandwidth limit', [509]],
  ['plain http to https port', [497]], ['tornado timeout', [599]], ['content negotiation', [406, 300]],
  ['range request', [206]], ['conditional request required', [428]], ['wrong content type', [415]],
  ['teapot', [418]], ['legal reasons', [451]], ['resource created', [201]], ['async job accepted', [202]],
  ['aws load balancer', [460, 463, 464, 561]], ['origin unreachable', [523]], ['connection timed out', [522, 504]],
];
