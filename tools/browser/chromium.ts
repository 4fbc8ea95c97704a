/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser).
 * Every page is watched for console errors and requests to another host.
 */
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
  });
}

export interface Watched {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  /** Requests to any host other than the test server's. */
  readonly foreign: string[];
}

export interface OpenOptions {
  width?: number;
  javaScript?: boolean;
  /**
   * A context of its own, closed by `context.close()`: for a test that
   * changes the context itself (offline, permissions, init scripts). Other
   * pages reuse an idle tab of the same width and JavaScript setting: a new
   * context costs a renderer process, three times a page load here.
   */
  fresh?: boolean;
}

type Key = string;
const idle = new WeakMap<Browser, Map<Key, Page[]>>();
const shared = new WeakMap<Browser, Map<Key, Promise<BrowserContext>>>();

function sharedContext(browser: Browser, key: Key, width: number, javaScript: boolean): Promise<BrowserContext> {
  let byKey = shared.get(browser);
  if (!byKey) shared.set(browser, (byKey = new Map()));
  let context = byKey.get(key);
  if (!context) {
    context = browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: javaScript, locale: 'fr-CA' });
    byKey.set(key, context);
  }
  return context;
}

/**
 * Opens `url` in a tab watched for console errors and foreign requests.
 * `context.close()` ends the visit: a fresh context closes; a reused tab
 * loses its listeners, routes and emulated media and waits for the next
 * visit (each visit loads its document anew, and no test keeps storage).
 */
export async function openPage(browser: Browser, url: string, options: OpenOptions = {}): Promise<Watched> {
  const width = options.width ?? 1280;
  const javaScript = options.javaScript ?? true;
  let page: Page;
  let context: BrowserContext;
  if (options.fresh) {
    context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: javaScript, locale: 'fr-CA' });
    page = await context.newPage();
  } else {
    const key = `${width}|${javaScript}`;
    let pool = idle.get(browser);
    if (!pool) idle.set(browser, (pool = new Map()));
    const free = pool.get(key) ?? [];
    pool.set(key, free);
    const real = await sharedContext(browser, key, width, javaScript);
    page = free.pop() ?? (await real.newPage());
    const tab = page;
    const release = async (): Promise<void> => {
      tab.removeAllListeners();
      await tab.unrouteAll({ behavior: 'ignoreErrors' });
      await tab.emulateMedia({ media: null });
      if (tab.viewportSize()?.width !== width) await tab.setViewportSize({ width, height: 900 });
      free.push(tab);
    };
    context = new Proxy(real, {
      get(target, prop, receiver) {
        if (prop === 'close') return release;
        if (prop === 'setOffline' || prop === 'grantPermissions' || prop === 'addInitScript' || prop === 'newPage' || prop === 'route') {
          return () => {
            throw new Error(`openPage: context.${String(prop)} changes a shared context; open the page with { fresh: true }`);
          };
        }
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  }
  const errors: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(url).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, errors, foreign };
}
