/**
 * The caches, installed from Debian when missing (on Debian as root, as scripts/ensure-tools.ts
 * does for the test tools, and with it under --caches). A cache still missing afterwards is
 * returned with the reason, for the output and the data file: never skipped silently.
 */
import { existsSync } from 'node:fs';
import type { CacheId } from '../../src/lib/caches/schema.ts';
import { canInstallDebian, installDebian } from '../harness/debian.ts';
import { DRIVERS } from './drivers/index.ts';

/** One Debian package per program, with the binary that shows it is there. */
export const CACHE_NEEDS: readonly { what: string; debian: string; binary: string; caches: CacheId[] }[] = Object.values(
  Object.values(DRIVERS).reduce<Record<string, { what: string; debian: string; binary: string; caches: CacheId[] }>>((byPackage, d) => {
    (byPackage[d.debian] ??= { what: d.program, debian: d.debian, binary: d.binary, caches: [] }).caches.push(d.id);
    return byPackage;
  }, {}),
);

/** Installs what is missing where it can; returns, per cache still missing, why. */
export function ensureCaches(): Map<CacheId, string> {
  const absent = () => CACHE_NEEDS.filter((n) => !existsSync(n.binary));
  const failed = installDebian(
    absent().map((n) => n.debian),
    'the caches the harness measures',
  );
  const missing = new Map<CacheId, string>();
  for (const need of absent()) {
    const how = canInstallDebian()
      ? `apt-get install ${need.debian} failed${failed ? `: ${failed}` : ''}`
      : `not installed (on Debian: sudo apt-get install ${need.debian})`;
    for (const id of need.caches) missing.set(id, `${need.what} ${how}`);
  }
  return missing;
}
