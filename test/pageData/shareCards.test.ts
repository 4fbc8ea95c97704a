/**
 * Share cards' page data (pageData/shareCards.ts): which cards a site
 * publishes and where, what each one says (a golden of the site's card, one
 * region's and one practice's, in each language, for the current data and
 * an edition), and the figure a card chooses.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/format.ts';
import type { SiteData } from '../../src/lib/site/data.ts';
import type { InitiativeRow } from '../../src/lib/ingest/types.ts';
import type { Practice } from '../../src/lib/derive/practices.ts';
import { REGIONS } from '../../src/lib/contract/regions.ts';
import { practiceCard, practiceCardContent, regionCard, regionCardContent, shareCards, siteCard } from '../../src/pageData/shareCards.ts';
import { sitePractices } from '../../src/pageData/practice.ts';
import { expectGolden } from '../golden.ts';
import { currentSite, editionSiteOf, goldenJson } from './site.ts';

const golden = (name: string): string => fileURLToPath(new URL(`golden/${name}`, import.meta.url));

let current: SiteData;
let edition: SiteData;
beforeAll(async () => {
  current = await currentSite();
  edition = await editionSiteOf('2024-2025');
});

/** The site's card, the first region's and the first practice's, in a language. */
const sample = (data: SiteData, lang: 'fr' | 'en') => {
  const cards = shareCards(data).filter((c) => c.path.endsWith(`-${lang}.png`));
  return [cards[0], cards.find((c) => c.path.includes('/regions/')), cards.find((c) => c.path.includes('/pratiques/'))];
};

describe('share cards', () => {
  for (const lang of LANGS) {
    it(`golden: current data (${lang})`, async () => {
      await expectGolden(goldenJson(sample(current, lang)), golden(`shareCards-current-${lang}.json`));
    });
    it(`golden: 2024-2025 edition (${lang})`, async () => {
      await expectGolden(goldenJson(sample(edition, lang)), golden(`shareCards-edition-${lang}.json`));
    });
  }

  it('lists one card per language for the site, every region and every practice with a page, each path once, under the site’s root', () => {
    for (const data of [current, edition]) {
      const cards = shareCards(data);
      const practices = sitePractices(data.initiatives).practices.length;
      expect(practices).toBeGreaterThan(0);
      expect(cards).toHaveLength(2 * (1 + REGIONS.length + practices));
      expect(new Set(cards.map((c) => c.path)).size).toBe(cards.length);
      for (const c of cards) expect(c.path.startsWith(`${data.root}/partage/`)).toBe(true);
    }
    expect(shareCards(edition)[0]?.path).toBe('/editions/2024-2025/partage/site-fr.png');
  });

  it('gives the pages the same path and text as the card published', () => {
    const byPath = new Map(shareCards(current).map((c) => [c.path, c.alt]));
    const practice = sitePractices(current.initiatives).practices[0]!;
    for (const lang of LANGS) {
      for (const image of [siteCard(current, lang), regionCard(current, REGIONS[3]!, lang), practiceCard(current, practice, lang)]) {
        expect(byPath.get(image.path)).toBe(image.alt);
      }
    }
  });

  it('a region without a reported FQIS has no figure', () => {
    const none = { ...current, value: () => undefined } as SiteData;
    expect(regionCardContent(none, REGIONS[0]!, 'fr').figure).toBeUndefined();
    expect(regionCardContent(current, REGIONS[0]!, 'fr').figure?.label).toContain('FQIS');
  });

  it('a practice shows its FQIS, else the persons reached, else no figure; no fictional band for real data', () => {
    const base = sitePractices(current.initiatives).practices[0]!;
    const withRow = (o: Partial<InitiativeRow>): Practice => ({ ...base, latest: { ...base.latest, ...o } });
    const real = { build: { ...current.build, fictif: false } };
    expect(practiceCardContent(current, withRow({ montant_fqis: 1500 }), 'fr').figure?.value).toBe('1\u00a0500\u00a0$');
    const persons = practiceCardContent(current, withRow({ montant_fqis: 0, personnes_rejointes: 1200 }), 'en').figure;
    expect(persons?.value).toBe('1,200');
    expect(persons?.label).toMatch(/^Persons reached/i);
    expect(practiceCardContent(real, withRow({ montant_fqis: 0, personnes_rejointes: null }), 'fr')).not.toHaveProperty('figure.value');
    expect(practiceCardContent(real, base, 'fr').fictif).toBeUndefined();
    expect(practiceCardContent(current, base, 'fr').fictif).toBe('Données fictives');
  });

  it('cuts a very long practice title as the page does', () => {
    const base = sitePractices(current.initiatives).practices[0]!;
    const title = practiceCardContent(current, { ...base, latest: { ...base.latest, titre: 'x'.repeat(1000) } }, 'fr').title;
    expect(title.length).toBeLessThan(400);
    expect(title.endsWith('…')).toBe(true);
  });
});
