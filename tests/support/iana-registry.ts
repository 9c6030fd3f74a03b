/**
 * The IANA HTTP Status Code Registry (last updated 2025-09-15), typed here as an independent
 * check on the content: if an entry's name, status or section drifts from the registry, the
 * registry test fails. Only the tests read this file; the site reads its entries.
 */
export interface RegistryRow {
  code: number;
  phrase: string;
  status: 'permanent' | 'temporary' | 'unused' | 'deprecated' | 'obsoleted';
  /** "RFC 9110 §15.5.5", or the draft's name. */
  reference: string;
}

const rows: [number, string, RegistryRow['status'], string][] = [
  [100, 'Continue', 'permanent', 'RFC 9110 §15.2.1'],
  [101, 'Switching Protocols', 'permanent', 'RFC 9110 §15.2.2'],
  [102, 'Processing', 'permanent', 'RFC 2518 §10.1'],
  [103, 'Early Hints', 'permanent', 'RFC 8297 §2'],
  [104, 'Upload Resumption Supported', 'temporary', 'draft-ietf-httpbis-resumable-upload'],
  [200, 'OK', 'permanent', 'RFC 9110 §15.3.1'],
  [201, 'Created', 'permanent', 'RFC 9110 §15.3.2'],
  [202, 'Accepted', 'permanent', 'RFC 9110 §15.3.3'],
  [203, 'Non-Authoritative Information', 'permanent', 'RFC 9110 §15.3.4'],
  [204, 'No Content', 'permanent', 'RFC 9110 §15.3.5'],
  [205, 'Reset Content', 'permanent', 'RFC 9110 §15.3.6'],
  [206, 'Partial Content', 'permanent', 'RFC 9110 §15.3.7'],
  [207, 'Multi-Status', 'permanent', 'RFC 4918 §11.1'],
  [208, 'Already Reported', 'permanent', 'RFC 5842 §7.1'],
  [226, 'IM Used', 'permanent', 'RFC 3229 §10.4.1'],
  [300, 'Multiple Choices', 'permanent', 'RFC 9110 §15.4.1'],
  [301, 'Moved Permanently', 'permanent', 'RFC 9110 §15.4.2'],
  [302, 'Found', 'permanent', 'RFC 9110 §15.4.3'],
  [303, 'See Other', 'permanent', 'RFC 9110 §15.4.4'],
  [304, 'Not Modified', 'permanent', 'RFC 9110 §15.4.5'],
  [305, 'Use Proxy', 'deprecated', 'RFC 9110 §15.4.6'],
  [306, '(Unused)', 'unused', 'RFC 9110 §15.4.7'],
  [307, 'Temporary Redirect', 'permanent', 'RFC 9110 §15.4.8'],
  [308, 'Permanent Redirect', 'permanent', 'RFC 9110 §15.4.9'],
  [400, 'Bad Request', 'permanent', 'RFC 9110 §15.5.1'],
  [401, 'Unauthorized', 'permanent', 'RFC 9110 §15.5.2'],
  [402, 'Payment Required', 'permanent', 'RFC 9110 §15.5.3'],
  [403, 'Forbidden', 'permanent', 'RFC 9110 §15.5.4'],
  [404, 'Not Found', 'permanent', 'RFC 9110 §15.5.5'],
  [405, 'Method Not Allowed', 'permanent', 'RFC 9110 §15.5.6'],
  [406, 'Not Acceptable', 'permanent', 'RFC 9110 §15.5.7'],
  [407, 'Proxy Authentication Required', 'permanent', 'RFC 9110 §15.5.8'],
  [408, 'Request Timeout', 'permanent', 'RFC 9110 §15.5.9'],
  [409, 'Conflict', 'permanent', 'RFC 9110 §15.5.10'],
  [410, 'Gone', 'permanent', 'RFC 9110 §15.5.11'],
  [411, 'Length Required', 'permanent', 'RFC 9110 §15.5.12'],
  [412, 'Precondition Failed', 'permanent', 'RFC 9110 §15.5.13'],
  [413, 'Content Too Large', 'permanent', 'RFC 9110 §15.5.14'],
  [414, 'URI Too Long', 'permanent', 'RFC 9110 §15.5.15'],
  [415, 'Unsupported Media Type', 'permanent', 'RFC 9110 §15.5.16'],
  [416, 'Range Not Satisfiable', 'permanent', 'RFC 9110 §15.5.17'],
  [417, 'Expectation Failed', 'permanent', 'RFC 9110 §15.5.18'],
  [418, '(Unused)', 'unused', 'RFC 9110 §15.5.19'],
  [421, 'Misdirected Request', 'permanent', 'RFC 9110 §15.5.20'],
  [422, 'Unprocessable Content', 'permanent', 'RFC 9110 §15.5.21'],
  [423, 'Locked', 'permanent', 'RFC 4918 §11.3'],
  [424, 'Failed Dependency', 'permanent', 'RFC 4918 §11.4'],
  [425, 'Too Early', 'permanent', 'RFC 8470 §5.2'],
  [426, 'Upgrade Required', 'permanent', 'RFC 9110 §15.5.22'],
  [428, 'Precondition Required', 'permanent', 'RFC 6585 §3'],
  [429, 'Too Many Requests', 'permanent', 'RFC 6585 §4'],
  [431, 'Request Header Fields Too Large', 'permanent', 'RFC 6585 §5'],
  [451, 'Unavailable For Legal Reasons', 'permanent', 'RFC 7725 §3'],
  [500, 'Internal Server Error', 'permanent', 'RFC 9110 §15.6.1'],
  [501, 'Not Implemented', 'permanent', 'RFC 9110 §15.6.2'],
  [502, 'Bad Gateway', 'permanent', 'RFC 9110 §15.6.3'],
  [503, 'Service Unavailable', 'permanent', 'RFC 9110 §15.6.4'],
  [504, 'Gateway Timeout', 'permanent', 'RFC 9110 §15.6.5'],
  [505, 'HTTP Version Not Supported', 'permanent', 'RFC 9110 §15.6.6'],
  [506, 'Variant Also Negotiates', 'permanent', 'RFC 2295 §8.1'],
  [507, 'Insufficient Storage', 'permanent', 'RFC 4918 §11.5'],
  [508, 'Loop Detected', 'permanent', 'RFC 5842 §7.2'],
  [510, 'Not Extended', 'obsoleted', 'RFC 2774 §7'],
  [511, 'Network Authentication Required', 'permanent', 'RFC 6585 §6'],
];

export const REGISTRY: RegistryRow[] = rows.map(([code, phrase, status, reference]) => ({ code, phrase, status, reference }));

/**
 * RFC 9110 §15.1, plus the codes whose own RFC grants the same: 226 (RFC 3229 §10.4.1, in the
 * words RFC 2616 §13.4 used for default-cacheable codes) and 451 (RFC 7725 §3).
 */
export const CACHEABLE_BY_DEFAULT = [200, 203, 204, 206, 226, 300, 301, 308, 404, 405, 410, 414, 451, 501];
