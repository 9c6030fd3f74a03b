/**
 * The gRPC data (content/grpc/grpc.yaml, shape in src/lib/grpc/schema.ts): all 17 google.rpc.Code
 * values with unique numbers 0-16 and an HTTP code with an entry, the HTTP → gRPC table, and the
 * asymmetry the gRPC documentation warns of: the tables are not inverses, exactly at the codes it
 * implies (a server's NOT_FOUND goes out as 404, a received 404 comes back UNIMPLEMENTED).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { load } from 'js-yaml';
import { grpcFileSchema } from '../../src/lib/grpc/schema.ts';
import { grpcFor, grpcMentions, receivedAs } from '../../src/lib/guidelines/per-code.ts';
import { entries } from '../support/content.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

const data = grpcFileSchema.parse(load(readFileSync(repoPath('content', 'grpc', 'grpc.yaml'), 'utf8')));
const codes = new Set(entries.map((e) => e.code));
const names = (): Set<string> => new Set(data.toHttp.map((c) => c.name));

/** code.proto's comments, as read (googleapis f8291d2): the test that catches an edit gone wrong. */
const CODE_PROTO: Record<string, [number, number]> = {
  OK: [0, 200],
  CANCELLED: [1, 499],
  UNKNOWN: [2, 500],
  INVALID_ARGUMENT: [3, 400],
  DEADLINE_EXCEEDED: [4, 504],
  NOT_FOUND: [5, 404],
  ALREADY_EXISTS: [6, 409],
  PERMISSION_DENIED: [7, 403],
  RESOURCE_EXHAUSTED: [8, 429],
  FAILED_PRECONDITION: [9, 400],
  ABORTED: [10, 409],
  OUT_OF_RANGE: [11, 400],
  UNIMPLEMENTED: [12, 501],
  INTERNAL: [13, 500],
  UNAVAILABLE: [14, 503],
  DATA_LOSS: [15, 500],
  UNAUTHENTICATED: [16, 401],
};

test('all 17 gRPC codes, numbered 0 to 16 once each, with the HTTP status code.proto gives', () => {
  assert.deepEqual(
    data.toHttp.map((c) => c.number).sort((a, b) => a - b),
    Array.from({ length: 17 }, (_, i) => i),
  );
  assert.deepEqual(Object.fromEntries(data.toHttp.map((c) => [c.name, [c.number, c.http]])), CODE_PROTO);
});

test('every HTTP code either table names has an entry in content/codes', () => {
  const named = [...data.toHttp.map((c) => c.http), ...data.fromHttp.map((r) => r.http)];
  assert.deepEqual(
    named.filter((c) => !codes.has(c)),
    [],
  );
});

test('the HTTP → gRPC table is the documented one, with UNKNOWN for the rest', () => {
  assert.deepEqual(Object.fromEntries(data.fromHttp.map((r) => [r.http, r.grpc])), {
    200: 'UNKNOWN',
    400: 'INTERNAL',
    401: 'UNAUTHENTICATED',
    403: 'PERMISSION_DENIED',
    404: 'UNIMPLEMENTED',
    429: 'UNAVAILABLE',
    431: 'INTERNAL',
    502: 'UNAVAILABLE',
    503: 'UNAVAILABLE',
    504: 'UNAVAILABLE',
  });
  assert.equal(data.otherwise, 'UNKNOWN');
  const names = new Set(data.toHttp.map((c) => c.name));
  for (const r of data.fromHttp) assert.ok(names.has(r.grpc), `${r.http} → ${r.grpc} is not a gRPC code`);
});

test('both directions are covered: every gRPC code goes out as a status, every status comes back as a code', () => {
  for (const c of data.toHttp) assert.ok(grpcFor(c.http, data).sentFor.some((s) => s.name === c.name));
  for (const code of codes) {
    const back = receivedAs(code, data);
    if (code < 200) assert.equal(back, undefined, `${code}: a client skips 1xx`);
    else assert.ok(back && names().has(back.grpc), `${code} comes back as nothing`);
  }
});

test('the mappings are not inverses exactly where the tables differ', () => {
  const roundTrip = data.toHttp.filter((c) => receivedAs(c.http, data)?.grpc === c.name).map((c) => c.name);
  assert.deepEqual(roundTrip.sort(), ['PERMISSION_DENIED', 'UNAUTHENTICATED', 'UNAVAILABLE', 'UNKNOWN']);
  const notFound = grpcFor(404, data);
  assert.deepEqual(
    notFound.sentFor.map((c) => c.name),
    ['NOT_FOUND'],
  );
  assert.equal(notFound.receivedAs?.grpc, 'UNIMPLEMENTED');
  assert.equal(notFound.notInverse, true);
  assert.equal(grpcFor(400, data).receivedAs?.grpc, 'INTERNAL');
  assert.deepEqual(
    grpcFor(400, data).sentFor.map((c) => c.name),
    ['INVALID_ARGUMENT', 'FAILED_PRECONDITION', 'OUT_OF_RANGE'],
  );
  assert.equal(grpcFor(200, data).receivedAs?.grpc, 'UNKNOWN', 'a bare 200 is not OK');
  assert.equal(grpcFor(401, data).notInverse, false);
  assert.equal(grpcFor(503, data).notInverse, false);
  // 501 is what UNIMPLEMENTED goes out as, yet a received 501 is not in the table: UNKNOWN.
  assert.deepEqual(grpcFor(501, data).receivedAs, { grpc: 'UNKNOWN', listed: false });
});

test('grpcMentions: only codes one of the tables names', () => {
  assert.ok(grpcMentions(404, data) && grpcMentions(431, data) && grpcMentions(499, data));
  assert.ok(!grpcMentions(418, data) && !grpcMentions(302, data));
});

test('every source is dated and the asymmetry is explained in more than one paragraph', () => {
  assert.ok(data.sources.some((s) => s.id === 'code-proto') && data.sources.some((s) => s.id === 'http-grpc-mapping'));
  assert.ok(data.asymmetry.length >= 2);
  assert.ok(data.asymmetry.some((p) => p.includes('UNIMPLEMENTED') && p.includes('404')));
});
