/**
 * The layout's page data (pageData/layout.ts) and an edition's banner
 * (pageData/editionBanner.ts): a golden of what every page's frame shows on
 * a region page of the current data and of an edition, in each language;
 * then the choices only a browser test used to reach (which link is the
 * current page, which editions get a link, the 404 and search pages).
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/format.ts';
import { LANGS } from '../../src/i18n/format.ts';
import type { SiteData } from '../../src/lib/site/data.ts';
import type { EditionManifest } from '../../src/lib/editions/manifest.ts';
import { REGIONS } from '../../src/lib/contract/regions.ts';
import { localePath } from '../../src/lib/site/url.ts';
import { layoutPage } from '../../src/pageData/layout.ts';
import type { LayoutData, LayoutInput } from '../../src/pageData/layout.ts';
import { editionBanner } from '../../src/pageData/editionBanner.ts';
import { regionCard } from '../../src/pageData/shareCards.ts';
import { expectGolden } from '../golden.ts';
import { currentSite, editionSiteOf, goldenJson } from './site.ts';

const golden = (name: string): string => fileURLToPath(new URL(`golden/${name}`, import.meta.url));
const FONTS = [{ family: 'Roboto', weight: 700, url: '/_astro/roboto-latin-700-normal.woff2' }];
const laval = REGIONS.find((r) => r.slug === 'laval')!;

let current: SiteData;
let editions: SiteData[];
beforeAll(async () => {
  current = await currentSite();
  editions = [await editionSiteOf('2024-2025'), await editionSiteOf('2025-2026')];
});

/** A page of `data` at its site path `sitePath` (language aside), as the layout sees it. */
const pageAt = (data: SiteData, lang: Lang, sitePath: string, props: Partial<LayoutInput> = {}): LayoutData =>
  layoutPage(data, lang, { pathname: data.link(lang, sitePath), title: 'Titre', description: 'Description', editions, fonts: FONTS, ...props });

const currentOf = (p: LayoutData): string[] => [p.home, ...p.nav.menus.flatMap((m) => [m.all, ...m.items]), ...p.nav.links].filter((l) => l.current).map((l) => l.href);

describe('layout page data', () => {
  for (const lang of LANGS) {
    it(`golden: a region page of the current data (${lang})`, async () => {
      const page = pageAt(current, lang, '/regions/laval/', { title: 'Laval', image: regionCard(current, laval, lang) });
      await expectGolden(goldenJson(page), golden(`layout-current-${lang}.json`));
    });
    it(`golden: a region page of the 2024-2025 edition (${lang})`, async () => {
      const edition = editions[0]!;
      const page = pageAt(edition, lang, '/regions/laval/', { title: 'Laval', image: regionCard(edition, laval, lang) });
      await expectGolden(goldenJson(page), golden(`layout-edition-${lang}.json`));
    });
  }

  it('marks the page shown, and only it, as current in the navigation', () => {
    expect(currentOf(pageAt(current, 'fr', '/regions/laval/'))).toEqual(['/regions/laval/']);
    expect(currentOf(pageAt(current, 'en', '/priorites/'))).toEqual(['/en/priorites/']);
    expect(currentOf(pageAt(current, 'fr', '/'))).toEqual(['/']);
    expect(currentOf(pageAt(current, 'fr', '/editions/', { shared: false }))).toEqual(['/editions/']);
    expect(currentOf(pageAt(current, 'fr', '/changements/'))).toEqual([]);
  });

  it('keeps an edition’s navigation inside the edition, except the editions list', () => {
    const page = pageAt(editions[0]!, 'en', '/regions/laval/');
    expect(currentOf(page)).toEqual(['/en/editions/2024-2025/regions/laval/']);
    const hrefs = [page.home, ...page.nav.menus.flatMap((m) => [m.all, ...m.items]), ...page.nav.links].map((l) => l.href);
    expect(hrefs.filter((h) => !h.startsWith('/en/editions/2024-2025/'))).toEqual(['/en/editions/']);
    // The language switch and the canonical URL stay in the edition too.
    expect(page.langSwitch?.href).toBe('/editions/2024-2025/regions/laval/');
    expect(page.canonical).toMatch(/\/en\/editions\/2024-2025\/regions\/laval\/$/);
  });

  it('links the editions that have the page, oldest first, and only from the current data', () => {
    const all = pageAt(current, 'fr', '/regions/laval/').editionLinks;
    expect(all?.links.map((l) => l.href)).toEqual(['/editions/2024-2025/regions/laval/', '/editions/2025-2026/regions/laval/']);
    const one = pageAt(current, 'fr', '/regions/laval/', { inEdition: (e) => e.frozen?.annee === '2025-2026' }).editionLinks;
    expect(one?.links.map((l) => l.text)).toHaveLength(1);
    expect(one?.links[0]?.href).toBe('/editions/2025-2026/regions/laval/');
    expect(pageAt(current, 'fr', '/regions/laval/', { inEdition: () => false }).editionLinks).toBeNull();
    expect(pageAt(current, 'fr', '/editions/', { shared: false }).editionLinks).toBeNull();
    expect(pageAt(editions[0]!, 'fr', '/regions/laval/').editionLinks).toBeNull();
  });

  it('gives an edition’s pages a banner, linking the current page only when it is shared', () => {
    expect(pageAt(current, 'fr', '/').banner).toBeNull();
    expect(pageAt(editions[0]!, 'fr', '/regions/laval/').banner?.current?.href).toBe('/regions/laval/');
    expect(pageAt(editions[0]!, 'en', '/changements/', { shared: false }).banner?.current).toBeNull();
  });

  it('the 404 page: not indexed, no language switch, no og:url, no search filters', () => {
    const page = pageAt(current, 'fr', '/regions/laval/', { notFound: true });
    expect([page.noindex, page.langSwitch, page.preview.url, page.search]).toEqual([true, null, null, null]);
    // Its printed URL is still given.
    expect(page.footer.printUrl).toContain(page.canonical);
  });

  it('has no header search form on the search page itself', () => {
    expect(pageAt(current, 'en', '/recherche/').searchForm).toBeNull();
    expect(pageAt(current, 'en', '/regions/').searchForm?.action).toBe(localePath('en', '/recherche/'));
  });

  it('indexes the current data’s region pages with their filters, never an edition’s', () => {
    expect(pageAt(current, 'fr', '/regions/laval/').search).toEqual({
      filters: [{ attribute: 'type[data-value]', value: 'region' }, { attribute: 'region[data-value]', value: 'laval' }],
      meta: [],
    });
    expect(pageAt(current, 'fr', '/indicateurs/').search).toEqual({ filters: [{ attribute: 'type[data-value]', value: 'indicateurs' }], meta: [] });
    // English pages carry the English words of their French text as metadata (issue #19, part 5).
    expect(pageAt(current, 'en', '/regions/laval/').search?.meta.map((m) => m.attribute)).toEqual(['terms[data-value]']);
    expect(pageAt(current, 'fr', '/donnees/').search).toBeNull();
    expect(pageAt(editions[0]!, 'fr', '/regions/laval/').search).toBeNull();
  });

  it('shows the site’s card unless the page has its own; feeds and images as absolute URLs', () => {
    const page = pageAt(current, 'en', '/pratiques/', { feeds: [{ href: '/en/pratiques/flux.xml', title: 'Feed' }], ogType: 'article' });
    expect(page.preview.image).toMatch(/^https?:\/\/[^/]+\/partage\/site-en\.png$/);
    expect(page.preview.type).toBe('article');
    expect(page.feeds[0]?.href).toMatch(/^https?:\/\/[^/]+\/en\/pratiques\/flux\.xml$/);
    expect(page.fonts.faces).toBe("@font-face{font-family:'Roboto';font-style:normal;font-weight:700;font-display:optional;src:url(/_astro/roboto-latin-700-normal.woff2) format('woff2')}");
  });

  it('notes fictional data', () => {
    expect(pageAt(current, 'fr', '/').fictional?.short).toBe('Données fictives');
    expect(pageAt({ ...current, build: { ...current.build, fictif: false } }, 'fr', '/').fictional).toBeNull();
  });
});

describe('edition banner', () => {
  const manifest = (revisions: EditionManifest['revisions']): EditionManifest => ({ ...editions[0]!.frozen!, revisions });

  it('gives each revision of a corrected edition its own publication date, data date and note, and says which it shows', () => {
    const m = editions[0]!.frozen!;
    expect(m.revisions).toHaveLength(1);
    const fr = editionBanner(m, 'fr', null, '/editions/');
    expect(fr.title).toBe('Édition 2024–\u20602025, corrigée le 16\u00a0février 2026.');
    expect(fr.summary).toContain('cette page montre la révision 2');
    expect(fr.note).toBeNull();
    expect(fr.revisions.map((r) => r.text)).toEqual([
      'Révision 1\u00a0: publiée le 15\u00a0décembre 2025, données au 28\u00a0novembre 2025.',
      'Révision 2\u00a0: publiée le 16\u00a0février 2026, données au 10\u00a0février 2026.',
    ]);
    expect(fr.revisions.map((r) => r.note)).toEqual([m.note, m.revisions[0]!.note]);
    const en = editionBanner(m, 'en', null, '/en/editions/');
    expect(en.revisions.map((r) => r.text)).toEqual([
      'Revision 1: published on December 15, 2025, data as of November 28, 2025.',
      'Revision 2: published on February 16, 2026, data as of February 10, 2026.',
    ]);
    // No revision's date of data is paired with another's publication date.
    expect(`${fr.title} ${fr.summary}`).not.toMatch(/décembre|novembre|10\u00a0février/);
  });

  it('gives an edition of one revision its own dates and note', () => {
    const m = editions[1]!.frozen!;
    const b = editionBanner(m, 'fr', null, '/editions/');
    expect(b.title).toBe('Édition 2025–\u20602026, figée.');
    expect(b.summary).toBe('Publiée le 20\u00a0novembre 2026; données au 13\u00a0novembre 2026. Ses chiffres ne changent plus.');
    expect(b.note).toBe(m.note);
    expect(b.revisions).toEqual([]);
    expect(editionBanner({ ...m, note: '' }, 'en', null, '/en/editions/').note).toBeNull();
  });

  it('links the current page when there is one, and always the editions list', () => {
    expect(editionBanner(manifest([]), 'fr', null, '/editions/').current).toBeNull();
    const b = editionBanner(manifest([]), 'en', '/en/regions/', '/en/editions/');
    expect([b.current?.href, b.all.href]).toEqual(['/en/regions/', '/en/editions/']);
  });
});
