/**
 * Embeds on the built site (contract §5 and §10, issue #19 part 1): every
 * chart of a region page, a priority page and the home page has its embed
 * page, live and in each edition that has the chart (frozen), each within
 * 40 KB transferred as the page-weight bench counts it; the snippets, taken
 * from the charts' pages, embedded in a host page of another origin: the
 * frame shows the chart, the host's script fits its height (and again when
 * the reader opens the table), nothing is asked of a third host; axe on
 * embed pages at 320 px in both languages; the oEmbed discovery link; no
 * embed page in the sitemap or the search index.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame } from 'playwright-core';
import { DIST } from './dist.ts';
import { axeViolations } from './axe.ts';
import { launch, openPage } from '../../tools/browser/chromium.ts';
import { pageTransfer } from '../../tools/browser/transfer.ts';
import { serve } from '../../tools/browser/server.ts';

/** The origin the build's absolute URLs name (SITE_URL); the test server serves the same files elsewhere. */
const SITE = 'http://localhost:4321';
const EMBED_BUDGET = 40_000;

const doc = (path: string): Document => parseHTML(readFileSync(join(DIST, path, 'index.html'), 'utf8')).document;
/** The served path of an absolute URL of the build. */
const served = (url: string): string => new URL(url).pathname;
const figureIds = (path: string): string[] => [...doc(path).querySelectorAll('main figure.chart[id]')].map((f) => f.id);

let browser: Browser;
let base: string;
beforeAll(async () => {
  base = inject('baseUrl');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('embed pages of every chart of a region, a priority and the home page', () => {
  const pages = ['/', '/regions/laval/', '/priorites/prejuges/'];
  const editions = ['2024-2025', '2025-2026'];
  for (const path of pages) {
    it(`${path}: each chart has its embed page, live and frozen in each edition that has it, each ≤ 40 KB transferred`, async () => {
      const ids = figureIds(path);
      expect(ids.length).toBeGreaterThan(2);
      const embeds: string[] = [];
      for (const id of ids) {
        embeds.push(`/integrer${path}${id}/`);
        const frozen = editions.filter((e) => doc(`/editions/${e}${path}`).querySelector(`figure.chart[id="${id}"]`));
        for (const e of frozen) embeds.push(`/editions/${e}/integrer${path}${id}/`);
        // The chart's box gives the live snippet on the current page, the frozen one on an edition's.
        const box = doc(path).querySelector(`figure[id="${id}"] details.embed textarea`);
        expect(box?.textContent, id).toContain(`src="${SITE}/integrer${path}${id}/"`);
        for (const e of frozen) expect(doc(`/editions/${e}${path}`).querySelector(`figure[id="${id}"] details.embed textarea`)?.textContent, `${e} ${id}`).toContain(`src="${SITE}/editions/${e}/integrer${path}${id}/"`);
      }
      expect(embeds.some((e) => e.startsWith('/editions/'))).toBe(true);
      const over: string[] = [];
      for (const embed of embeds) {
        expect(existsSync(join(DIST, embed, 'index.html')), embed).toBe(true);
        expect(existsSync(join(DIST, 'en', embed, 'index.html')), `/en${embed}`).toBe(true);
        const bytes = await pageTransfer(browser, `${base}${embed}`);
        if (bytes > EMBED_BUDGET) over.push(`${embed} ${bytes}`);
      }
      expect(over).toEqual([]);
    });
  }
});

describe('an embed page', () => {
  const chart = '/integrer/regions/laval/region-laval-statuts/';
  const map = '/editions/2025-2026/integrer/carte-regions-2025-2026/';

  for (const path of [chart, `/en${chart}`, map, `/en${map}`]) {
    it(`${path}: axe finds nothing at 320 px; the chart, its sentence, its table on demand, source, data date, link back; no header`, async () => {
      const { page, context, errors, foreign } = await openPage(browser, `${base}${path}`, { width: 320 });
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.locator('header, nav, footer').count()).toBe(0);
      expect(await page.locator('figure.chart :is(svg, img):visible').count()).toBeGreaterThan(0);
      expect(await page.locator('.chart__summary:visible').count()).toBeGreaterThan(0);
      expect(await page.locator('details.chart__data').getAttribute('open')).toBeNull();
      expect(await page.locator('.chart__meta').textContent()).toMatch(/^Source/);
      expect(await page.locator('.embed-fictional').textContent()).toMatch(path.startsWith('/en/') ? /^Fictional data/ : /^Données fictives/);
      expect(await page.locator('.embed-foot').textContent()).toMatch(path.includes('editions') ? /2025–\u20602026/ : /mises à jour|updated/);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      const back = await page.locator('.embed-foot a').getAttribute('href');
      expect(existsSync(join(DIST, served(back!), 'index.html')), back!).toBe(true);
      // Nothing overflows sideways at 320 px but the table's own scrolling box.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await context.close();
    });
  }

  it('links its oEmbed file, an oEmbed 1.0 rich response for the same frame', async () => {
    for (const path of [chart, `/en${map}`]) {
      const href = doc(path).querySelector('link[rel="alternate"][type="application/json+oembed"]')?.getAttribute('href');
      expect(href).toBe(`${SITE}${path}oembed.json`);
      const response = await fetch(`${base}${served(href!)}`);
      expect(response.status).toBe(200);
      const o = (await response.json()) as Record<string, unknown>;
      expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Alliances pour la solidarité' });
      expect(o['html']).toContain(`<iframe src="${SITE}${path}"`);
      expect(typeof o['width'] === 'number' && typeof o['height'] === 'number').toBe(true);
    }
  });

  it('works without JavaScript: the chart and its table are there', async () => {
    const { page, context } = await openPage(browser, `${base}${chart}`, { width: 375, javaScript: false });
    expect(await page.locator('figure.chart :is(svg, img):visible').count()).toBeGreaterThan(0);
    await page.locator('details.chart__data summary').click();
    expect(await page.locator('details.chart__data table').isVisible()).toBe(true);
    await context.close();
  });

  it('is in neither the sitemap nor the search index', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/regions/laval/');
    expect(sitemap).not.toContain('/integrer/');
    expect(doc(chart).querySelector('[data-pagefind-body]')).toBeNull();
  });
});

describe('a host page of another site with two embedded charts', () => {
  // The host: another origin (its own server on loopback; Chromium refuses a public page's frames to loopback).
  let host: { url: string; close: () => Promise<void> };
  let folder: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'alliances-hote-'));
    host = await serve(folder);
  });
  afterAll(async () => {
    await host?.close();
    rmSync(folder, { recursive: true, force: true });
  });
  /** Opens a host page made of `body`. */
  const hostPage = async (name: string, body: string): Promise<string> => {
    writeFileSync(join(folder, `${name}.html`), `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Table régionale</title></head><body>${body}</body></html>`);
    return `${host.url}/${name}.html`;
  };

  /** The snippet of a chart as its page offers it, pointed at the test server. */
  const snippet = (path: string, id: string): string =>
    // linkedom keeps a textarea's character references as written: decode them as a browser would.
    doc(path).querySelector(`figure[id="${id}"] details.embed textarea`)!.textContent!.replaceAll('&lt;', '<').replaceAll('&amp;', '&').replaceAll(SITE, base);

  it('shows each chart in its frame, fits each frame to its content (again when the table opens), and asks no third host', async () => {
    const live = snippet('/regions/laval/', 'region-laval-statuts');
    const frozen = snippet('/editions/2024-2025/regions/laval/', 'region-laval-statuts');
    expect(frozen).toContain('/editions/2024-2025/integrer/');
    const url = await hostPage('deux', `<h1>Notre région</h1>${live}<p>Texte</p>${frozen}`);
    const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const hosts = new Set<string>();
    page.on('request', (r) => void hosts.add(new URL(r.url()).origin));
    await page.goto(url, { waitUntil: 'load' });
    const frames = page.locator('iframe');
    expect(await frames.count()).toBe(2);
    const fitted = async (i: number): Promise<number> => {
      await page.waitForFunction((n) => document.querySelectorAll('iframe')[n]!.style.height !== '', i);
      return page.evaluate((n) => document.querySelectorAll('iframe')[n]!.getBoundingClientRect().height, i);
    };
    const contentHeight = (f: Frame): Promise<number> => f.evaluate(() => document.documentElement.getBoundingClientRect().height);
    for (const i of [0, 1]) {
      // Lazy frames load as they come near the screen.
      await frames.nth(i).scrollIntoViewIfNeeded();
      const inner = frames.nth(i).contentFrame();
      await inner.locator('figure.chart :is(svg, img)').first().waitFor();
      const frame = page.frames().find((f) => f.url() === `${base}${i === 0 ? '' : '/editions/2024-2025'}/integrer/regions/laval/region-laval-statuts/`)!;
      expect(await inner.locator('figure.chart :is(svg, img):visible').count()).toBeGreaterThan(0);
      const height = await fitted(i);
      // The snippet's height was a guess; the script sets the content's height (rounded up).
      expect(Math.abs(height - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
      await inner.locator('details.chart__data summary').click();
      await page.waitForFunction(([n, h]) => document.querySelectorAll('iframe')[n!]!.getBoundingClientRect().height > h! + 50, [i, height]);
      expect(Math.abs((await page.evaluate((n) => document.querySelectorAll('iframe')[n]!.getBoundingClientRect().height, i)) - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
    }
    expect(await frames.nth(1).getAttribute('src')).toContain('/editions/2024-2025/integrer/');
    expect([...hosts].sort()).toEqual([host.url, new URL(base).origin].sort());
    await context.close();
  });

  it('ajuster.js stays under 1 KB and ignores a message from a window that is not one of its frames', async () => {
    const script = readFileSync(join(DIST, 'integrer/ajuster.js'));
    expect(script.length).toBeLessThanOrEqual(1024);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(await hostPage('une', snippet('/', figureIds('/')[1]!)), { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '');
    const before = await page.evaluate(() => document.querySelector('iframe')!.style.height);
    // The host page itself (not a frame) posts a height: nothing changes.
    // Listeners run in the order they were added: once this one has the message, ajuster.js's has had it.
    await page.evaluate(() => new Promise((done) => {
      addEventListener('message', () => done(null), { once: true });
      window.postMessage({ 'alliances-hauteur': 5 }, '*');
    }));
    expect(await page.evaluate(() => document.querySelector('iframe')!.style.height)).toBe(before);
    await context.close();
  });
});
