// Load from a second process: wrk against nginx on loopback.
import { execFileSync } from 'node:child_process';
import { findWrk } from '../harness/programs.ts';

export const LOAD_SECONDS = 8;

/** requests/s, p50 and p99 latency and errors from wrk, run as a second process. */
export function loadRun(url: string) {
  const wrk = findWrk();
  if (!wrk) return { skipped: 'wrk is not installed (Debian: apt-get install wrk)' };
  const out = execFileSync(wrk, ['-t2', '-c32', `-d${LOAD_SECONDS}s`, '--latency', '-H', 'Accept-Encoding: br, gzip', url], {
    encoding: 'utf8',
  });
  const latency = (p: string): number => {
    const m = new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s)`).exec(out);
    if (!m) return NaN;
    const value = Number(m[1]);
    return m[2] === 'us' ? value / 1000 : m[2] === 's' ? value * 1000 : value;
  };
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out);
  return {
    requestsPerSecond: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0)),
    p50ms: latency('50'),
    p99ms: latency('99'),
    errors: (errors ? errors.slice(1).reduce((s, n) => s + Number(n), 0) : 0) + Number(non2xx?.[1] ?? 0),
  };
}
