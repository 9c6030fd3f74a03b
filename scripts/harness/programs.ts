/** Where the programs the tests and the benchmark drive are installed, if they are. */
import { existsSync } from 'node:fs';

const first = (paths: string[]): string | undefined => paths.find((p) => existsSync(p));

export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export const findNginx = (): string | undefined => first(['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']);

export const findWrk = (): string | undefined => first(['/usr/bin/wrk', '/usr/local/bin/wrk']);
