/**
 * The catalogue of winning practices and its per-priority pages (contract
 * §7, issue #10 item 2): golden of the catalogue for the sample's current
 * data and an edition, in both languages; a priority's page lists only its
 * practices without the form; the feed only for the current data; the
 * cut-text note only when a text is cut; links inside an edition.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { practicesPage } from '../../src/pageData/practices.ts';
import type { SiteData } from '../../src/lib/site/data.ts';
import type { InitiativeRow } from '../../src/lib/ingest/types.ts';
import { expectGolden } from '../golden.ts';
import { currentSite, editionSiteOf, goldenJson } from './site.ts';

const golden = (name: string): string => fileURLToPath(new URL(`golden/${name}.json`, import.meta.url));

describe('catalogue page', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`lists every practice by region with its facets (current, ${lang})`, async () => {
      await expectGolden(goldenJson(practicesPage(await currentSite(), lang)), golden(`practices-current-${lang}`));
    });
    it(`lists an edition's own practices, one priority's page (edition, ${lang})`, async () => {
      await expectGolden(goldenJson(practicesPage(await editionSiteOf('2024-2025'), lang, 'prevention')), golden(`practices-edition-${lang}`));
    });
  }

  it('shows one priority’s practices on its page, without the form, the counts of the whole catalogue in its links', async () => {
    const site = await currentSite();
    const all = practicesPage(site, 'fr');
    const one = practicesPage(site, 'fr', 'prevention');
    const listed = (p: typeof all): number => p.groups.reduce((n, g) => n + g.items.length, 0);
    expect(listed(all)).toBe(all.total);
    expect(one.count.shown).toBe(listed(one));
    expect(one.groups.flatMap((g) => g.items).every((i) => i.values.priorite === 'prevention')).toBe(true);
    expect(one.facets.form).toBe(false);
    expect(one.facets.facets).toEqual([]);
    expect(one.facets.priorities.filter((p) => p.current).map((p) => p.value)).toEqual(['prevention']);
    expect(one.facets.all.current).toBe(false);
    expect(one.facets.priorities).toEqual(all.facets.priorities.map((p) => ({ ...p, current: p.value === 'prevention' })));
    expect(all.facets.facets.map((f) => f.facet)).toEqual(['region', 'priorite', 'secteur', 'annee', 'statut']);
  });

  it('links the Atom feed from the current catalogue only', async () => {
    expect(practicesPage(await currentSite(), 'en').feeds).toEqual([{ href: '/en/pratiques/flux.xml', title: 'Atom feed of winning practices' }]);
    expect(practicesPage(await currentSite(), 'fr', 'prevention').feeds).toEqual([]);
    expect(practicesPage(await editionSiteOf('2025-2026'), 'fr').feeds).toEqual([]);
  });

  it('keeps an edition’s links inside the edition', async () => {
    const page = practicesPage(await editionSiteOf('2024-2025'), 'en');
    const hrefs = [...page.groups.flatMap((g) => [g.regionHref, ...g.items.map((i) => i.href)]), ...page.facets.priorities.map((p) => p.href), page.facets.all.href];
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.every((h) => h.startsWith('/en/editions/2024-2025/'))).toBe(true);
  });

  it('says the texts are cut only when one is, and says when there is no practice', async () => {
    const site = await currentSite();
    const practice = site.initiatives.find((r) => r.pratique_gagnante)!;
    const long: InitiativeRow = { ...practice, titre: 'x'.repeat(301) };
    const cut = practicesPage({ ...site, initiatives: [long] } as SiteData, 'fr');
    expect(cut.fullText).toBe('/donnees/#telechargements');
    expect(cut.groups[0]!.items[0]!.title).toBe(`${'x'.repeat(300)}…`);
    expect(practicesPage({ ...site, initiatives: [practice] } as SiteData, 'fr').fullText).toBeNull();
    const none = practicesPage({ ...site, initiatives: [] } as SiteData, 'fr');
    expect([none.total, none.groups.length, none.count.text]).toEqual([0, 0, '0 pratique gagnante']);
  });
});
