/**
 * The short facts a code page shows about one status code: one line per API guideline rule that
 * names the code, and what gRPC does with it in each direction. Pure: the data comes in as an
 * argument (src/lib/guidelines/data.ts reads it), so the unit tests run on the same files.
 */
import type { FromHttp, GrpcCode, GrpcFile } from '../grpc/schema.ts';
import type { GuidelineId, GuidelinesFile } from './schema.ts';

export interface GuidelineLine {
  guideline: GuidelineId;
  /** The guide's short name: "Zalando". */
  short: string;
  name: string;
  /** The rule's own id: "#150 (422)". */
  rule: string;
  says: string;
  url: string;
  version: string;
  read: string;
  /** How many codes the rule names: the fewer, the more it says about this one. */
  codes: number;
}

/** Every rule that names the code, guide by guide in the file's order. */
export function guidelinesFor(code: number, data: GuidelinesFile): GuidelineLine[] {
  return data.guidelines.flatMap((g) =>
    g.rules
      .filter((r) => r.codes.includes(code))
      .map((r) => ({
        guideline: g.id,
        short: g.short,
        name: g.name,
        rule: r.rule,
        says: r.says,
        url: r.url,
        version: g.version,
        read: g.read,
        codes: r.codes.length,
      })),
  );
}

export interface ReceivedAs {
  /** The gRPC code a client reports for this HTTP status without grpc-status. */
  grpc: string;
  /** Whether the table names the code, or it falls under "all other codes". */
  listed: boolean;
  note?: string;
}

export interface GrpcFacts {
  /** The google.rpc.Code values code.proto sends as this HTTP status: 400 has three. */
  sentFor: GrpcCode[];
  /** What a gRPC client makes of it; undefined for 1xx, which a client skips to the next header block. */
  receivedAs: ReceivedAs | undefined;
  /** True when a code sent as this status is not what a client reads back from it: NOT_FOUND → 404 → UNIMPLEMENTED. */
  notInverse: boolean;
}

/** The HTTP → gRPC reading of one status, the table's row or its "all other codes" line. */
export function receivedAs(code: number, data: GrpcFile): ReceivedAs | undefined {
  if (code < 200) return undefined;
  const row: FromHttp | undefined = data.fromHttp.find((r) => r.http === code);
  if (!row) return { grpc: data.otherwise, listed: false };
  return { grpc: row.grpc, listed: true, ...(row.note && { note: row.note }) };
}

export function grpcFor(code: number, data: GrpcFile): GrpcFacts {
  const sentFor = data.toHttp.filter((c) => c.http === code);
  const back = receivedAs(code, data);
  return { sentFor, receivedAs: back, notInverse: sentFor.some((c) => c.name !== back?.grpc) };
}

/** Whether a code page has anything gRPC-specific to say: only codes one of the two tables names. */
export function grpcMentions(code: number, data: GrpcFile): boolean {
  return data.toHttp.some((c) => c.http === code) || data.fromHttp.some((r) => r.http === code);
}
