// Writes src/server/nginx.conf from src/server/nginx-config.ts (npm run nginx-conf). The file is
// for an HTTPS deployment; SITE_URL=http://... writes one without Strict-Transport-Security.
import { writeFileSync } from 'node:fs';
import { NGINX_DEFAULTS, nginxServerBlock } from '../src/server/nginx-config.ts';

const url = process.env['SITE_URL'];
writeFileSync(
  new URL('../src/server/nginx.conf', import.meta.url),
  nginxServerBlock({ ...NGINX_DEFAULTS, https: url === undefined || url.startsWith('https:') }),
);
console.log('wrote src/server/nginx.conf');
