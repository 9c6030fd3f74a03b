/**
 * The shape of content/grpc/grpc.yaml: the 17 google.rpc.Code values with the HTTP status that
 * googleapis' code.proto gives each, and the table gRPC clients apply the other way, to an HTTP
 * response that carries no grpc-status. The two are published separately and are not inverses;
 * /grpc/ shows both and src/lib/guidelines/per-code.ts takes the lines for one code from them.
 * Imports nothing from Astro's runtime, so Node runs it directly.
 */
import { z } from 'astro/zod';

const httpsUrl = () => z.url({ protocol: /^https$/, error: 'must be an https:// URL' });
const statusCode = () => z.number().int().min(100).max(599);

/** A gRPC code's name as in code.proto: "NOT_FOUND". */
export const GRPC_NAME = /^[A-Z]+(_[A-Z]+)*$/;

export const sourceSchema = z.object({
  id: z.enum(['code-proto', 'http-grpc-mapping', 'grpc-core', 'grpc-go', 'grpc-java']),
  /** "googleapis google/rpc/code.proto" */
  title: z.string().min(5).max(80),
  url: httpsUrl(),
  /** The commit read, and its date where known. */
  commit: z.string().min(7).max(80),
  read: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export const grpcCodeSchema = z.object({
  name: z.string().regex(GRPC_NAME, 'must be a code name such as NOT_FOUND'),
  number: z.number().int().min(0).max(16),
  /** What the code means, in our own words. */
  meaning: z.string().min(20).max(200),
  /** The HTTP status code.proto's comment gives it ("HTTP Mapping: 404 Not Found"). */
  http: statusCode(),
});

export const fromHttpSchema = z.object({
  http: statusCode(),
  grpc: z.string().regex(GRPC_NAME),
  /** Where an implementation or an earlier version of the table differs. */
  note: z.string().min(10).max(240).optional(),
});

export const grpcFileSchema = z.object({
  /** Bumped when the shape of the JSON export changes. */
  version: z.literal(1),
  sources: z.array(sourceSchema).min(2),
  /** google.rpc.Code → HTTP, from code.proto. */
  toHttp: z.array(grpcCodeSchema).length(17),
  /** HTTP → gRPC, for a response without grpc-status, from doc/http-grpc-status-mapping.md. */
  fromHttp: z.array(fromHttpSchema).min(5),
  /** What every other HTTP code becomes. */
  otherwise: z.string().regex(GRPC_NAME),
  /** Why the two tables disagree, a few short paragraphs of our own. */
  asymmetry: z.array(z.string().min(40).max(600)).min(2).max(6),
});

export type GrpcFile = z.output<typeof grpcFileSchema>;
export type GrpcCode = z.output<typeof grpcCodeSchema>;
export type FromHttp = z.output<typeof fromHttpSchema>;
