/**
 * The measurements of real clients (content/clients/measurements.json) turned into what the
 * pages show: for a code, one line per behaviour on which the clients differ, naming them, and
 * one line for what they all do alike; for /clients/, the matrix of codes × clients. Pure: the
 * unit tests and the content checks use it too.
 */
import {
  CLIENT_IDS,
  isMeasured,
  LOOP_LIMIT,
  type BehaviourId,
  type BehaviourValue,
  type Cell,
  type ClientId,
  type ClientInfo,
  type CodeResults,
  type Measurements,
} from './schema.ts';

/** How a client is named on the pages: "curl -L", "Chromium page load". */
export function clientName(c: Pick<ClientInfo, 'program' | 'variant'>): string {
  return c.variant ? `${c.program} ${c.variant}` : c.program;
}

/** Its first version number: "7.88.1" of "7.88.1", "24.21.0" of "24.21.0 (undici 7.29.1)". */
export const shortVersion = (version: string): string => version.split(' ')[0] ?? version;

/**
 * A client's own words for a failure, cut to what tells failures apart: "exit 8" of "exit 8:
 * server issued an error response", "throws TypeError" of "throws TypeError: Failed to fetch".
 * The whole text is on /clients/ and in the data file.
 */
export function shortDetail(detail: string): string {
  return detail.split(': ')[0] ?? detail;
}

/** Each program and the version measured, once: "curl 7.88.1", "Chromium 156.0.8078.108". */
export function programVersions(m: Measurements): string[] {
  const seen = new Set<string>();
  for (const c of m.clients) if (c.version) seen.add(`${c.program.split(' ')[0]} ${shortVersion(c.version)}`);
  return [...seen];
}

/** What one cell says, as a short phrase; `detail` is the client's own words for it. */
export interface Phrase {
  text: string;
  detail?: string;
}

/** One thing the pages report: which behaviour it reads, for which codes, and in which words. */
interface Row<B extends BehaviourId = BehaviourId> {
  behaviour: B;
  label: string;
  applies?: (code: number) => boolean;
  /** The line reads alike on most pages: shown, not indexed for search (see Line.indexed). */
  common?: true;
  phrase: (value: BehaviourValue<B>, code: number) => Phrase;
}

const is3xx = (code: number): boolean => code >= 300 && code < 400;
const FOLLOW_LABELS = {
  'follow.GET': 'Location',
  'follow.HEAD': 'After HEAD',
  'follow.POST': 'After POST with a body',
  'follow.PUT': 'After PUT with a body',
  'follow.DELETE': 'After DELETE',
} as const;

/** What a client did after a redirect answered `sent`, in the present tense people search in. */
const followPhrase =
  (sent: string) =>
  (v: BehaviourValue<'follow.GET'>): Phrase => {
    if (!v.follows) return { text: 'does not follow' };
    if (sent === 'GET') return { text: 'follows' };
    const withBody = sent === 'POST' || sent === 'PUT';
    const dropped = withBody && !v.body ? ', drops the body' : '';
    if (v.method === sent) return { text: withBody && v.body ? `follows with ${sent} and the body` : `follows with ${sent}${dropped}` };
    return { text: `changes ${sent} to ${v.method ?? '?'}${dropped}` };
  };

const seconds = (s: number | undefined): string => (s === undefined || s < 0.5 ? 'at once' : `after about ${Math.round(s)} s`);

const callPhrase = (v: BehaviourValue<'response'>, code: number): Phrase => {
  if (v.error) return { text: 'reports a failure', detail: v.error };
  if (v.status !== code) return { text: `hands over ${v.status ?? 'nothing'}` };
  return { text: 'returns it as a response' };
};

/** The rows in the order a code page shows them. */
const ROWS: readonly Row[] = [
  {
    behaviour: 'response',
    label: 'The interim response',
    applies: (code) => code < 200,
    phrase: (v, code) => {
      const call = v as BehaviourValue<'response'>;
      if (call.error) return { text: 'the request fails', detail: call.error };
      if (call.status === 200) return { text: call.body ? 'skipped, the final 200 returned' : 'hands over a 200 with nothing in it' };
      return { text: `taken as the final response (${call.status ?? 'no status'})`.replace(`(${code})`, '') };
    },
  },
  ...(Object.keys(FOLLOW_LABELS) as (keyof typeof FOLLOW_LABELS)[]).map((b): Row => ({
    behaviour: b,
    label: FOLLOW_LABELS[b],
    applies: (code) => b === 'follow.GET' || is3xx(code),
    phrase: (v) => followPhrase(b.split('.')[1] ?? 'GET')(v as BehaviourValue<'follow.GET'>),
  })),
  {
    behaviour: 'noLocation',
    label: 'Without Location',
    phrase: (v, code) => callPhrase(v as BehaviourValue<'noLocation'>, code),
  },
  {
    behaviour: 'response',
    label: 'As an error',
    common: true,
    applies: (code) => code >= 200 && !is3xx(code),
    phrase: (v, code) => callPhrase(v as BehaviourValue<'response'>, code),
  },
  {
    behaviour: 'response',
    label: 'Body',
    common: true,
    applies: (code) => code >= 200 && !is3xx(code),
    phrase: (v) => ({ text: (v as BehaviourValue<'response'>).body ? 'readable by the caller' : 'not readable by the caller' }),
  },
  ...(['GET', 'POST'] as const).map((method): Row => ({
    behaviour: `retry.${method}`,
    label: `Repeats it on its own (${method})`,
    phrase: (v) => {
      const r = v as BehaviourValue<'retry.GET'>;
      return { text: r.repeats ? `repeats it ${seconds(r.afterSeconds)}` : 'does not repeat it' };
    },
  })),
  {
    behaviour: 'cache.heuristic',
    label: 'Cached without Cache-Control',
    common: true,
    phrase: (v) => ({
      text: (v as BehaviourValue<'cache.heuristic'>).cached ? 'serves the second request from its cache' : 'asks the server again',
    }),
  },
  {
    behaviour: 'cache.explicit',
    label: 'Cached with max-age',
    common: true,
    phrase: (v) => ({
      text: (v as BehaviourValue<'cache.explicit'>).cached ? 'serves the second request from its cache' : 'asks the server again',
    }),
  },
  {
    behaviour: 'bodyNotAllowed',
    label: 'With a body it must not have',
    phrase: (v) => {
      const b = v as BehaviourValue<'bodyNotAllowed'>;
      if (b.next) return { text: b.body ? 'stray body read, next response broken' : 'next response broken', detail: b.next };
      return { text: b.body ? 'stray body read' : 'stray body ignored' };
    },
  },
  {
    behaviour: 'websocket',
    label: 'As a WebSocket handshake',
    phrase: (v) => ({ text: (v as BehaviourValue<'websocket'>).opens ? 'connection opens' : 'connection fails' }),
  },
  {
    behaviour: 'auth',
    label: 'Basic credentials',
    phrase: (v) => {
      const a = v as BehaviourValue<'auth'>;
      return {
        text: a.sends === 'first' ? 'sent before any challenge' : a.sends === 'after-challenge' ? 'sent after the 401' : 'never sent',
      };
    },
  },
  {
    behaviour: 'expect',
    label: 'Expect: 100-continue on a 2 MiB POST',
    phrase: (v, code) => {
      const e = v as BehaviourValue<'expect'>;
      if (!e.sends) return { text: 'not sent' };
      if (code === 417) {
        const again = (yes: boolean | undefined): string => (yes ? 'repeated without it' : 'not repeated');
        const open = e.resendsWithoutKeptOpen === undefined ? '' : `; ${again(e.resendsWithoutKeptOpen)} if the connection stays open`;
        return { text: `sent; ${again(e.resendsWithout)} after a 417 with Connection: close${open}` };
      }
      return { text: `sent; body sent ${e.waitsSeconds === undefined ? 'after the 100' : seconds(e.waitsSeconds)} when no 100 comes` };
    },
  },
  ...(['http1', 'http2'] as const).map((variant): Row => ({
    behaviour: `hints.${variant}`,
    label: `Preload hint over ${variant === 'http1' ? 'HTTP/1.1' : 'HTTP/2'}`,
    phrase: (v) => ({ text: (v as BehaviourValue<'hints.http1'>).preloads ? 'hinted file fetched' : 'hint ignored' }),
  })),
  {
    behaviour: 'loop',
    label: 'Redirect loop',
    phrase: (v) => {
      const l = v as BehaviourValue<'loop'>;
      return {
        text: l.hops >= LOOP_LIMIT ? `all ${LOOP_LIMIT} hops the server sent followed` : `stops after ${l.hops} hops`,
        ...(l.error && { detail: l.error }),
      };
    },
  },
];

/** A behaviour on which clients differ: each phrase with the clients that showed it. */
export interface Line {
  label: string;
  /**
   * Whether search indexes the line. Reading an error, its body and Chromium's cache read alike
   * on eighty pages: indexed, they would put "curl" and "fetch" on every page and drown the
   * lines that tell codes apart (redirects, retries, interim responses).
   */
  indexed: boolean;
  groups: { text: string; clients: { id: ClientId; name: string; detail?: string }[] }[];
}

export interface CodeSummary {
  /** Lines for the behaviours on which the clients differ. */
  differ: Line[];
  /** The behaviours on which every measured client agrees, as "label: phrase". */
  agree: { label: string; text: string }[];
}

/** The rows that apply to a code and were measured for it. */
function rowsFor(results: CodeResults, code: number): { row: Row; cells: Partial<Record<ClientId, Cell<BehaviourId>>> }[] {
  return ROWS.filter((row) => (row.applies ?? (() => true))(code)).flatMap((row) => {
    const cells = results[row.behaviour] as Partial<Record<ClientId, Cell<BehaviourId>>> | undefined;
    return cells ? [{ row, cells }] : [];
  });
}

/** What the clients did with a code, for its page; undefined when the code was not measured. */
export function summarise(m: Measurements, code: number): CodeSummary | undefined {
  const results = m.codes[String(code)];
  if (!results) return undefined;
  const names = new Map(m.clients.map((c) => [c.id, clientName(c)]));
  const summary: CodeSummary = { differ: [], agree: [] };
  for (const { row, cells } of rowsFor(results, code)) {
    const groups = new Map<string, Line['groups'][number]>();
    for (const id of CLIENT_IDS) {
      const cell = cells[id];
      if (!isMeasured(cell)) continue;
      const p = row.phrase(cell, code);
      const group = groups.get(p.text) ?? { text: p.text, clients: [] };
      group.clients.push({ id, name: names.get(id) ?? id, ...(p.detail && { detail: p.detail }) });
      groups.set(p.text, group);
    }
    if (groups.size === 0) continue;
    const measuredBy = [...groups.values()].reduce((n, g) => n + g.clients.length, 0);
    // One client alone (Chromium's cache, say) agrees with nobody: its line names it.
    if (groups.size === 1 && measuredBy > 1) summary.agree.push({ label: row.label, text: [...groups.keys()][0] ?? '' });
    // The largest group last, so a line ends on what most clients do.
    else
      summary.differ.push({
        label: row.label,
        indexed: row.common !== true,
        groups: [...groups.values()].sort((a, b) => a.clients.length - b.clients.length),
      });
  }
  return summary;
}

/**
 * What people type about a code's measured method changes ("curl changes POST to GET"): each
 * client that changes the method on it, by its program's name, with the change. For the search
 * data, so these questions find the code itself rather than only its page's prose.
 */
export function methodChangeTerms(m: Measurements, code: number): string[] {
  const terms = new Set<string>();
  for (const line of summarise(m, code)?.differ ?? []) {
    for (const group of line.groups) {
      const change = /^changes \w+ to \w+/.exec(group.text)?.[0];
      if (!change) continue;
      for (const client of group.clients) {
        const program = client.name.split(' ')[0]?.toLowerCase() ?? '';
        terms.add(`${program} ${change}`);
        if (/fetch/.test(client.name)) terms.add(`fetch ${change}`);
      }
    }
  }
  return [...terms];
}

/** One cell of the /clients/ matrix: a few marks, and the same in words for a title and print. */
export interface MatrixCell {
  marks: string;
  words: string;
}

/**
 * The marks of the matrix, one per behaviour that stands out, so a row of 93 codes × 10
 * clients stays readable: the legend on /clients/ is built from this list.
 */
export const MARKS = [
  { mark: '→', means: 'follows Location (GET)' },
  { mark: 'G', means: 'after a POST, follows with GET (body dropped)' },
  { mark: 'P', means: 'after a POST, follows with POST and the body' },
  { mark: '✕', means: 'reports a failure to the caller (throws, raises, exits non-zero)' },
  { mark: '∅', means: 'the response’s body is not readable by the caller' },
  { mark: '↻', means: 'repeats the request on its own' },
  { mark: 'C', means: 'serves a second request from its cache without Cache-Control' },
  { mark: 'c', means: 'serves a second request from its cache with max-age only' },
  { mark: '·', means: 'none of these' },
  { mark: '–', means: 'not measured (the reason is in the data file and in the cell’s title)' },
] as const;

export function matrixCell(results: CodeResults, code: number, client: ClientId): MatrixCell {
  const get = <B extends BehaviourId>(b: B): BehaviourValue<B> | undefined => {
    const cell = results[b]?.[client];
    return isMeasured(cell) ? cell : undefined;
  };
  const marks: string[] = [];
  const words: string[] = [];
  const add = (mark: string, text: string): void => {
    marks.push(mark);
    words.push(text);
  };
  const follow = get('follow.GET');
  if (follow?.follows) add('→', 'follows Location');
  const post = get('follow.POST');
  if (post?.follows)
    add(post.method === 'POST' ? 'P' : 'G', post.method === 'POST' ? 'POST kept with its body' : `POST becomes ${post.method}`);
  const response = get('response');
  if (response?.error) add('✕', response.error);
  if (response && !response.body && code >= 200 && !is3xx(code) && !response.error) add('∅', 'body not readable');
  else if (response?.error && !response.body && code >= 400) add('∅', 'body not readable');
  const retry = get('retry.GET');
  if (retry?.repeats) add('↻', `repeats ${seconds(retry.afterSeconds)}`);
  if (get('cache.heuristic')?.cached) add('C', 'cached without Cache-Control');
  else if (get('cache.explicit')?.cached) add('c', 'cached with max-age');
  const measured = ROWS.some((row) => isMeasured(results[row.behaviour]?.[client]));
  if (!measured) {
    const reason = Object.values(results)
      .map((cells) => (cells as Partial<Record<ClientId, Cell<BehaviourId>>>)[client])
      .find((c) => c && 'notMeasured' in c);
    return { marks: '–', words: reason && 'notMeasured' in reason ? `not measured: ${reason.notMeasured}` : 'not measured' };
  }
  return marks.length ? { marks: marks.join(''), words: words.join('; ') } : { marks: '·', words: 'none of these' };
}

/** The whole matrix, codes in order. */
export function matrix(m: Measurements): { code: number; cells: (MatrixCell & { client: ClientId })[] }[] {
  return Object.keys(m.codes)
    .map(Number)
    .sort((a, b) => a - b)
    .map((code) => ({
      code,
      cells: CLIENT_IDS.map((client) => ({ client, ...matrixCell(m.codes[String(code)] ?? {}, code, client) })),
    }));
}

/** A measured value, for the content checks: undefined when not measured. */
export function measured<B extends BehaviourId>(
  m: Measurements,
  code: number,
  behaviour: B,
  client: ClientId,
): BehaviourValue<B> | undefined {
  const cell = m.codes[String(code)]?.[behaviour]?.[client];
  return isMeasured(cell) ? cell : undefined;
}

/** The next request after a redirect, in a few characters: "GET", "POST + body", "·" for none. */
export function followMark(v: BehaviourValue<'follow.GET'>): string {
  if (!v.follows) return '·';
  return v.body ? `${v.method} + body` : (v.method ?? '?');
}

export const REDIRECT_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'] as const;

/** For each 3xx code and method, what every client sent next. */
export function redirectTable(m: Measurements): { code: number; method: string; cells: { client: ClientId; text: string }[] }[] {
  return Object.keys(m.codes)
    .map(Number)
    .filter(is3xx)
    .sort((a, b) => a - b)
    .flatMap((code) =>
      REDIRECT_METHODS.map((method) => ({
        code,
        method,
        cells: CLIENT_IDS.map((client) => {
          const v = measured(m, code, `follow.${method}`, client);
          return { client, text: v ? followMark(v) : '–' };
        }),
      })),
    );
}

/**
 * The behaviours measured on one code only (the 1xx codes, Expect, Early Hints, Basic
 * credentials, content where none is allowed, the redirect loop, the WebSocket handshake),
 * each in its words per client.
 */
export function singleCases(
  m: Measurements,
): { code: number; label: string; cells: { client: ClientId; text: string; detail?: string }[] }[] {
  const single = (row: Row, code: number): boolean =>
    (row.behaviour === 'response' && code < 200 && row.label === 'The interim response') ||
    (row.behaviour === 'websocket' && code === 101) ||
    ['expect', 'hints.http1', 'hints.http2', 'auth', 'bodyNotAllowed', 'loop'].includes(row.behaviour);
  return Object.keys(m.codes)
    .map(Number)
    .sort((a, b) => a - b)
    .flatMap((code) => {
      const results = m.codes[String(code)] ?? {};
      return rowsFor(results, code)
        .filter(({ row }) => single(row, code))
        .map(({ row, cells }) => ({
          code,
          label: row.label,
          cells: CLIENT_IDS.map((client) => {
            const cell = cells[client];
            if (!isMeasured(cell)) return { client, text: '–' };
            const p = row.phrase(cell, code);
            return { client, text: p.text, ...(p.detail && { detail: p.detail }) };
          }),
        }));
    });
}

/** The codes other than 101 on which a WebSocket opened anyway, per client (none is the rule). */
export function websocketExceptions(m: Measurements): { code: number; client: ClientId }[] {
  return Object.entries(m.codes).flatMap(([code, results]) =>
    Number(code) === 101
      ? []
      : CLIENT_IDS.filter((client) => {
          const cell = results.websocket?.[client];
          return isMeasured(cell) && cell.opens;
        }).map((client) => ({ code: Number(code), client })),
  );
}

/** Every distinct reason a cell was not measured, per client. */
export function notMeasuredReasons(m: Measurements): { client: ClientId; reasons: string[] }[] {
  return CLIENT_IDS.map((client) => {
    const reasons = new Set<string>();
    for (const results of Object.values(m.codes)) {
      for (const cells of Object.values(results)) {
        const cell = (cells as Partial<Record<ClientId, Cell<BehaviourId>>> | undefined)?.[client];
        if (cell && 'notMeasured' in cell) reasons.add(cell.notMeasured);
      }
    }
    return { client, reasons: [...reasons] };
  }).filter((r) => r.reasons.length > 0);
}
