/**
 * Installs Debian packages when that is possible: on Debian or Ubuntu, as root (CI, a fresh
 * machine). Elsewhere it does nothing and the caller says what to install.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const canInstallDebian = (): boolean => process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

/** Installs the packages; returns the error text when apt-get fails, undefined when it worked. */
export function installDebian(packages: readonly string[], why: string): string | undefined {
  if (packages.length === 0 || !canInstallDebian()) return undefined;
  console.log(`Installing ${why} from Debian: ${packages.join(' ')}`);
  try {
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit' });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}
