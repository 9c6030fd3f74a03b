// Lines pasted from servers the catalogue did not cover when they were captured (Varnish, Squid,
// HAProxy, lighttpd, Caddy, Tomcat, PHP-FPM, gunicorn, uvicorn, Werkzeug, Go net/http, Fastify,
// Koa): each produced here by running the program a second time, with other hosts, paths, sizes
// and ports than the catalogue's own entries show, so the search is not tuned to them. One file
// per group in tests/fixtures/pasted-heldout/: `status[,status]<TAB>program<TAB>line`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../../../scripts/harness/repo.ts';

const FOLDER = repoPath('tests/fixtures/pasted-heldout');

export interface HeldOutLine {
  line: string;
  right: number[];
  program: string;
  file: string;
}

export function heldOutLines(): HeldOutLine[] {
  return readdirSync(FOLDER)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .flatMap((file) =>
      readFileSync(join(FOLDER, file), 'utf8')
        .split('\n')
        .filter((row) => row.trim() !== '')
        .map((row, i) => {
          const [statuses = '', program = '', ...rest] = row.split('\t');
          const right = statuses.split(',').map(Number);
          const line = rest.join('\t');
          if (right.some((c) => !Number.isInteger(c) || c < 100 || c > 599) || program === '' || line === '')
            throw new Error(`${file}:${i + 1}: expected "status[,status]<TAB>program<TAB>line"`);
          return { line, right, program, file };
        }),
    );
}
