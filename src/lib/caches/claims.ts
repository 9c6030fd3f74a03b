/**
 * The entries' statements about caching, checked against what caches did here
 * (content/caches/measurements.json) and what CDNs document (content/caches/cdns.yaml), as
 * src/lib/clients/claims.ts checks what they say about clients. "Caches do not store a 503 by
 * default" is contradicted by any cache that keeps one in its stock configuration and any CDN
 * that documents keeping one with no caching headers; "cacheable by default" is a term of the RFCs
 * and is checked against RFC 9110 §15.1's list. A setting someone adds (nginx's
 * proxy_cache_valid, a CDN option switched on) is being "told to", so it never contradicts "by
 * default". Each problem names the file, quotes the sentence and says who did otherwise. Fix the
 * content, not the check. Pure, so the build and the unit tests run it alike.
 */
import { cdnCell } from './documented.ts';
import { CACHE_NAMES, cachingSummary, cdnName, isHeuristic, outcomes, type CacheData } from './summary.ts';
import { clauses, type ClaimSource } from '../clients/claims.ts';
import type { CacheId } from './schema.ts';

/** What a sentence says, and who would contradict it. */
interface CachingClaim {
  pattern: RegExp;
  example: string;
  check: (data: CacheData, code: number, sentence: string) => string[];
}

/** Everyone that keeps the code with no caching headers by default: stock caches measured, CDNs documented. */
function keepersByDefault(data: CacheData, code: number): string[] {
  const s = cachingSummary(code, data);
  return [
    ...s.keptBy.map((k) => `${k.name} kept it with no caching headers (measured ${data.measurements.date})`),
    ...s.cdnsKeep.map((c) => `${c.name} documents keeping it${c.ttl ? ` ${c.ttl}` : ''} with no caching headers`),
  ];
}

/** How the prose names one cache or CDN, and what it stands for. */
const MEASURED_NAMES: readonly [RegExp, CacheId][] = [
  [/\bnginx\b/i, 'nginx'],
  [/\bVarnish\b/, 'varnish'],
  [/\bSquid\b/, 'squid'],
  [/\bApache\b/, 'apache'],
  [/\bHAProxy\b/i, 'haproxy'],
];
const CDN_WORDS: readonly [RegExp, string][] = [
  [/\bCloudflare\b/, 'cloudflare'],
  [/\bFastly\b/, 'fastly'],
  [/\bCloudFront\b/, 'cloudfront'],
  [/\bCloud CDN\b/, 'google-cloud-cdn'],
  [/\bAkamai\b/, 'akamai'],
];

const NEGATED = /\b(?:do not|does not|doesn't|don't|never|will not|won't)\b/i;

/** A named cache or CDN that did otherwise than the sentence says it does (keeps it, or does not). */
function namedProblems(data: CacheData, code: number, sentence: string): string[] {
  const saysKeeps = !NEGATED.test(sentence);
  const problems: string[] = [];
  for (const [word, id] of MEASURED_NAMES) {
    if (!word.test(sentence)) continue;
    const o = outcomes(data.measurements, code, id);
    if (!o) continue;
    const keeps = o.none === 'cache' || o.none === 'revalidated';
    if (keeps !== saysKeeps)
      problems.push(`${CACHE_NAMES[id]} ${keeps ? 'kept' : 'did not keep'} it with no caching headers (stock configuration)`);
  }
  for (const [word, id] of CDN_WORDS) {
    const cdn = data.cdns.cdns.find((c) => c.id === id);
    if (!cdn || !word.test(sentence)) continue;
    const cell = cdnCell(cdn, code);
    if (!cell.documented) continue;
    const stored = 'rule' in cell ? cell.rule.stored : cell.otherCodes.stored;
    if (stored === 'not-documented') continue;
    const keeps = stored === 'yes';
    if (keeps !== saysKeeps) problems.push(`${cdnName(cdn)} documents ${keeps ? 'keeping' : 'not keeping'} it by default`);
  }
  return problems;
}

/**
 * The sentences checked. Matched one clause at a time; advice ("should", "must") and clauses
 * about another code are not claims.
 */
export const CACHING_CLAIMS: readonly CachingClaim[] = [
  {
    example: 'Caches do not store a 506 by default',
    pattern: /\bcaches? (?:do not|don't|never|will not|won't) (?:store|keep|cache|reuse)\b/i,
    check: (data, code) => keepersByDefault(data, code),
  },
  {
    example: 'A 302 is not cached unless `Cache-Control` or `Expires` says so',
    pattern: /\bis not cached unless\b|\bnothing is (?:\w+ or )?cached\b/i,
    check: (data, code) => keepersByDefault(data, code),
  },
  {
    example: 'It is not cacheable by default',
    pattern: /\bnot (?:heuristically )?cacheable by default\b|\bnot heuristically cacheable\b/i,
    check: (data, code) => [
      ...(isHeuristic(code) ? ['RFC 9110 §15.1 makes it heuristically cacheable'] : []),
      ...keepersByDefault(data, code),
    ],
  },
  {
    example: 'A 405 is cacheable by default',
    pattern: /^(?!.*\bnot\b).*\b(?:is|makes (?:it|an? \d{3})|as) (?:heuristically cacheable|cacheable by default)\b/i,
    check: (_data, code) =>
      isHeuristic(code) ? [] : ['RFC 9110 §15.1 does not list it as heuristically cacheable, and no other RFC makes it so'],
  },
  {
    example: 'Varnish caches a 404 for two minutes',
    pattern:
      /\b(?:nginx|Varnish|Squid|Apache|HAProxy|Cloudflare|Fastly|CloudFront|Cloud CDN|Akamai)\b[^.;:]*\b(?:caches|stores|keeps|cache|store|keep)\b/,
    check: (data, code, sentence) => namedProblems(data, code, sentence),
  },
];

const aboutAnotherCode = (clause: string, code: number): boolean =>
  [...clause.matchAll(/\b[1-5]\d\d\b/g)].some((x) => Number(x[0]) !== code);

const ADVICE = /\b(?:should|must|may want)\b/i;

/** Every contradiction between an entry and the cache data, one line each, naming the file. */
export function cachingClaimProblems(sources: readonly ClaimSource[], data: CacheData): string[] {
  return sources.flatMap((src) => {
    if (!data.measurements.codes[String(src.code)]) return [];
    const fromFacts =
      src.facts.cacheableByDefault !== isHeuristic(src.code)
        ? [
            `facts.cacheableByDefault is ${src.facts.cacheableByDefault}, but RFC 9110 §15.1 (or the code's own RFC) ${isHeuristic(src.code) ? 'makes' : 'does not make'} it heuristically cacheable`,
          ]
        : [];
    const fromProse = clauses(src.prose).flatMap((sentence) =>
      ADVICE.test(sentence) || aboutAnotherCode(sentence, src.code)
        ? []
        : CACHING_CLAIMS.flatMap((claim) => {
            if (!claim.pattern.test(sentence)) return [];
            const against = claim.check(data, src.code, sentence);
            return against.length > 0 ? [`“${sentence}”: ${against.join('; ')}`] : [];
          }),
    );
    return [...fromFacts, ...fromProse].map((p) => `${src.file}: ${p} (see /caching/#${src.code})`);
  });
}
