/**
 * Embeds (pageData/embed.ts, issue #19 part 1): goldens of an embed page
 * of a region chart in the current data and in an edition, both languages;
 * the oEmbed file as oEmbed 1.0 asks for a `rich` response; the snippet;
 * where embed pages live; and the « Intégrer » box: live first, then each
 * edition that has the chart, newest first, nothing on an embed page.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { LANGS } from '../../src/i18n/format.ts';
import type { SiteData } from '../../src/lib/site/data.ts';
import { absoluteUrl } from '../../src/lib/site/url.ts';
import { sitePageFigures } from '../../src/pageData/chartFiles.ts';
import type { FigureData, MapFigureData } from '../../src/pageData/figure.ts';
import { chartFileHrefs } from '../../src/pageData/figure.ts';
import { embedKeys, embedPage, embedSitePath, embedSize, embedSnippet, figureEmbed, isEmbedPath, oembed, RESIZE_SCRIPT_PATH } from '../../src/pageData/embed.ts';
import type { EmbedSite } from '../../src/pageData/embed.ts';
import { expectGolden } from '../golden.ts';
import { currentSite, editionSiteOf, goldenJson } from './site.ts';

const golden = (name: string): string => fileURLToPath(new URL(`golden/${name}`, import.meta.url));

let current: SiteData;
let editions: SiteData[];
beforeAll(async () => {
  current = await currentSite();
  editions = [await editionSiteOf('2024-2025'), await editionSiteOf('2025-2026')];
});

const figuresOf = (data: SiteData, lang: 'fr' | 'en', path: string): (FigureData | MapFigureData)[] =>
  [...(sitePageFigures(data, lang, null).find((p) => p.path === path)?.figures ?? [])];
const statusesOf = (data: SiteData, lang: 'fr' | 'en'): FigureData => figuresOf(data, lang, '/regions/laval/').find((f) => f.id === 'region-laval-statuts') as FigureData;
const sitesFor = (lang: 'fr' | 'en'): EmbedSite[] => [current, ...editions].map((data) => ({ data, keys: embedKeys(sitePageFigures(data, lang, null)) }));

describe('embed pages', () => {
  for (const lang of LANGS) {
    it(`golden: a Laval chart's embed page, current data (${lang})`, async () => {
      await expectGolden(goldenJson(embedPage(current, lang, '/regions/laval/', statusesOf(current, lang))), golden(`embed-current-${lang}.json`));
    });
    it(`golden: the same chart's embed page in the 2024-2025 edition (${lang})`, async () => {
      const edition = editions[0]!;
      await expectGolden(goldenJson(embedPage(edition, lang, '/regions/laval/', statusesOf(edition, lang))), golden(`embed-edition-${lang}.json`));
    });
  }

  it('live under /integrer/ with the page path and the figure id, the home page’s charts directly under it', () => {
    expect(embedSitePath('', '/regions/laval/', 'region-laval-statuts')).toBe('/integrer/regions/laval/region-laval-statuts/');
    expect(embedSitePath('/editions/2024-2025', '/', 'carte-regions-2024-2025')).toBe('/editions/2024-2025/integrer/carte-regions-2024-2025/');
    expect(isEmbedPath('/integrer/regions/laval/x/')).toBe(true);
    expect(isEmbedPath('/en/editions/2024-2025/integrer/x/')).toBe(true);
    expect(isEmbedPath('/regions/laval/')).toBe(false);
    expect(isEmbedPath('/editions/2024-2025/regions/laval/')).toBe(false);
  });

  it('say which data they show: the edition, its latest revision and its dates, or the current data', () => {
    const corrected = editions[0]!.frozen!;
    const page = embedPage(editions[0]!, 'fr', '/regions/laval/', statusesOf(editions[0]!, 'fr'));
    expect(corrected.revisions.length).toBeGreaterThan(0);
    expect(page.dataLine).toContain(`révision ${corrected.revision}`);
    expect(page.fullPage.href).toBe(absoluteUrl('/editions/2024-2025/regions/laval/#region-laval-statuts'));
    expect(embedPage(current, 'en', '/regions/laval/', statusesOf(current, 'en')).dataLine).toMatch(/^Current data, updated /);
    expect(page.fictional).not.toBeNull();
  });
});

describe('oEmbed', () => {
  it('is an oEmbed 1.0 rich response: html, width, height, title, provider', () => {
    const figure = statusesOf(current, 'fr');
    const o = oembed(current, 'fr', '/regions/laval/', figure);
    expect(Object.keys(o).sort()).toEqual(['height', 'html', 'provider_name', 'provider_url', 'title', 'type', 'version', 'width']);
    expect(o.version).toBe('1.0');
    expect(o.type).toBe('rich');
    expect(o.title).toBe(figure.title);
    expect(o.provider_name).toBe('Alliances pour la solidarité');
    expect(o.provider_url).toBe(absoluteUrl('/'));
    expect(Number.isInteger(o.width) && o.width > 0 && Number.isInteger(o.height) && o.height > o.width / 4).toBe(true);
    // html: one iframe to the embed page, sized as the response says, and the optional resizing script.
    const { document } = parseHTML(`<!doctype html><html><body>${o.html}</body></html>`);
    const frame = document.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(absoluteUrl('/integrer/regions/laval/region-laval-statuts/'));
    expect(frame.getAttribute('title')).toBe(figure.title);
    expect(frame.getAttribute('height')).toBe(String(o.height));
    expect(frame.getAttribute('width')).toBe('100%');
    expect(frame.getAttribute('loading')).toBe('lazy');
    expect(document.querySelector('script')!.getAttribute('src')).toBe(absoluteUrl(RESIZE_SCRIPT_PATH));
    expect(JSON.parse(JSON.stringify(o))).toEqual(o);
  });

  it('English: the English embed page and site', () => {
    const o = oembed(editions[1]!, 'en', '/regions/laval/', statusesOf(editions[1]!, 'en'));
    expect(o.html).toContain(`src="${absoluteUrl('/en/editions/2025-2026/integrer/regions/laval/region-laval-statuts/')}"`);
    expect(o.provider_url).toBe(absoluteUrl('/en/'));
  });

  it('escapes a title in the snippet', () => {
    expect(embedSnippet('https://x.org/a?b=1&c=2', 'A "quoted" <title> & co', 400)).toContain('src="https://x.org/a?b=1&amp;c=2" title="A &quot;quoted&quot; &lt;title&gt; &amp; co"');
  });

  it('sizes a map for its phone drawing and a chart for its wide drawing', () => {
    const map = figuresOf(current, 'fr', '/').find((f) => 'variants' in f)!;
    const chart = statusesOf(current, 'fr');
    expect(embedSize(map).width).toBeLessThan(embedSize(chart).width + 200);
    expect(embedSize(map).height).toBeGreaterThan(400);
  });
});

describe('the « Intégrer » box on a chart', () => {
  it('gives the live snippet on a current page, and links to the chart in each edition that has it, newest first', () => {
    const figure = statusesOf(current, 'fr');
    const box = figureEmbed('fr', '/regions/laval/', figure, sitesFor('fr'))!;
    expect(box.summary).toBe('Intégrer ce graphique');
    expect(box.choice.key).toBe('live');
    expect(box.choice.href).toBe(absoluteUrl('/integrer/regions/laval/region-laval-statuts/'));
    expect(box.choice.snippet).toContain(`<iframe src="${box.choice.href}" title="${figure.title}"`);
    expect(box.others).toEqual([
      { text: 'édition 2025–\u20602026', href: '/editions/2025-2026/regions/laval/#region-laval-statuts' },
      { text: 'édition 2024–\u20602025', href: '/editions/2024-2025/regions/laval/#region-laval-statuts' },
    ]);
  });

  it('gives the frozen snippet on an edition’s page (read from its path), with the live version and the other edition as links', () => {
    const edition = editions[0]!;
    const box = figureEmbed('en', '/en/editions/2024-2025/regions/laval/', statusesOf(edition, 'en'), sitesFor('en'))!;
    expect(box.choice.key).toBe('2024-2025');
    expect(box.choice.label).toMatch(/^Frozen: 2024–\u20602025 edition/);
    expect(box.choice.href).toBe(absoluteUrl('/en/editions/2024-2025/integrer/regions/laval/region-laval-statuts/'));
    expect(box.others.map((o) => o.href)).toEqual(['/en/regions/laval/#region-laval-statuts', '/en/editions/2025-2026/regions/laval/#region-laval-statuts']);
  });

  it('links only to versions that have the chart: the 2025-2026 map is not in the 2024-2025 edition', () => {
    const map = figuresOf(current, 'en', '/').find((f) => f.id === 'carte-regions-2025-2026')!;
    const box = figureEmbed('en', '/en/', map, sitesFor('en'))!;
    expect(box.summary).toBe('Embed this map');
    expect(box.others.map((o) => o.href)).toEqual(['/en/editions/2025-2026/#carte-regions-2025-2026']);
  });

  it('is absent from an embed page', () => {
    expect(figureEmbed('fr', '/integrer/regions/laval/region-laval-statuts/', statusesOf(current, 'fr'), sitesFor('fr'))).toBeNull();
  });

  it('names the chart’s SVG and PNG beside its CSV', () => {
    const figure = statusesOf(editions[1]!, 'en');
    expect(chartFileHrefs(figure, 'en')).toEqual({
      svg: '/editions/2025-2026/donnees/graphiques/region-laval-statuts-en.svg',
      png: '/editions/2025-2026/donnees/graphiques/region-laval-statuts-en.png',
    });
  });
});
