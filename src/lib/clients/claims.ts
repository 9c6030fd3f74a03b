/**
 * The entries' statements about what clients do, checked against what clients did
 * (content/clients/measurements.json). Two kinds: the `facts` fields that describe
 * client behaviour, and sentences of the prose that name a kind of client and a behaviour
 * ("Browsers do not follow", "`curl -L` switches to GET", "nothing retries on its own"). Each
 * problem names the entry, quotes the sentence or the field, and says which client did otherwise.
 * Fix the content, not the check: the measurements are what happened. Pure, so the build and the
 * unit tests run it alike.
 */
import { clientName, measured } from './summary.ts';
import type { ClientId, Measurements } from './schema.ts';
import type { CodeData, Facts } from '../codes/schema.ts';

/** What the check reads of an entry. */
export interface ClaimSource {
  /** For the message: content/codes/308.mdx. */
  file: string;
  code: number;
  facts: Facts;
  /** The entry's prose: summary, body, the differences in confusedWith. */
  prose: string;
}

/** What the check reads of an entry: its summary, its body and the differences it names. */
export function claimSource(file: string, data: CodeData, body: string): ClaimSource {
  return {
    file,
    code: data.code,
    facts: data.facts,
    prose: [data.summary, body, ...data.confusedWith.map((c) => c.difference)].join('\n\n'),
  };
}

/** The clients a word of the prose stands for. */
const BROWSERS: readonly ClientId[] = ['chromium-navigation', 'chromium-fetch'];
const LIBRARIES: readonly ClientId[] = ['node-fetch', 'python-urllib', 'python-requests', 'go'];
const ALL: readonly ClientId[] = [...BROWSERS, ...LIBRARIES, 'curl', 'curl-follow', 'curl-retry', 'wget'];

/** One kind of sentence, and the clients whose measurement would contradict it. */
interface SentenceClaim {
  /** Matches a sentence that makes the claim. */
  pattern: RegExp;
  /** A sentence it matches, for the reader and the tests. */
  example: string;
  /** Returns one phrase per client that did otherwise; empty when the claim holds. */
  check: (m: Measurements, code: number, sentence: string) => string[];
  /** Where the example was a wrong sentence, since corrected: the kind stays so it cannot come back. */
  corrected?: string;
}

/** How the prose names clients, and the clients each name stands for. */
const NAMES: readonly [RegExp, readonly ClientId[]][] = [
  [/\bbrowsers\b/i, BROWSERS],
  [/`fetch`/, ['chromium-fetch', 'node-fetch']],
  [/`curl -L`/, ['curl-follow']],
  [/\bWget\b/, ['wget']],
  [/`requests`/, ['python-requests']],
  [/`urllib\.request`/, ['python-urllib']],
  [/\bGo's client\b/, ['go']],
  [/\blibraries\b/, LIBRARIES],
];

/** The clients a sentence names. */
const named = (sentence: string): ClientId[] => [...new Set(NAMES.flatMap(([word, ids]) => (word.test(sentence) ? ids : [])))];

const name = (m: Measurements, id: ClientId): string => {
  const c = m.clients.find((x) => x.id === id);
  return c ? clientName(c) : id;
};

/** Clients, of those given, that did (or did not) follow a GET's Location. */
const following = (m: Measurements, code: number, ids: readonly ClientId[], expected: boolean): string[] =>
  ids.flatMap((id) => {
    const v = measured(m, code, 'follow.GET', id);
    return v && v.follows !== expected ? [`${name(m, id)} ${v.follows ? 'followed it' : 'did not follow it'}`] : [];
  });

/** Clients, of those given, that repeated the request on their own. */
const repeating = (m: Measurements, code: number, ids: readonly ClientId[]): string[] =>
  ids.flatMap((id) =>
    (['retry.GET', 'retry.POST'] as const).some((b) => measured(m, code, b, id)?.repeats) ? [`${name(m, id)} repeated it`] : [],
  );

/**
 * Clients, of those given, that did not follow every method with the same method (and a POST or
 * PUT with its body): a HEAD turned into GET counts as much as a POST turned into GET.
 */
const notKeepingMethod = (m: Measurements, code: number, ids: readonly ClientId[]): string[] =>
  ids.flatMap((id) =>
    (['POST', 'PUT', 'DELETE', 'HEAD'] as const).flatMap((method) => {
      const v = measured(m, code, `follow.${method}`, id);
      if (!v) return [];
      if (!v.follows) return [`${name(m, id)} did not follow a ${method}`];
      const body = method === 'POST' || method === 'PUT';
      return v.method === method && (!body || v.body)
        ? []
        : [`${name(m, id)} sent ${v.method ?? '?'}${body && !v.body ? ' without the body' : ''} for a ${method}`];
    }),
  );

/** Clients, of those given, that did not follow a POST, PUT and DELETE with GET. */
const notSwitchingToGet = (m: Measurements, code: number, ids: readonly ClientId[]): string[] =>
  ids.flatMap((id) =>
    (['POST', 'PUT', 'DELETE'] as const).flatMap((method) => {
      const v = measured(m, code, `follow.${method}`, id);
      if (!v || (v.follows && v.method === 'GET')) return [];
      return [`${name(m, id)} ${v.follows ? `sent ${v.method ?? '?'}` : 'did not follow'} for a ${method}`];
    }),
  );

/**
 * curl's Expect: 100-continue wait when no 100 comes: CURLOPT_EXPECT_100_TIMEOUT_MS, 1000 ms by
 * default (`set->expect_100_timeout = 1000L` in lib/url.c, curl 7.88.1). The harness times it at
 * the server, to a tenth of a second; a measurement further off than the tolerance is the
 * harness's fault, as 0.3 s was.
 */
export const CURL_EXPECT_100_TIMEOUT_SECONDS = 1;
export const EXPECT_WAIT_TOLERANCE_SECONDS = 0.2;

/** curl's measured waits for a 100 that are off its documented default; one phrase each. */
export function curlWaitProblems(m: Measurements): string[] {
  return (['curl', 'curl-follow'] as const).flatMap((id) => {
    const v = measured(m, 100, 'expect', id);
    if (!v?.sends) return [];
    const wait = v.waitsSeconds;
    return wait !== undefined && Math.abs(wait - CURL_EXPECT_100_TIMEOUT_SECONDS) <= EXPECT_WAIT_TOLERANCE_SECONDS
      ? []
      : [`${name(m, id)} waited ${wait ?? '?'} s for a 100, not the ${CURL_EXPECT_100_TIMEOUT_SECONDS} s of its expect_100_timeout`];
  });
}

/** Clients, of those given, that returned the response as it came: no error, not followed. */
const notHandingOver = (m: Measurements, code: number, ids: readonly ClientId[]): string[] =>
  ids.flatMap((id) => {
    const r = measured(m, code, 'response', id);
    const f = measured(m, code, 'follow.GET', id);
    if (f?.follows) return [`${name(m, id)} followed its Location`];
    return r?.error ? [`${name(m, id)} reported a failure (${r.error})`] : [];
  });

/**
 * The sentences checked. A pattern is matched against one sentence at a time, so its subject and
 * its verb must stand in the same sentence; "should" and "must" sentences are advice, not claims,
 * and are never matched.
 */
export const SENTENCE_CLAIMS: readonly SentenceClaim[] = [
  {
    example: 'Browsers do not follow `Location` on a 300',
    pattern: /\bbrowsers\b[^.;:]*\b(?:do not|don't|never|will not) follow\b/i,
    check: (m, code) => following(m, code, BROWSERS, false),
  },
  {
    example: 'Browsers and HTTP libraries do not follow its `Location`',
    pattern: /\bbrowsers and (?:HTTP )?libraries do not follow\b/i,
    check: (m, code) => following(m, code, LIBRARIES, false),
  },
  {
    example: 'Browsers follow a 301 at once',
    pattern: /\bbrowsers\b(?:(?!\bnot\b)[^.;:])*\bfollow (?:a|an|the|it|its) /i,
    check: (m, code) => following(m, code, BROWSERS, true),
  },
  {
    example: "Browsers, `fetch`, `curl -L`, Wget, `requests` and Go's client follow a 307 at once with the same method and body",
    pattern: /^(?!.*\bnot\b).*\bfollow\b[^.;:]*\b(?:same method|method and body)\b/i,
    check: (m, code, sentence) => notKeepingMethod(m, code, named(sentence)),
  },
  {
    example: "Python's `urllib.request` follows a 307 for GET and HEAD only",
    corrected: 'an audit found the sentence misleading; kept so its return fails',
    pattern: /\bfollows (?:it|a \d{3}) for GET and HEAD\b/i,
    check: (m, code, sentence) =>
      named(sentence).flatMap((id) => {
        const v = measured(m, code, 'follow.HEAD', id);
        return v && !(v.follows && v.method === 'HEAD')
          ? [`${name(m, id)} sent ${v.follows ? (v.method ?? '?') : 'nothing'} for a HEAD`]
          : [];
      }),
  },
  {
    example: "Python's `urllib.request` follows a HEAD as a GET",
    pattern: /\bfollows a HEAD as (?:a )?GET\b/i,
    check: (m, code, sentence) =>
      named(sentence).flatMap((id) => {
        const v = measured(m, code, 'follow.HEAD', id);
        return v && !(v.follows && v.method === 'GET')
          ? [`${name(m, id)} sent ${v.follows ? (v.method ?? '?') : 'nothing'} for a HEAD`]
          : [];
      }),
  },
  {
    example: 'mainstream HTTP libraries switch to GET',
    corrected: 'an audit found the sentence misleading; kept so its return fails',
    pattern: /\blibraries (?:all )?switch(?: every method| it)? to GET\b/i,
    check: (m, code) => notSwitchingToGet(m, code, LIBRARIES),
  },
  {
    example: 'Nothing is followed or retried',
    corrected: 'an audit found the sentence misleading; kept so its return fails',
    pattern: /\b(?:nothing|no client) (?:is followed|follows)\b/i,
    check: (m, code, sentence) => [
      ...following(m, code, ALL, false),
      ...(/\bretr|\brepeat/i.test(sentence) ? repeating(m, code, ALL) : []),
    ],
  },
  {
    example: 'RFC 6585 forbids caches from storing a 429',
    pattern: /\bforbids? (?:\w+ )?caches? (?:from )?(?:storing|to store|reusing)\b/i,
    // A rule the measured browser broke is stated with the exception, in the same sentence.
    check: (m, code, sentence) =>
      measured(m, code, 'cache.explicit', 'chromium-fetch')?.cached &&
      !/\b(?:Chromium|browsers?)\b[^.;]*\b(?:reus|stor|cach|serv)/i.test(sentence)
        ? ['Chromium served it from its cache when it carried max-age']
        : [],
  },
  {
    example: 'curl does, but only if the 417 leaves the connection open',
    pattern: /\bcurl does\b[^.;]*\bonly (?:if|when) the 417 leaves the connection open\b/i,
    check: (m, code) => {
      const v = measured(m, code, 'expect', 'curl');
      if (!v?.sends) return [];
      return v.resendsWithout === false && v.resendsWithoutKeptOpen === true
        ? []
        : [`curl ${v.resendsWithout ? 'repeated it after a 417 that closed the connection' : 'did not repeat it on an open connection'}`];
    },
  },
  {
    example: 'curl waits up to one second for the 100',
    pattern: /\bcurl\b[^.;:]*\bwaits? (?:up to |for )?(?:one|a) second\b/i,
    check: (m, code) => (code === 100 ? curlWaitProblems(m) : []),
  },
  {
    example: '`curl -L` switches to GET too',
    pattern: /`curl -L` switch(?:es)? (?:a POST )?to GET/i,
    check: (m, code) => {
      const v = measured(m, code, 'follow.POST', 'curl-follow');
      return v && !(v.follows && v.method === 'GET') ? [`curl -L sent ${v.follows ? (v.method ?? '?') : 'nothing'} after a POST`] : [];
    },
  },
  {
    example: 'nobody follows it automatically',
    pattern: /\b(?:nobody|no client) follows\b|\bclients ignore it\b/i,
    check: (m, code) => following(m, code, ALL, false),
  },
  {
    example: 'HTTP libraries hand the response to your code unchanged',
    pattern: /^(?!.*\bno `Location`).*\blibraries (?:generally )?hand (?:it|the response|the \d{3})\b/i,
    check: (m, code) => notHandingOver(m, code, LIBRARIES),
  },
  {
    example: 'These responses carry no `Location`, so browsers and libraries hand the 308 to the upload code',
    pattern: /\bno `Location`.*\bhand (?:it|the response|the \d{3})\b/i,
    check: (m, code) =>
      [...BROWSERS, ...LIBRARIES].flatMap((id) => {
        const v = measured(m, code, 'noLocation', id);
        return v && v.status !== code ? [`${name(m, id)} gave its caller ${v.status ?? 'no status'}`] : [];
      }),
  },
  {
    example: 'Browsers show the body and do not retry',
    pattern: /\bbrowsers\b[^.;:]*\b(?:do not|don't|never) (?:retry|repeat)/i,
    check: (m, code) => repeating(m, code, BROWSERS),
  },
  {
    example: 'Nothing retries on its own',
    pattern: /\b(?:nothing|no client) (?:retries|repeats)\b/i,
    check: (m, code) => repeating(m, code, ALL),
  },
  {
    example: 'Tools that retry, such as `curl --retry`, count 502 among them',
    pattern: /`curl --retry`[^.;:]*\bcounts? (\d{3})/i,
    check: (m, code) => (measured(m, code, 'retry.GET', 'curl-retry')?.repeats === false ? ['curl --retry 2 did not repeat it'] : []),
  },
  {
    example: 'browsers and shared caches may reuse it for a while based on heuristics',
    pattern: /\bbrowsers?\b[^.;:]*\b(?:cache|reuse)[^.;:]*\bheuristic/i,
    check: (m, code) =>
      measured(m, code, 'cache.heuristic', 'chromium-fetch')?.cached === false ? ['Chromium asked the server again'] : [],
  },
];

/**
 * The clauses of a text: paragraphs and headings apart, then sentences, then the halves of a
 * sentence joined by a semicolon ("302 names one URL and browsers follow it; 300 ..."), with
 * markdown links reduced to their words.
 */
export function clauses(prose: string): string[] {
  return prose
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .split(/\n\s*\n|^#+ .*$/m)
    .flatMap((paragraph) => paragraph.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z`])|;\s+/))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A clause about another code ("302 names one URL and browsers follow it") is that code's claim, not this entry's. */
const aboutAnotherCode = (clause: string, code: number): boolean =>
  [...clause.matchAll(/\b[1-5]\d\d\b/g)].some((x) => Number(x[0]) !== code);

const ADVICE = /\b(?:should|must|may want)\b/i;

/** The `facts` that describe client behaviour, each checked against Chromium and the clients that follow. */
function factProblems(src: ClaimSource, m: Measurements): string[] {
  const problems: string[] = [];
  const f = src.facts;
  const nav = measured(m, src.code, 'follow.GET', 'chromium-navigation');
  if (nav && nav.follows !== f.redirects) {
    problems.push(`facts.redirects is ${f.redirects}, but Chromium ${nav.follows ? 'followed' : 'did not follow'} its Location`);
  }
  if (f.method) {
    const posts = ALL.flatMap((id) => {
      const v = measured(m, src.code, 'follow.POST', id);
      return v?.follows ? [{ id, kept: v.method === 'POST' && v.body === true }] : [];
    });
    const changed = posts.filter((p) => !p.kept).map((p) => name(m, p.id));
    const kept = posts.filter((p) => p.kept).map((p) => name(m, p.id));
    if (f.method === 'kept' && changed.length > 0) problems.push(`facts.method is "kept", but ${changed.join(', ')} changed a POST`);
    if (f.method === 'becomes-get' && kept.length > 0) problems.push(`facts.method is "becomes-get", but ${kept.join(', ')} kept a POST`);
    if (f.method === 'may-change' && posts.length > 0 && changed.length === 0) {
      problems.push('facts.method is "may-change", but every client that followed kept the POST');
    }
  }
  const cache = measured(m, src.code, 'cache.heuristic', 'chromium-fetch');
  if (!f.cacheableByDefault && cache?.cached) {
    problems.push('facts.cacheableByDefault is false, but Chromium served it from its cache without Cache-Control');
  }
  return problems;
}

/** Every contradiction between an entry and the measurements, one line each, naming the file. */
export function claimProblems(sources: readonly ClaimSource[], m: Measurements): string[] {
  return sources.flatMap((src) => {
    if (!m.codes[String(src.code)]) return [];
    const fromFacts = factProblems(src, m);
    const fromProse = clauses(src.prose).flatMap((sentence) =>
      ADVICE.test(sentence) || aboutAnotherCode(sentence, src.code)
        ? []
        : SENTENCE_CLAIMS.flatMap((claim) => {
            if (!claim.pattern.test(sentence)) return [];
            const against = claim.check(m, src.code, sentence);
            return against.length > 0 ? [`“${sentence}”: ${against.join('; ')}`] : [];
          }),
    );
    return [...fromFacts, ...fromProse].map((p) => `${src.file}: ${p} (measured ${m.date})`);
  });
}
