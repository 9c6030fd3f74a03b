import type { APIRoute } from 'astro';
import { grpcData } from '../lib/guidelines/data.ts';
import { GRPC, HOME } from '../lib/site/paths.ts';

/** The google.rpc.Code → HTTP and HTTP → gRPC mappings, for tools, with their sources. */
export const GET: APIRoute = ({ site }) => {
  const absolute = (path: string): string => new URL(path, site).href;
  const { version, ...data } = grpcData();
  return new Response(JSON.stringify({ version, site: absolute(HOME), page: absolute(GRPC), ...data }, null, 1), {
    headers: { 'Content-Type': 'application/json' },
  });
};
