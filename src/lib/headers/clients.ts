/**
 * What the measured clients (content/clients/measurements.json) did with a header field, where a
 * measurement shows it: for each code the field goes with, which clients acted on it. Pure, from
 * the measurements, so the header pages and their tests read the same thing.
 */
import { CLIENT_IDS, type BehaviourId, type BehaviourValue, type Measurements } from '../clients/schema.ts';
import { clientName, measured } from '../clients/summary.ts';

/** The measured behaviour that shows what clients do with a field, and how a client's value reads as "acted on it". */
interface HeaderBehaviour<B extends BehaviourId> {
  behaviour: B;
  /** What the harness did, in a few words. */
  setup: string;
  /** What acting on the field means, said of the clients that did. */
  acted: string;
  did: (value: BehaviourValue<B>) => boolean;
}

const BEHAVIOURS: Record<string, HeaderBehaviour<BehaviourId>> = {
  'retry-after': {
    behaviour: 'retry.GET',
    setup: 'a GET answered with the code and Retry-After: 1, then 200',
    acted: 'sent the request again by itself',
    did: (v) => (v as BehaviourValue<'retry.GET'>).repeats,
  },
  location: {
    behaviour: 'follow.GET',
    setup: 'a GET answered with the code and a Location',
    acted: 'requested the Location by itself',
    did: (v) => (v as BehaviourValue<'follow.GET'>).follows,
  },
  'www-authenticate': {
    behaviour: 'auth',
    setup: 'a 401 with a Basic challenge, the client given credentials its usual way',
    acted: 'sent the credentials after the challenge',
    did: (v) => (v as BehaviourValue<'auth'>).sends === 'after-challenge',
  },
  expect: {
    behaviour: 'expect',
    setup: 'a POST of 2 MiB',
    acted: 'sent Expect: 100-continue',
    did: (v) => (v as BehaviourValue<'expect'>).sends,
  },
  link: {
    behaviour: 'hints.http2',
    setup: 'a page load answered 103 with a preload Link over HTTP/2',
    acted: 'fetched the hinted file',
    did: (v) => (v as BehaviourValue<'hints.http2'>).preloads,
  },
  'cache-control': {
    behaviour: 'cache.explicit',
    setup: 'the same URL twice, answered with the code and Cache-Control: max-age=3600',
    acted: 'answered the second request from its cache',
    did: (v) => (v as BehaviourValue<'cache.explicit'>).cached,
  },
  'last-modified': {
    behaviour: 'cache.heuristic',
    setup: 'the same URL twice, answered with the code and a day-old Last-Modified, no Cache-Control',
    acted: 'answered the second request from its cache',
    did: (v) => (v as BehaviourValue<'cache.heuristic'>).cached,
  },
  upgrade: {
    behaviour: 'websocket',
    setup: 'a WebSocket opened on a URL that answers the handshake with the code',
    acted: 'opened the WebSocket',
    did: (v) => (v as BehaviourValue<'websocket'>).opens,
  },
};

export interface HeaderClients {
  setup: string;
  acted: string;
  rows: { code: number; did: string[]; didNot: string[] }[];
}

/** What the clients did with the field (by its slug) for each of the codes given, or undefined when nothing measured shows it. */
export function clientsForHeader(m: Measurements, slug: string, codes: readonly number[]): HeaderClients | undefined {
  const b = BEHAVIOURS[slug];
  if (!b) return undefined;
  const rows = [...new Set(codes)]
    .sort((x, y) => x - y)
    .flatMap((code) => {
      const did: string[] = [];
      const didNot: string[] = [];
      for (const id of CLIENT_IDS) {
        const value = measured(m, code, b.behaviour, id);
        if (value === undefined) continue;
        const info = m.clients.find((c) => c.id === id);
        const name = info ? clientName(info) : id;
        (b.did(value) ? did : didNot).push(name);
      }
      return did.length + didNot.length > 0 ? [{ code, did, didNot }] : [];
    });
  return rows.length > 0 ? { setup: b.setup, acted: b.acted, rows } : undefined;
}
