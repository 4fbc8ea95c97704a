/**
 * Issue #9, part 9, on the built site (no browser needed, but dist/): the
 * index pages of regions and priorities in every variant, the bilingual
 * 404 page, and linkable sections: every h2 of a long page has an id, the
 * same in French and English, and every "Sur cette page" link has a target.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { DIST } from './dist.ts';
import { REGIONS } from '../../src/lib/contract/regions.ts';
import { PRIORITIES } from '../../src/lib/contract/priorities.ts';

const page = (path: string): Document => parseHTML(readFileSync(join(DIST, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8')).document;

describe('index pages', () => {
  for (const root of ['', '/en', '/editions/2025-2026', '/en/editions/2025-2026']) {
    it(`${root}/regions/ links to the 17 regions and ${root}/priorites/ to every priority`, () => {
      const regions = page(`${root}/regions/`);
      const regionLinks = [...regions.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
      expect(regionLinks).toEqual(expect.arrayContaining(REGIONS.map((r) => `${root}/regions/${r.slug}/`)));
      expect(regions.querySelectorAll('main tbody tr')).toHaveLength(REGIONS.length);
      const priorities = page(`${root}/priorites/`);
      const priorityLinks = [...priorities.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
      expect(priorityLinks).toEqual(expect.arrayContaining(PRIORITIES.map((p) => `${root}/priorites/${p.code}/`)));
    });
  }

  it('are first in their header menus, and in the sitemap', () => {
    const home = page('/');
    expect(home.querySelector('.nav__menu .nav__sub a')?.getAttribute('href')).toBe('/regions/');
    expect(home.querySelectorAll('.nav__menu .nav__sub a')[REGIONS.length + 1]?.getAttribute('href')).toBe('/priorites/');
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toMatch(/<loc>[^<]*\/regions\/<\/loc>/);
    expect(sitemap).toMatch(/<loc>[^<]*\/en\/priorites\/<\/loc>/);
    expect(sitemap).not.toMatch(/404/);
  });
});

describe('404 page', () => {
  it('is one page in French then English, with links home and to the regions, and is not indexed', () => {
    expect(existsSync(join(DIST, '404.html'))).toBe(true);
    const doc = page('404.html');
    expect(doc.documentElement.getAttribute('lang')).toBe('fr-CA');
    expect(doc.querySelector('h1')?.textContent).toBe('Page introuvable');
    const english = doc.querySelector('main [lang="en-CA"]');
    expect(english?.querySelector('h2')?.textContent).toBe('Page not found');
    expect([...english!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/en/', '/en/regions/', '/en/priorites/']);
    expect([...doc.querySelectorAll('main section:first-child a')].map((a) => a.getAttribute('href'))).toEqual(['/', '/regions/', '/priorites/']);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    // Both languages are on the page: no switch to a /en/404 that does not exist.
    expect(doc.querySelector('.piv__lang')).toBeNull();
  });
});

const LONG_PAGES = [
  '/',
  '/regions/',
  '/priorites/',
  ...REGIONS.map((r) => `/regions/${r.slug}/`),
  ...PRIORITIES.map((p) => `/priorites/${p.code}/`),
  '/indicateurs/',
  '/donnees/',
  '/methodologie/',
  '/editions/2024-2025/regions/monteregie/',
];

describe('section ids', () => {
  for (const path of LONG_PAGES) {
    it(`${path}: every h2 has an id, the same on /en${path}; the table of contents points at them`, () => {
      const ids = (doc: Document): Array<string | null> => [...doc.querySelectorAll('main h2')].map((h) => h.closest('section[id]')?.id ?? h.getAttribute('id'));
      const fr = page(path);
      const en = page(`/en${path}`);
      expect(ids(fr).filter((id) => !id)).toEqual([]);
      expect(ids(en)).toEqual(ids(fr));
      for (const doc of [fr, en]) {
        const all = [...doc.querySelectorAll('[id]')].map((e) => e.id);
        expect(all.filter((id, i) => all.indexOf(id) !== i), 'duplicate ids').toEqual([]);
        for (const a of doc.querySelectorAll('.toc a')) {
          const id = a.getAttribute('href')!.slice(1);
          expect(doc.getElementById(id), `#${id}`).not.toBeNull();
        }
      }
    });
  }

  for (const path of ['/regions/monteregie/', '/indicateurs/', '/donnees/', '/methodologie/', '/priorites/prevention/']) {
    it(`${path} has a table of contents`, () => {
      expect(page(path).querySelectorAll('.toc a').length).toBeGreaterThan(1);
    });
  }
});
