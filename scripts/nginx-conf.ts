// Writes src/server/nginx.conf from src/server/nginx-config.ts (npm run nginx-conf).
import { writeFileSync } from 'node:fs';
import { nginxServerBlock } from '../src/server/nginx-config.ts';

writeFileSync(new URL('../src/server/nginx.conf', import.meta.url), nginxServerBlock());
console.log('wrote src/server/nginx.conf');
