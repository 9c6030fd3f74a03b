/**
 * The shape of content/clients/measurements.json: what real HTTP clients did with each code on
 * the test server of scripts/clients/. The harness writes it (`npm run clients`), the
 * content collection validates it when the site builds (src/content.config.ts), the unit tests
 * parse it, and src/lib/clients/summary.ts turns it into what the pages show. Imports nothing from
 * Astro's runtime, so Node runs it directly.
 */
import { z } from 'astro/zod';

/** The data file's name in CONTENT_DIRS.clients (src/lib/site/content-files.ts). */
export const MEASUREMENTS_FILE = 'measurements.json';

/** The test server ends a redirect loop with a 200 after this many hops, so a client without a limit still stops. */
export const LOOP_LIMIT = 60;

/** The clients, in the order the pages show them. A variant of one program is a client of its own. */
export const CLIENT_IDS = [
  'chromium-navigation',
  'chromium-fetch',
  'node-fetch',
  'curl',
  'curl-follow',
  'curl-retry',
  'wget',
  'python-urllib',
  'python-requests',
  'go',
] as const;
export type ClientId = (typeof CLIENT_IDS)[number];

/**
 * What a caller got from one request: the final status it sees (null for none), how the call
 * failed in the client's own terms (null when it did not), and whether it could read the
 * response's own content.
 */
export const callSchema = z.object({
  status: z.number().int().min(100).max(599).nullable(),
  error: z.string().min(1).nullable(),
  body: z.boolean(),
});

/** The request the client made to the `Location` on its own, if it made one. */
export const followSchema = z.object({
  follows: z.boolean(),
  /** The method of that next request. */
  method: z
    .string()
    .regex(/^[A-Z]+$/)
    .optional(),
  /** Whether it carried content again. */
  body: z.boolean().optional(),
});

/** Whether the client sent the request again by itself, and how long after the first. */
export const retrySchema = z.object({
  repeats: z.boolean(),
  afterSeconds: z.number().min(0).optional(),
});

/**
 * Each behaviour: the scenario it comes from and the shape of its value. The harness measures
 * only the behaviours that apply to a code (following for 3xx, Early Hints for 103 ...).
 */
export const BEHAVIOURS = {
  /** GET answered with the code (a 1xx: the interim response, then 200), Location on every final code. */
  response: callSchema,
  /** GET answered with the code and a Location: does the client request it? */
  'follow.GET': followSchema,
  'follow.HEAD': followSchema,
  /** POST with 100 bytes of content; the method and content of the next request. */
  'follow.POST': followSchema,
  'follow.PUT': followSchema,
  'follow.DELETE': followSchema,
  /** A 3xx with no Location. */
  noLocation: callSchema,
  /** The code on the first request, 200 on a repeat; Retry-After: 1 on 429 and 503. */
  'retry.GET': retrySchema,
  'retry.POST': retrySchema,
  /** Two requests in one session, the code with Last-Modified a day old and no Cache-Control: did one reach the server? */
  'cache.heuristic': z.object({ cached: z.boolean() }),
  /** The same with Cache-Control: max-age=3600. */
  'cache.explicit': z.object({ cached: z.boolean() }),
  /**
   * A 204, 205 or 304 followed by content it must not have, then the connection closed, then a
   * second request: did the caller read the content, and did the next request get its answer?
   * (On a kept-alive connection what happens next depends on timing; see scripts/clients/server.ts.)
   */
  bodyNotAllowed: z.object({
    body: z.boolean(),
    /** null when the second request got its 200; otherwise what went wrong. */
    next: z.string().min(1).nullable(),
  }),
  /** A WebSocket opened on a URL that answers the handshake with the code (101: a valid handshake). */
  websocket: z.object({ opens: z.boolean() }),
  /** 401 with a Basic challenge, the client given credentials its usual way: when does it send them? */
  auth: z.object({ sends: z.enum(['first', 'after-challenge', 'never']), status: z.number().int().nullable() }),
  /**
   * A 2 MiB POST. 100: does the client send Expect: 100-continue, and, when the server stays
   * silent, how long it waits before sending the content; 417: does it send the request again
   * without the expectation, after a 417 with Connection: close (resendsWithout) and after one
   * that leaves the connection open (resendsWithoutKeptOpen)?
   */
  expect: z.object({
    sends: z.boolean(),
    waitsSeconds: z.number().min(0).optional(),
    resendsWithout: z.boolean().optional(),
    resendsWithoutKeptOpen: z.boolean().optional(),
  }),
  /** A page load answered 103 with a preload hint, over HTTP/1.1 and HTTP/2: is the hinted file fetched? */
  'hints.http1': z.object({ preloads: z.boolean() }),
  'hints.http2': z.object({ preloads: z.boolean() }),
  /** A 302 to another 302, again and again: how many does the client follow (the server stops at 60)? */
  loop: z.object({ hops: z.number().int().min(0), error: z.string().min(1).nullable() }),
} as const;
export type BehaviourId = keyof typeof BEHAVIOURS;
export const BEHAVIOUR_IDS = Object.keys(BEHAVIOURS) as BehaviourId[];
export type BehaviourValue<B extends BehaviourId> = z.output<(typeof BEHAVIOURS)[B]>;

/** A cell the harness could not fill, with the reason: never left out silently. */
export const notMeasuredSchema = z.object({ notMeasured: z.string().min(1) });
export type NotMeasured = z.output<typeof notMeasuredSchema>;

/** A cell for every client: the behaviour's value, or why it was not measured. */
const clientRecord = (value: z.ZodType) =>
  z.partialRecord(z.enum(CLIENT_IDS), z.union([value, notMeasuredSchema])).superRefine((cells, ctx) => {
    const left = CLIENT_IDS.filter((id) => !(id in cells));
    if (left.length > 0) ctx.addIssue({ code: 'custom', message: `has no cell for ${left.join(', ')}` });
  });

/** The behaviours measured for one code, each with a cell for every client. */
export type CodeResults = { [B in BehaviourId]?: Partial<Record<ClientId, Cell<B>>> };
export const codeResultsSchema = z
  .object(Object.fromEntries(BEHAVIOUR_IDS.map((b) => [b, clientRecord(BEHAVIOURS[b]).optional()])))
  .strict() as unknown as z.ZodType<CodeResults>;

export const clientSchema = z.object({
  id: z.enum(CLIENT_IDS),
  /** The program: "curl", "Chromium", "Python urllib.request". */
  program: z.string().min(1),
  /** How it is driven, when one program gives several clients: "page load", "-L". */
  variant: z.string().min(1).optional(),
  /** The exact version the harness ran, as the program reports it; absent when it is not installed. */
  version: z.string().min(1).optional(),
  /** How the harness calls it, in a few words, for the /clients/ page. */
  how: z.string().min(1),
  /** Why it could not be measured, when it could not: every cell then says not measured. */
  missing: z.string().min(1).optional(),
});

export const measurementsSchema = z
  .object({
    /** The day of the run, as 2026-11-28. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** Seconds the whole run took, every client in parallel. */
    runSeconds: z.number().positive(),
    /** Where it ran: operating system and CPU count. */
    machine: z.string().min(1),
    clients: z.array(clientSchema).length(CLIENT_IDS.length),
    /** By code ("301"), the behaviours measured for it. */
    codes: z.record(z.string().regex(/^[1-5]\d\d$/), codeResultsSchema),
  })
  .superRefine((m, ctx) => {
    CLIENT_IDS.forEach((id, i) => {
      if (m.clients[i]?.id !== id)
        ctx.addIssue({ code: 'custom', path: ['clients', i], message: `must be ${id} (the order of CLIENT_IDS)` });
    });
    for (const client of m.clients) {
      if (!client.version && !client.missing) {
        ctx.addIssue({ code: 'custom', path: ['clients', client.id], message: 'needs a version, or `missing` with the reason' });
      }
    }
  });

export type Measurements = z.output<typeof measurementsSchema>;
export type ClientInfo = z.output<typeof clientSchema>;
export type Cell<B extends BehaviourId> = BehaviourValue<B> | NotMeasured;

export const isMeasured = <B extends BehaviourId>(cell: Cell<B> | undefined): cell is BehaviourValue<B> =>
  cell !== undefined && !('notMeasured' in cell);

/**
 * The data file as the harness writes it: one line per client and one line per behaviour of a
 * code, so a regenerated file shows in a diff which cells changed.
 */
export function formatMeasurements(m: Measurements): string {
  const j = (v: unknown): string => JSON.stringify(v);
  const codes = Object.entries(m.codes)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([code, behaviours]) => {
      const lines = Object.entries(behaviours).map(([b, cells]) => `      ${j(b)}: ${j(cells)}`);
      return `    ${j(code)}: {\n${lines.join(',\n')}\n    }`;
    });
  return [
    '{',
    `  "date": ${j(m.date)},`,
    `  "runSeconds": ${j(m.runSeconds)},`,
    `  "machine": ${j(m.machine)},`,
    '  "clients": [',
    m.clients.map((c) => `    ${j(c)}`).join(',\n'),
    '  ],',
    '  "codes": {',
    codes.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}
