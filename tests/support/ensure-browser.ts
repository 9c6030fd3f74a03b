// Runs before the tests (npm test): makes sure a Chromium exists. On Debian as root (CI, a fresh
// machine) it installs the `chromium` package; anywhere else it says what to install and stops,
// rather than letting every test fail on a missing browser.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.ts';

let found = findChromium();
if (!found && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log("No Chromium found: installing Debian's chromium package...");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  found = findChromium();
}
if (!found) {
  console.error(
    'The browser tests need Chromium and none was found. Install one of:\n' +
      '  Debian or Ubuntu:  sudo apt-get install chromium\n' +
      '  anywhere else:     npx playwright install chromium',
  );
  process.exit(1);
}
console.log(`Browser for the tests: ${found.path}`);
