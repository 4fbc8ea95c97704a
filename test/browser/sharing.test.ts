/**
 * Issue #10, item 4, on the built site: link-preview metadata with absolute
 * URLs and an existing 1200×630 card on each kind of page, both feeds valid
 * and linked from /pratiques/, and the copy-link button (a plain link to the
 * canonical URL without JavaScript; "Lien copié" announced with it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DIST } from './dist.ts';
import { launch, openPage } from '../../tools/browser/chromium.ts';
import { atomProblems } from '../atom.ts';

const page = (path: string): Document => parseHTML(readFileSync(join(DIST, path, 'index.html'), 'utf8')).document;
const meta = (doc: Document, key: string): string | null => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
const firstPractice = (): string => {
  const doc = page('/pratiques/');
  const href = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href') ?? '').find((h) => /^\/pratiques\/[^/]+\/[^/]+\/$/.test(h) && !h.startsWith('/pratiques/priorite/'));
  if (!href) throw new Error('no practice link on /pratiques/');
  return href;
};

describe('link previews', () => {
  const paths = ['/', '/en/', '/regions/laval/', '/en/regions/laval/', '/editions/2025-2026/regions/laval/', '/pratiques/'];
  for (const path of paths) {
    it(`${path} has Open Graph and Twitter metadata with an existing card`, () => {
      const doc = page(path);
      const lang = path.startsWith('/en/') ? 'en' : 'fr';
      for (const key of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name', 'og:image:alt', 'twitter:card']) expect(meta(doc, key), key).toBeTruthy();
      expect(meta(doc, 'og:locale')).toBe(lang === 'fr' ? 'fr_CA' : 'en_CA');
      expect(meta(doc, 'og:locale:alternate')).toBe(lang === 'fr' ? 'en_CA' : 'fr_CA');
      expect(meta(doc, 'og:url')).toBe(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
      expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
      const image = meta(doc, 'og:image')!;
      expect(image).toMatch(/^https?:\/\/[^/]+\/.*\.png$/);
      expect(meta(doc, 'twitter:image')).toBe(image);
      const file = join(DIST, new URL(image).pathname);
      expect(existsSync(file), file).toBe(true);
      const png = readFileSync(file);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    });
  }

  it('region and practice pages show their own card, per language', () => {
    expect(meta(page('/regions/laval/'), 'og:image')).toMatch(/\/partage\/regions\/laval-fr\.png$/);
    expect(meta(page('/en/regions/laval/'), 'og:image')).toMatch(/\/partage\/regions\/laval-en\.png$/);
    const practice = firstPractice();
    const doc = page(practice);
    expect(meta(doc, 'og:image')).toMatch(new RegExp(`/partage${practice.replace(/\/$/, '')}-fr\\.png$`));
    expect(meta(doc, 'og:type')).toBe('article');
  });
});

describe('Atom feeds', () => {
  for (const [path, lang] of [['/pratiques/flux.xml', 'fr'], ['/en/pratiques/flux.xml', 'en']] as const) {
    it(`${path} is valid Atom with one entry per practice, linked from the catalogue`, () => {
      const xml = readFileSync(join(DIST, path), 'utf8');
      expect(atomProblems(xml)).toEqual([]);
      expect(xml).toContain(`xml:lang="${lang}-CA"`);
      expect(xml.match(/<entry>/g)?.length).toBeGreaterThan(0);
      const link = page(lang === 'fr' ? '/pratiques/' : '/en/pratiques/').querySelector('link[rel="alternate"][type="application/atom+xml"]');
      expect(new URL(link!.getAttribute('href')!).pathname).toBe(path);
    });
  }

  it('date each practice by the first published edition that has it, not by one constant (issue #19, part 4)', () => {
    const xml = readFileSync(join(DIST, '/pratiques/flux.xml'), 'utf8');
    const published = [...xml.matchAll(/<published>([^<]+)<\/published>/g)].map((m) => m[1]!.slice(0, 10));
    expect(published).toHaveLength(xml.match(/<entry>/g)!.length);
    // The practices of the first edition's first revision: the rest appeared later.
    const manifest = JSON.parse(readFileSync('data/editions/2024-2025/edition.json', 'utf8')) as { publiee_le: string };
    const later = JSON.parse(readFileSync('data/editions/2025-2026/edition.json', 'utf8')) as { publiee_le: string };
    const rows = JSON.parse(readFileSync('data/editions/2024-2025/revision-1/initiatives.json', 'utf8')) as { region: string; id: string; pratique_gagnante: boolean | null }[];
    const first = new Set(rows.filter((r) => r.pratique_gagnante === true).map((r) => `${r.region}/${r.id}`)).size;
    expect(published.filter((d) => d === manifest.publiee_le)).toHaveLength(first);
    expect(published.filter((d) => d === later.publiee_le).length).toBeGreaterThan(0);
    expect(new Set(published).size).toBeGreaterThan(1);
  });

  it('exist for the current data only', () => {
    expect(existsSync(join(DIST, 'editions/2025-2026/pratiques/flux.xml'))).toBe(false);
    expect(page('/editions/2025-2026/pratiques/').querySelector('link[type="application/atom+xml"]')).toBeNull();
  });
});

describe('copy-link button', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is a plain link to the canonical URL without JavaScript', () => {
    for (const path of ['/regions/laval/', firstPractice()]) {
      const doc = page(path);
      const link = doc.querySelector('.copy-link a');
      expect(link?.getAttribute('href')).toBe(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    }
  });

  it('copies the URL and announces it with JavaScript', async () => {
    const { page: p, context, errors, foreign } = await openPage(browser, `${inject('baseUrl')}/regions/laval/`, { fresh: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await p.click('.copy-link a');
    await p.waitForFunction(() => document.querySelector('.copy-link [role="status"]')?.textContent === 'Lien copié');
    expect(p.url()).toMatch(/\/regions\/laval\/$/);
    const canonical = await p.getAttribute('link[rel="canonical"]', 'href');
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
