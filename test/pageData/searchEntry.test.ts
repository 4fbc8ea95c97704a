/**
 * What each indexed page gives Pagefind besides its text (issue #19, part 5):
 * its type, region and priority as filters, and on English pages the English
 * words of its French text as metadata.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SiteData } from '../../src/lib/site/data.ts';
import { practicesOf } from '../../src/lib/derive/practices.ts';
import { SEARCH_META, searchEntry } from '../../src/pageData/searchEntry.ts';
import { currentSite, editionSiteOf } from './site.ts';

let current: SiteData;
beforeAll(async () => {
  current = await currentSite();
});

describe('searchEntry', () => {
  it('gives every indexed page its type, and regions and practices their region', () => {
    expect(searchEntry('/regions/laval/', current, 'fr')?.filters).toEqual({ type: 'region', region: 'laval' });
    expect(searchEntry('/priorites/prejuges/', current, 'fr')?.filters).toEqual({ type: 'priorite', priorite: 'prejuges' });
    expect(searchEntry('/indicateurs/', current, 'fr')?.filters).toEqual({ type: 'indicateurs' });
    const p = practicesOf(current.initiatives).practices[0]!;
    expect(searchEntry(`/pratiques/${p.key}/`, current, 'fr')?.filters).toEqual({ type: 'pratique', region: p.regionSlug, priorite: p.latest.priorite });
    expect(searchEntry('/donnees/', current, 'fr')).toBeNull();
    expect(searchEntry('/regions/nulle-part/', current, 'fr')).toBeNull();
  });

  it('indexes no frozen edition', async () => {
    expect(searchEntry('/regions/laval/', await editionSiteOf('2025-2026'), 'fr')).toBeNull();
  });

  it('gives English practice pages the English words of their French title apart from the rest, French pages none', () => {
    const housing = practicesOf(current.initiatives).practices.find((p) => /\blogement\b/i.test(p.latest.titre))!;
    expect(housing, 'a practice titled « … logement … » in the sample').toBeDefined();
    const en = searchEntry(`/pratiques/${housing.key}/`, current, 'en')!;
    expect(en.meta[SEARCH_META.titleTerms]?.split(' ')).toContain('housing');
    expect(en.meta[SEARCH_META.terms]?.split(' ') ?? []).not.toContain('housing');
    expect(searchEntry(`/pratiques/${housing.key}/`, current, 'fr')!.meta).toEqual({});
  });

  it('gives English pages the French labels of the codes they show in English, function words aside', () => {
    const withSector = practicesOf(current.initiatives).practices.find((p) => p.latest.secteurs?.includes('habitation') && p.latest.priorite === 'prevention')!;
    const terms = searchEntry(`/pratiques/${withSector.key}/`, current, 'en')!.meta[SEARCH_META.terms]!.split(' ');
    expect(terms).toEqual(expect.arrayContaining(['Habitation', 'Prévention', 'pauvreté']));
    expect(terms).not.toContain('de');
    expect(searchEntry('/priorites/securite-alimentaire/', current, 'en')!.meta[SEARCH_META.terms]).toBe('Sécurité alimentaire');
  });
});
