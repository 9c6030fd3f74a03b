/**
 * Chromium through Playwright (scripts/harness/browser.ts picks Playwright's own build or Debian's):
 * page navigations (page.goto for GET, a submitted form for POST) and fetch() and WebSocket from a
 * script in a page of the test server's own origin. Three pages at a time for each; they share
 * one profile, so its kept-alive connections are reused as a page's requests reuse them.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { browserLaunchOptions } from '../../harness/browser.ts';
import { CREDENTIALS } from '../server.ts';
import { BODY_PREFIX, pool, stableError, type Call, type Outcome, type Task } from '../tasks.ts';

export interface ChromiumRun {
  version: string;
  navigation: Outcome[];
  fetch: Outcome[];
}

const netError = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  return /net::ERR_[A-Z_0-9]+/.exec(message)?.[0] ?? stableError(message.split('\n')[0] ?? 'error');
};

/** What a page load that commits no new document (a 204, say) reports: the page stays as it was. */
const STAYS = 'stays on the current page';
const FORM_WAIT_MS = 5000;

async function navigateOnce(page: Page, task: Task, origin: string): Promise<Call> {
  try {
    let response;
    if (task.method === 'POST') {
      await page.goto(`${origin}/page`);
      // Wait for the answer to the form's POST, then for a new document; none within a moment
      // after the answer means the browser kept the page. Both waits are caught at once, so one
      // left behind cannot fail the run later.
      // A local answer comes in milliseconds: a form whose answer commits nothing (a 304) would
      // otherwise hold a page for the whole task timeout.
      const timeout = Math.min(task.timeoutMs, FORM_WAIT_MS);
      const answered = page.waitForResponse((r) => r.url() === task.url && r.request().method() === 'POST', { timeout }).catch(() => null);
      const committed = page.waitForNavigation({ timeout }).catch(() => null);
      await page
        .evaluate(
          ({ url, size }) => {
            const form = document.createElement('form');
            form.method = 'post';
            form.action = url;
            const field = document.createElement('input');
            field.type = 'hidden';
            field.name = 'b';
            // "b=" and the value: the body is exactly `size` bytes, form-encoded.
            field.value = 'x'.repeat(Math.max(0, size - 2));
            form.append(field);
            document.body.append(form);
            form.submit();
          },
          { url: task.url, size: task.body },
        )
        .catch(() => undefined);
      if (!(await answered)) return { status: null, error: 'no answer to the form’s POST', body: '' };
      const settled = await Promise.race([committed, new Promise<'stayed'>((r) => setTimeout(() => r('stayed'), 1500))]);
      if (settled === 'stayed') return { status: null, error: STAYS, body: '' };
      response = settled;
    } else {
      response = await page.goto(task.url, { timeout: task.timeoutMs });
    }
    const body = (await page.content()).slice(0, BODY_PREFIX);
    return { status: response?.status() ?? null, error: null, body };
  } catch (error) {
    let reason = netError(error);
    // A load that fails shows Chromium's error page, which names the network error.
    if (reason.includes('chrome-error://')) {
      const shown = await page.content().catch(() => '');
      reason = /net::ERR_[A-Z_0-9]+|ERR_[A-Z_0-9]+/.exec(shown)?.[0] ?? 'shows the browser’s error page';
      if (!reason.startsWith('net::') && reason.startsWith('ERR_')) reason = `net::${reason}`;
    }
    // Playwright reports a load that commits nothing (a 204 or 205) as aborted.
    return { status: null, error: reason === 'net::ERR_ABORTED' ? STAYS : reason, body: '' };
  }
}

async function navigate(page: Page, task: Task, origin: string): Promise<Outcome> {
  const calls: Call[] = [];
  for (let i = 0; i < task.times; i++) {
    // A navigation to the URL already shown counts as a reload; leave it first.
    if (i > 0) await page.goto('about:blank').catch(() => undefined);
    let call = await navigateOnce(page, task, origin);
    // A load that fails on the network is tried once more, after a moment, as a person would
    // reload: in these runs such failures came now and then, on any code, from the shared
    // browser rather than from the response. A failure the response causes fails twice. Only
    // where the server counts nothing: a second load would read as a retry, or as more hops.
    const repeatable = /^\/t\/(basic|nolocation)\//.test(task.path);
    if (repeatable && call.status === null && call.error !== null && call.error !== STAYS) {
      await page.goto('about:blank').catch(() => undefined);
      await page.waitForTimeout(200);
      call = await navigateOnce(page, task, origin);
    }
    calls.push(call);
  }
  // Give a hinted preload or a late request time to reach the server.
  if (task.path.startsWith('/t/hints/')) await page.waitForTimeout(1000);
  return { path: task.path, calls };
}

async function fetchInPage(page: Page, task: Task): Promise<Outcome> {
  if (task.kind === 'websocket') {
    const opened = await page.evaluate(
      ({ url, timeoutMs }) =>
        new Promise<boolean>((resolve) => {
          const socket = new WebSocket(url);
          const done = (ok: boolean): void => {
            clearTimeout(timer);
            socket.close();
            resolve(ok);
          };
          const timer = setTimeout(() => done(false), timeoutMs);
          socket.onopen = () => done(true);
          socket.onerror = () => done(false);
        }),
      task,
    );
    return { path: task.path, calls: [], opened };
  }
  const calls = await page.evaluate(async (t) => {
    const out: { status: number | null; error: string | null; body: string }[] = [];
    // A browser's request goes out on a connection it already holds, as a later request of a
    // visit does, and Chromium treats some answers on such a connection (a 408) as a sign that
    // the connection went stale, not the request: each retry test follows a request of its own.
    if (t.path.startsWith('/t/retry/')) await fetch('/page').then((r) => r.text());
    for (let i = 0; i < t.times; i++) {
      try {
        const r = await fetch(t.url, {
          method: t.method,
          ...(t.body > 0 && { body: 'x'.repeat(t.body) }),
          signal: AbortSignal.timeout(t.timeoutMs),
        });
        out.push({ status: r.status, error: null, body: (await r.text()).slice(0, 2000) });
      } catch (e) {
        const err = e as Error;
        out.push({ status: null, error: `throws ${err.name}: ${err.message}`, body: '' });
      }
    }
    return out;
  }, task);
  return { path: task.path, calls };
}

export async function runChromium(origin: string, navigation: readonly Task[], fetches: readonly Task[]): Promise<ChromiumRun> {
  const browser: Browser = await chromium.launch(browserLaunchOptions());
  try {
    // A self-signed certificate serves the HTTP/2 Early Hints test; nothing else is at stake.
    const plain = await browser.newContext({ ignoreHTTPSErrors: true });
    const signedIn: BrowserContext = await browser.newContext({ ignoreHTTPSErrors: true, httpCredentials: { ...CREDENTIALS } });
    const pages = await Promise.all([1, 2, 3].map(() => plain.newPage()));
    const authPage = await signedIn.newPage();
    const fetchPages = await Promise.all([1, 2, 3].map(() => plain.newPage()));
    const authFetchPage = await signedIn.newPage();
    await Promise.all([...fetchPages, authFetchPage].map((p) => p.goto(`${origin}/page`)));
    const freeFetch = [...fetchPages];

    const navTasks = navigation.filter((t) => t.kind !== 'credentials');
    const free = [...pages];
    const [nav, navAuth, fetched, fetchedAuth] = await Promise.all([
      pool(navTasks, pages.length, async (task) => {
        const page = free.pop() as Page;
        try {
          return await navigate(page, task, origin);
        } finally {
          free.push(page);
        }
      }),
      pool(
        navigation.filter((t) => t.kind === 'credentials'),
        1,
        (t) => navigate(authPage, t, origin),
      ),
      pool(
        fetches.filter((t) => t.kind !== 'credentials'),
        fetchPages.length,
        async (task) => {
          const page = freeFetch.pop() as Page;
          try {
            return await fetchInPage(page, task);
          } finally {
            freeFetch.push(page);
          }
        },
      ),
      pool(
        fetches.filter((t) => t.kind === 'credentials'),
        1,
        (t) => fetchInPage(authFetchPage, t),
      ),
    ]);
    return { version: browser.version(), navigation: [...nav, ...navAuth], fetch: [...fetched, ...fetchedAuth] };
  } finally {
    await browser.close();
  }
}
