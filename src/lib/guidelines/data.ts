/**
 * The one place that reads content/guidelines/guidelines.yaml and content/grpc/grpc.yaml, checked
 * against their schemas once per build. They are single files read whole by two pages and two
 * exports, not collections of entries, so they are read directly rather than through
 * src/content.config.ts; a file that fails its schema fails the build with the field named.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { z } from 'astro/zod';
import { grpcFileSchema, type GrpcFile } from '../grpc/schema.ts';
import { guidelinesFileSchema, type GuidelinesFile } from './schema.ts';

export const GUIDELINES_FILE = './content/guidelines/guidelines.yaml';
export const GRPC_FILE = './content/grpc/grpc.yaml';

function read<T extends z.ZodType>(path: string, schema: T): z.output<T> {
  const parsed = schema.safeParse(load(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${path}: ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid ${path}:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

let guidelines: GuidelinesFile | undefined;
let grpc: GrpcFile | undefined;

export function guidelinesData(): GuidelinesFile {
  guidelines ??= read(GUIDELINES_FILE, guidelinesFileSchema);
  return guidelines;
}

export function grpcData(): GrpcFile {
  grpc ??= read(GRPC_FILE, grpcFileSchema);
  return grpc;
}
