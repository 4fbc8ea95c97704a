/**
 * What loading a page transfers, as the page-weight budgets count it
 * (scripts/bench/pages.ts, test/browser/embed.test.ts): the bodies of every
 * response Chromium receives until `load` at the given width (HTML, font,
 * scripts, eager images), before compression (the test server does not
 * compress); lazy images below the first screen are not fetched and do not
 * count.
 */
import type { Browser } from 'playwright-core';

export async function pageTransfer(browser: Browser, url: string, width = 375): Promise<number> {
  const context = await browser.newContext({ viewport: { width, height: 812 } });
  try {
    const tab = await context.newPage();
    let bytes = 0;
    const pending: Promise<void>[] = [];
    tab.on('response', (r) => {
      pending.push(r.body().then((b) => void (bytes += b.length), () => undefined));
    });
    await tab.goto(url, { waitUntil: 'load' });
    await Promise.all(pending);
    return bytes;
  } finally {
    await context.close();
  }
}
