/**
 * Which Chromium the tests drive: Playwright's own build where it is installed, otherwise the
 * system's (Debian's `chromium` package), since `playwright install` cannot download browsers
 * on every machine. scripts/ensure-tools.ts installs one before the tests if neither exists.
 */
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The path of a usable Chromium, or undefined. */
export function findChromium(): { path: string; bundled: boolean } | undefined {
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return { path: bundled, bundled: true };
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  return system ? { path: system, bundled: false } : undefined;
}

export function browserLaunchOptions(): LaunchOptions {
  const found = findChromium();
  return {
    ...(found && !found.bundled && { executablePath: found.path }),
    // Keep the browser from calling out: the tests must see only the site's own requests.
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  };
}
