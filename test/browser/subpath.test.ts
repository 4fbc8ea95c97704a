/**
 * Deployment under a sub-path (contract §9, issue #7): the sample built with
 * BASE_PATH=/sous-dossier/ and SITE_URL=https://example.org, served under
 * /sous-dossier/ only (anything outside it is a 404). In Chromium, a sample
 * of pages loads every resource it asks for, and every internal link, image,
 * download and chart file it names answers 200; canonical, hreflang,
 * sitemap and robots.txt carry the absolute URLs; and no file of the build,
 * the editions' ZIPs included, names localhost (issue #19: a build for
 * publication cannot carry it silently).
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';
import { serve } from '../../tools/browser/server.ts';
import { buildInto } from '../build/build.ts';

const BASE = '/sous-dossier/';
const SITE = 'https://example.org';
const SAMPLE = ['', 'regions/nord-du-quebec/', 'priorites/prejuges/', 'indicateurs/', 'pratiques/', 'donnees/', 'methodologie/', 'en/', 'en/regions/laval/', 'en/donnees/',
  // Issue #9: the index pages, and the 404 page a host serves at any depth (its links carry the base path).
  'regions/', 'en/priorites/', '404.html',
  // Issue #11: the partners' guide (links to the checker, the templates and the data page's #modeles).
  'partenaires/', 'en/partenaires/',
  // The checker: its worker and script must load under the base path too.
  'verifier/', 'en/verifier/',
  // Issue #19: embed pages, current and frozen (their links back, chart files and the table's links).
  'integrer/carte-regions-2025-2026/', 'en/editions/2024-2025/integrer/carte-regions-2024-2025/'];

let browser: Browser;
let dist: string;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  dist = buildInto('sous-dossier', { BASE_PATH: BASE, SITE_URL: SITE });
  server = await serve(dist, BASE);
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) rmSync(dirname(dist), { recursive: true, force: true });
});

describe(`a build served under ${BASE}`, () => {
  it('names localhost nowhere: no text file of dist/ and no file inside an edition\'s ZIP', () => {
    const found: string[] = [];
    const TEXT = /\.(html|xml|json|csv|txt|md|js|mjs|css|svg|webmanifest)$/;
    for (const e of readdirSync(dist, { recursive: true, withFileTypes: true })) {
      if (!e.isFile()) continue;
      const file = join(e.parentPath, e.name);
      const rel = file.slice(dist.length);
      if (TEXT.test(e.name) && /localhost/i.test(readFileSync(file, 'utf8'))) found.push(rel);
      if (e.name.endsWith('.zip')) {
        for (const [entry, bytes] of Object.entries(unzipSync(readFileSync(file)))) {
          if (TEXT.test(entry) && /localhost/i.test(new TextDecoder().decode(bytes))) found.push(`${rel}#${entry}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('serves nothing outside the sub-path (the test would catch a root-relative link)', async () => {
    expect((await fetch(`${server.url}/regions/laval/`)).status).toBe(404);
    expect((await fetch(`${server.url}${BASE}regions/laval/`)).status).toBe(200);
  });

  for (const path of SAMPLE) {
    it(`${BASE}${path}: every resource loads, every internal link and file answers 200`, async () => {
      const { page, context, errors, foreign } = await openPage(browser, `${server.url}${BASE}${path}`, { width: 375 });
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      // Lazy images and the wide/narrow variants: ask for every target named in the page.
      const targets = await page.evaluate(() => {
        const urls = new Set<string>();
        for (const el of document.querySelectorAll('[href], [src], [srcset]')) {
          for (const attr of ['href', 'src', 'srcset']) {
            const v = el.getAttribute(attr);
            if (v && !v.startsWith('#') && !v.startsWith('mailto:')) urls.add(new URL(v.split(' ')[0]!, location.href).href);
          }
        }
        return [...urls];
      });
      const internal = targets.filter((u) => u.startsWith(server.url));
      // An embed page (issue #19) links its map's 17 regions, its CSV and its full page: fewer than a page of the site.
      expect(internal.length).toBeGreaterThan(path.includes('integrer/') ? 15 : 20);
      for (const u of internal) {
        expect(new URL(u).pathname.startsWith(BASE), u).toBe(true);
        const status = (await fetch(u)).status;
        if (status !== 200) failed.push(`${status} ${u}`);
      }
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await context.close();
    });
  }

  it('links the same page in the other language, and back, under the sub-path', async () => {
    const { page, context } = await openPage(browser, `${server.url}${BASE}regions/laval/`);
    await page.click('a.piv__lang');
    expect(new URL(page.url()).pathname).toBe(`${BASE}en/regions/laval/`);
    await page.click('a.piv__lang');
    expect(new URL(page.url()).pathname).toBe(`${BASE}regions/laval/`);
    await context.close();
  });

  // Site search (issue #10): Pagefind's bundle and index load from under the sub-path, and its results link there.
  for (const [path, hit] of [['recherche/', 'regions/laval/'], ['en/recherche/', 'en/regions/laval/']] as const) {
    it(`${BASE}${path}?q=Laval loads the search bundle under ${BASE} and finds ${BASE}${hit}`, async () => {
      const { page, context, errors, foreign } = await openPage(browser, `${server.url}${BASE}${path}?q=Laval`, { width: 375 });
      const pagefind: Array<{ url: string; status: number }> = [];
      page.on('response', (r) => {
        if (r.url().includes('pagefind')) pagefind.push({ url: new URL(r.url()).pathname, status: r.status() });
      });
      await page.locator('#recherche-resultats li').first().waitFor();
      const hrefs = await page.$$eval('#recherche-resultats li > a', (as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(hrefs).toContain(`${BASE}${hit}`);
      expect(hrefs.every((h) => h.startsWith(BASE))).toBe(true);
      expect(pagefind.length).toBeGreaterThan(0);
      expect(pagefind.filter((r) => !r.url.startsWith(`${BASE}pagefind/`) || r.status !== 200)).toEqual([]);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await context.close();
    });
  }

  it('gives embed snippets, oEmbed files and the resizing script under the sub-path (issue #19)', async () => {
    const html = readFileSync(join(dist, 'regions/laval/index.html'), 'utf8');
    expect(html).toContain(`&lt;iframe src="${SITE}${BASE}integrer/regions/laval/region-laval-statuts/"`);
    expect(html).toContain(`&lt;script src="${SITE}${BASE}integrer/ajuster.js" async>`);
    const edition = readFileSync(join(dist, 'editions/2024-2025/regions/laval/index.html'), 'utf8');
    expect(edition).toContain(`&lt;iframe src="${SITE}${BASE}editions/2024-2025/integrer/regions/laval/region-laval-statuts/"`);
    const embed = readFileSync(join(dist, 'en/integrer/regions/laval/region-laval-statuts/index.html'), 'utf8');
    expect(embed).toContain(`<link rel="alternate" type="application/json+oembed" href="${SITE}${BASE}en/integrer/regions/laval/region-laval-statuts/oembed.json">`);
    expect(embed).toContain(`href="${SITE}${BASE}en/regions/laval/#region-laval-statuts"`);
    const oembed = (await (await fetch(`${server.url}${BASE}en/integrer/regions/laval/region-laval-statuts/oembed.json`)).json()) as { html: string; provider_url: string };
    expect(oembed.html).toContain(`src="${SITE}${BASE}en/integrer/regions/laval/region-laval-statuts/"`);
    expect(oembed.provider_url).toBe(`${SITE}${BASE}en/`);
    expect((await fetch(`${server.url}${BASE}integrer/ajuster.js`)).status).toBe(200);
  });

  it('gives absolute canonical and hreflang URLs (fr-CA, en-CA, x-default)', () => {
    const html = readFileSync(join(dist, 'en/regions/laval/index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${SITE}${BASE}en/regions/laval/">`);
    expect(html).toContain(`<link rel="alternate" hreflang="fr-CA" href="${SITE}${BASE}regions/laval/">`);
    expect(html).toContain(`<link rel="alternate" hreflang="en-CA" href="${SITE}${BASE}en/regions/laval/">`);
    expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${SITE}${BASE}regions/laval/">`);
  });

  it('publishes sitemap.xml with every page and its language alternates, and robots.txt pointing to it', async () => {
    const robots = await (await fetch(`${server.url}${BASE}robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${SITE}${BASE}sitemap.xml`);
    const index = await (await fetch(`${server.url}${BASE}sitemap.xml`)).text();
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(parts.length).toBeGreaterThan(0);
    const locs: string[] = [];
    for (const part of parts) {
      expect(part.startsWith(`${SITE}${BASE}`)).toBe(true);
      const xml = await (await fetch(`${server.url}${new URL(part).pathname}`)).text();
      locs.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
      expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en-CA" href="${SITE}${BASE}en/regions/laval/"/>`);
    }
    expect(locs).toContain(`${SITE}${BASE}`);
    expect(locs).toContain(`${SITE}${BASE}en/regions/laval/`);
    // Every page of the build: current data and editions, both languages; not the embed pages (issue #19: noindex, for other sites' frames).
    const pages = readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith('index.html'));
    expect(pages.some((f) => f.includes('integrer/'))).toBe(true);
    expect(locs.length).toBe(pages.filter((f) => !/(^|\/)integrer\//.test(f)).length);
    expect(locs.filter((l) => l.includes('/integrer/'))).toEqual([]);
  });
});
