/**
 * Starts Debian's nginx with the project's server block (src/server/nginx-config.ts) on a free
 * loopback port, in a scratch folder, for the nginx tests and the benchmark's load run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nginxServerBlock } from '../../src/server/nginx-config.ts';
import { BROTLI_MODULE, findNginx } from './programs.ts';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningNginx {
  origin: string;
  port: number;
  /** The scratch folder with error.log and access.log. */
  dir: string;
  stop: () => Promise<void>;
}

export async function startNginx(root: string, listenPort?: number): Promise<RunningNginx> {
  const binary = findNginx();
  if (!binary) throw new Error('nginx is not installed (Debian: apt-get install nginx); npm test installs it on Debian as root');
  const port = listenPort ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  const brotli = existsSync(BROTLI_MODULE);
  const config = `${brotli ? `load_module ${BROTLI_MODULE};\n` : ''}${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 512; }
http {
    include /etc/nginx/mime.types;
    access_log ${join(dir, 'access.log')};
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}
${nginxServerBlock({ root, listen: `127.0.0.1:${port}`, brotli, https: false })}
}
`;
  writeFileSync(join(dir, 'nginx.conf'), config);
  const child = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}; see ${join(dir, 'error.log')}`);
    if (
      await fetch(origin).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    origin,
    port,
    dir,
    stop: async () => {
      child.kill('SIGQUIT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
