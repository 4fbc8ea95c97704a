/**
 * Site search (issue #10, item 3; issue #19, part 5) on the built site:
 * Pagefind's index per language, the search page's results and filters, the
 * header field without JavaScript, no search code anywhere else, axe on
 * /recherche/; excerpts that separate labels from values, results labelled
 * with their type and region, "housing" finding what « logement » finds, and
 * the first result on screen at 375 px after a search from the header.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';
import { axeViolations } from './axe.ts';
import { DIST } from './dist.ts';
import { regionByCode } from '../../src/lib/contract/regions.ts';

interface Row { annee: string; region: string; titre: string; organisme: string; pratique_gagnante: boolean }

const rows = JSON.parse(readFileSync(join(DIST, 'donnees/initiatives.json'), 'utf8')) as Row[];
const latest = rows.map((r) => r.annee).sort().at(-1)!;
const winner = rows.find((r) => r.annee === latest && r.pratique_gagnante)!;
const region = regionByCode(winner.region)!;
// Until the practice pages are built, a practice's title has no page to find: search its region's name instead.
const practicePages = existsSync(join(DIST, 'pratiques', region.slug));
const query = practicePages ? winner.titre : region.name;
const expected = practicePages ? new RegExp(`/pratiques/${region.slug}/[^/]+/$`) : new RegExp(`/regions/${region.slug}/$`);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function results(page: Page): Promise<Array<{ href: string; title: string }>> {
  await page.locator('#recherche-statut').filter({ hasText: /\d|aucun|no result/i }).waitFor();
  return page.$$eval('#recherche-resultats li > a', (as) => as.map((a) => ({ href: new URL((a as HTMLAnchorElement).href).pathname, title: a.textContent ?? '' })));
}

describe('the search index', () => {
  it('has one index per language, and only current pages (no edition)', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en-ca', 'fr-ca']);
    // 17 regions + the priorities + the indicators page, at least, in each language.
    expect(entry.languages['fr-ca']!.page_count).toBeGreaterThanOrEqual(28);
    expect(entry.languages['en-ca']!.page_count).toBe(entry.languages['fr-ca']!.page_count);
    const edition = readFileSync(join(DIST, 'editions/2025-2026/regions/laval/index.html'), 'utf8');
    expect(edition).not.toContain('data-pagefind-body');
    expect(readFileSync(join(DIST, 'regions/laval/index.html'), 'utf8')).toContain('data-pagefind-body');
  });
});

describe('/recherche/ in Chromium', () => {
  for (const lang of ['fr', 'en'] as const) {
    const prefix = lang === 'fr' ? '' : '/en';
    it(`${prefix}/recherche/?q=… finds the page of « ${query} », in its language`, async () => {
      const { page, context, errors, foreign } = await openPage(browser, `${inject('baseUrl')}${prefix}/recherche/?q=${encodeURIComponent(query)}`);
      expect(await page.inputValue('#recherche-q')).toBe(query);
      const found = await results(page);
      const hit = found.find((r) => expected.test(r.href));
      expect(hit, JSON.stringify(found)).toBeDefined();
      expect(hit!.href.startsWith(`${prefix}/`)).toBe(true);
      if (lang === 'en') expect(found.every((r) => r.href.startsWith('/en/'))).toBe(true);
      else expect(found.some((r) => r.href.startsWith('/en/'))).toBe(false);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await context.close();
    });
  }

  it('the region filter keeps only that region\'s pages, and stays in the URL', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/recherche/?q=${encodeURIComponent(query)}`);
    await results(page);
    await page.selectOption('#recherche-region', region.slug);
    await page.waitForURL((u) => u.searchParams.get('region') === region.slug);
    await page.waitForFunction((slug) => {
      const hrefs = [...document.querySelectorAll('#recherche-resultats li > a')].map((a) => (a as HTMLAnchorElement).pathname);
      return hrefs.length > 0 && hrefs.every((h) => h.includes(`/${slug}/`));
    }, region.slug);
    await context.close();
  });

  for (const path of ['/', '/en/', '/regions/laval/']) {
    it(`${path} requests nothing from /pagefind/ (no search code until the field is used)`, async () => {
      const { page, context } = await openPage(browser, `${inject('baseUrl')}${path}`);
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await page.reload({ waitUntil: 'networkidle' });
      expect(requested.length).toBeGreaterThan(0);
      expect(requested.filter((u) => u.includes('pagefind'))).toEqual([]);
      await context.close();
    });
  }

  for (const [path, target] of [['/regions/laval/', '/recherche/'], ['/en/indicateurs/', '/en/recherche/']] as const) {
    it(`without JavaScript, the header field of ${path} goes to ${target}?q=…`, async () => {
      const { page, context } = await openPage(browser, `${inject('baseUrl')}${path}`, { javaScript: false, width: 375 });
      await page.fill('#piv-recherche', 'sécurité alimentaire');
      await Promise.all([page.waitForURL(`**${target}?q=*`), page.press('#piv-recherche', 'Enter')]);
      const url = new URL(page.url());
      expect(url.pathname).toBe(target);
      expect(url.searchParams.get('q')).toBe('sécurité alimentaire');
      // The search page has its own form, not a second one in the header.
      expect(await page.locator('#piv-recherche').count()).toBe(0);
      await context.close();
    });
  }

  for (const prefix of ['', '/en']) {
    for (const width of [375, 1280]) {
      it(`${prefix}/recherche/ with results has no axe violation at ${width} px`, async () => {
        const { page, context } = await openPage(browser, `${inject('baseUrl')}${prefix}/recherche/?q=${encodeURIComponent(query)}`, { width });
        await results(page);
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }

  // Pagefind's own API in the page, every result's URL (the page shows them ten at a time).
  async function urlsFound(prefix: string, term: string): Promise<string[]> {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}${prefix}/recherche/`);
    // A string, not a function: vitest would rewrite a function's import() for Node.
    const urls = (await page.evaluate(`(async () => {
      const pf = await import(location.origin + '/pagefind/pagefind.js');
      const found = await pf.search(${JSON.stringify(term)});
      return Promise.all(found.results.map(async (r) => (await r.data()).url));
    })()`)) as string[];
    await context.close();
    return urls;
  }

  it('"housing" on /en/recherche/ finds every practice « logement » finds on /recherche/ (the English pages carry the English words of their French text)', async () => {
    const practices = (urls: string[]): string[] => urls.filter((u) => /\/pratiques\/[^/]+\/[^/]+\/$/.test(u)).map((u) => u.replace(/^\/en\//, '/'));
    const logement = practices(await urlsFound('', 'logement'));
    const housing = practices(await urlsFound('/en', 'housing'));
    expect(logement.length).toBeGreaterThan(0);
    expect(housing.length).toBeGreaterThanOrEqual(logement.length);
    expect(logement.filter((u) => !housing.includes(u))).toEqual([]);
    // The French labels of what English pages show in English are searchable there too.
    expect(practices(await urlsFound('/en', 'habitation')).length).toBeGreaterThan(0);
  });

  for (const [prefix, term, label] of [['', 'porteur', 'Organisme porteur :'], ['/en', 'lead', 'Lead organisation:']] as const) {
    it(`${prefix}/recherche/: excerpts separate a label from its value (« ${label} … »)`, async () => {
      const { page, context } = await openPage(browser, `${inject('baseUrl')}${prefix}/recherche/?q=${encodeURIComponent(term)}`);
      await results(page);
      const excerpts = (await page.$$eval('#recherche-resultats li > p:last-child', (ps) => ps.map((p) => p.textContent ?? ''))).map((e) => e.replace(/\s+/g, ' '));
      const [word] = label.split(/ ?:/);
      const withLabel = excerpts.filter((e) => e.includes(word!));
      expect(withLabel.length, JSON.stringify(excerpts)).toBeGreaterThan(0);
      // Each time the label shows, its separator follows, then a space and the value (unless the excerpt ends there).
      const after = withLabel.flatMap((e) => e.split(word!).slice(1));
      for (const a of after) expect(a, JSON.stringify(withLabel)).toMatch(/^ ?:( \S|$)/);
      expect(after.some((a) => /^ ?: \S/.test(a)), JSON.stringify(withLabel)).toBe(true);
      await context.close();
    });
  }

  for (const lang of ['fr', 'en'] as const) {
    const prefix = lang === 'fr' ? '' : '/en';
    it(`${prefix}/recherche/: each result says its type and region (« ${lang === 'fr' ? 'Pratique' : 'Practice'} · ${region.name} », « ${lang === 'fr' ? 'Région' : 'Region'} »)`, async () => {
      const { page, context } = await openPage(browser, `${inject('baseUrl')}${prefix}/recherche/?q=${encodeURIComponent(region.name)}`);
      await results(page);
      const shown = await page.$$eval('#recherche-resultats li', (lis) => lis.map((li) => ({
        href: new URL(li.querySelector('a')!.href).pathname,
        kind: li.querySelector('.search__kind')?.textContent ?? '',
      })));
      const regionPage = shown.find((r) => r.href === `${prefix}/regions/${region.slug}/`);
      expect(regionPage?.kind, JSON.stringify(shown)).toBe(lang === 'fr' ? 'Région' : 'Region');
      const practice = shown.find((r) => r.href.startsWith(`${prefix}/pratiques/${region.slug}/`));
      expect(practice?.kind, JSON.stringify(shown)).toBe(`${lang === 'fr' ? 'Pratique' : 'Practice'} · ${region.name}`);
      expect(shown.every((r) => r.kind.length > 0)).toBe(true);
      await context.close();
    });

    it(`${prefix}/recherche/: a match in one indicator's section leads to that indicator, labelled « ${lang === 'fr' ? 'Indicateur' : 'Indicator'} »`, async () => {
      const { page, context } = await openPage(browser, `${inject('baseUrl')}${prefix}/recherche/?q=${lang === 'fr' ? 'gouvernance' : 'governance'}`);
      await results(page);
      const first = await page.$eval('#recherche-resultats li', (li) => ({ href: new URL(li.querySelector('a')!.href), text: li.querySelector('a')!.textContent ?? '', kind: li.querySelector('.search__kind')?.textContent ?? '' }));
      expect(first.href.pathname).toBe(`${prefix}/indicateurs/`);
      expect(first.href.hash).toMatch(/^#.+/);
      expect(first.text).toMatch(/^1\.1 — /);
      expect(first.kind).toBe(lang === 'fr' ? 'Indicateur' : 'Indicator');
      await context.close();
    });

    it(`at 375 × 667 px, a search from ${prefix}/regions/laval/'s header shows its first result on screen`, async () => {
      const { page, context } = await openPage(browser, `${inject('baseUrl')}${prefix}/regions/laval/`, { width: 375, fresh: true });
      await page.setViewportSize({ width: 375, height: 667 });
      await page.fill('#piv-recherche', lang === 'fr' ? 'logement' : 'housing');
      await Promise.all([page.waitForURL('**/recherche/?q=*'), page.press('#piv-recherche', 'Enter')]);
      await results(page);
      await page.waitForFunction(() => document.querySelector('#recherche-resultats li a') !== null);
      const box = await page.locator('#recherche-resultats li a').first().evaluate((a) => {
        const r = a.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, height: window.innerHeight };
      });
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(box.height);
      await context.close();
    });
  }
});
