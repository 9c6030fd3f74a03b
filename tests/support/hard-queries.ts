/**
 * Hard queries, written the way people type them when they do not know the page's words:
 * misspellings of each kind, British spellings, whole questions, symptoms, and several
 * concepts at once. tests/search-relevance.spec.ts types them into the site's own search box;
 * at least 95 % must have a right code in the top 3, and every one must show a result.
 */
export const HARD_QUERIES: [query: string, right: (number | string)[]][] = [
  // One wrong letter.
  ['forbiden', [403]], ['internal sever error', [500]], ['servce unavailable', [503]], ['conflcit', [409]],
  ['too many reqests', [429]], ['bad gatway', [502]], ['gateway timeuot', [504]], ['unauthorized acess', [401]],
  ['paymant required', [402]], ['not fuond', [404]], ['methd not allowed', [405]], ['precondition faild', [412]],
  ['unsuported media type', [415]], ['requets timeout', [408]], ['redirct', [301, 302, 307, 308]],
  ['temporary redirecct', [307, 302]], ['permanant redirect', [308, 301]], ['unprocesable content', [422]],
  ['legnth required', [411]], ['misdirectd request', [421]], ['expectation faild', [417]], ['upgarde required', [426]],
  ['switchng protocols', [101]], ['partial contnet', [206]], ['no contnet', [204]], ['rate limt', [429]],
  ['maintenence', [503]], ['throtled', [429]], ['unavialable for legal reasons', [451]], ['athentication required', [401, 407, 511]],
  // British spellings.
  ['unauthorised', [401]], ['unauthorised access', [401]], ['authorisation header missing', [401]],
  ['not authorised to view this page', [403, 401]], ['request was cancelled by the client', [499]],
  ['licence expired payment', [402]], ['behaviour of 302 with post', [302, 307, 303]],
  // Whole questions.
  ['what code when the user is not logged in', [401]], ['which status code for validation error', [422, 400]],
  ['what should i return when a resource already exists', [409]], ['which code should i use for a deleted resource', [410, 404]],
  ['what status code for rate limiting', [429]], ['what to return when the server is under maintenance', [503]],
  ['which code when the user lacks permission', [403]], ['what code for a successful post that created something', [201]],
  ['what code for an empty response body', [204]], ['what does 418 mean', [418]], ['which code when the upload is too big', [413]],
  ['which code when the method is not supported', [405]], ['what code when the request body is invalid json', [400]],
  ['what code should an async job return', [202]], ['which redirect keeps the method', [307, 308]],
  ['status code for wrong password', [401]], ['status code for expired token', [401]], ['code for api key missing', [401]],
  ['what is returned when the cached copy is still valid', [304]], ['which code when the site moved to a new domain', [301, 308]],
  ['code for payment needed', [402]], ['user is logged in but lacks permission', [403]], ['cached copy is still valid', [304]],
  ['site moved to a new domain', [301, 308]], ['must switch to a newer protocol', [426]],
  // Symptoms, as seen in logs and browsers.
  ['redirect loop', [301, 302, 307, 308, 508]], ['cors', [403, 204, 200]], ['cors preflight', [204, 200, 403]],
  ['upload too big', [413]], ['request body too large', [413]], ['headers too big', [431, 494]], ['url is too long', [414]],
  ['backend is down', [502, 503, 521]], ['upstream server not responding', [504, 502]], ['proxy timed out', [504, 524]],
  ['origin server refused connection', [521, 502]], ['ssl certificate error', [526, 525, 495]],
  ['client gave up waiting', [499, 408, 460]], ['too many redirects', [301, 302, 307, 308, 508]],
  ['deleted for good', [410]], ['resource removed permanently', [410]], ['blocked in my country', [451]],
  ['csrf token mismatch', [419]], ['session expired', [440, 419, 401]], ['wifi sign in page', [511]],
  ['out of disk space', [507]], ['server crashed', [500]], ['endpoint not implemented yet', [501]],
  ['teapot joke', [418]], ['early data replay', [425]], ['someone else changed the resource', [412, 409]],
  ['file is locked', [423]], ['range header past end of file', [416]], ['accept header cannot be satisfied', [406]],
  // Several concepts at once.
  ['post redirect keep body permanent', [308]], ['temporary redirect change to get', [302, 303]],
  ['rate limit retry after header', [429]], ['login required bearer token', [401]], ['conditional get etag unchanged', [304]],
  ['json schema validation failed', [422, 400]], ['duplicate email signup', [409]], ['cloudflare origin timeout', [522, 524]],
  ['nginx client closed connection', [499]], ['aws load balancer client closed', [460]],
];
