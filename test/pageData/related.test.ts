/**
 * Issue #19, part 3, "done when": across the whole sample's practice pages
 * (current data and each frozen edition), no region takes more than a
 * quarter of the related-practice links and every region with practices is
 * suggested somewhere; a Montréal employment practice for 16–30-year-olds
 * is not offered only housing practices. The figures are printed for the
 * issue's note.
 */
import { describe, expect, it } from 'vitest';
import { practicePage, practiceSite, RELATED_LIMIT, sitePractices } from '../../src/pageData/practice.ts';
import type { SiteData } from '../../src/lib/site/data.ts';
import { currentSite, editionSiteOf } from './site.ts';

/** Links per region code over every practice page of a site (French pages; English ones link the same). */
function distribution(site: SiteData): { links: number; pages: number; byRegion: Map<string, number>; withPractices: Set<string> } {
  const practices = sitePractices(site.initiatives).practices;
  const byRegion = new Map<string, number>();
  const byHref = new Map(practices.map((p) => [site.link('fr', `/pratiques/${p.key}/`), p.region]));
  let links = 0;
  for (const p of practices) {
    const page = practicePage(p, practiceSite(site), 'fr');
    expect(page.related.length, p.key).toBeLessThanOrEqual(RELATED_LIMIT);
    const regions = page.related.map((r) => byHref.get(r.href)!);
    expect(regions.includes(p.region), p.key).toBe(false);
    for (const r of new Set(regions)) expect(regions.filter((x) => x === r).length, p.key).toBeLessThanOrEqual(2);
    for (const r of regions) byRegion.set(r, (byRegion.get(r) ?? 0) + 1);
    links += regions.length;
  }
  return { links, pages: practices.length, byRegion, withPractices: new Set(practices.map((p) => p.region)) };
}

const sites: [string, () => Promise<SiteData>][] = [
  ['current data', currentSite],
  ['edition 2024-2025', () => editionSiteOf('2024-2025')],
  ['edition 2025-2026', () => editionSiteOf('2025-2026')],
];

describe('related practices across the site', () => {
  for (const [name, load] of sites) {
    it(`spreads the links over every region with practices, none above a quarter (${name})`, async () => {
      const { links, pages, byRegion, withPractices } = distribution(await load());
      const max = Math.max(...byRegion.values());
      console.log(`${name}: ${links} links on ${pages} pages; by region ${JSON.stringify(Object.fromEntries([...byRegion].sort()))}; max share ${((100 * max) / links).toFixed(1)} %`);
      // About six a page, as the same-priority list had.
      expect(links).toBeGreaterThan(pages * (RELATED_LIMIT - 1));
      expect(max / links).toBeLessThanOrEqual(0.25);
      expect([...byRegion.keys()].sort()).toEqual([...withPractices].sort());
    });
  }

  it('offers a Montréal employment practice for 16–30-year-olds employment practices, not only housing ones', async () => {
    const site = await currentSite();
    const practice = sitePractices(site.initiatives).practices.find((p) => p.region === '06' && p.id === 'MTL-24-002')!;
    expect(practice.latest.titre).toContain('emploi pour les 16-30 ans');
    const page = practicePage(practice, practiceSite(site), 'fr');
    const titles = page.related.map((r) => r.text);
    expect(titles.filter((t) => /logement/i.test(t)).length).toBeLessThan(titles.length);
    expect(titles.filter((t) => /emploi/i.test(t)).length).toBeGreaterThanOrEqual(3);
    // Each says why, and the employment ones name the word they share.
    expect(page.related.every((r) => r.why.length > 0)).toBe(true);
    expect(page.related.find((r) => /emploi/i.test(r.text))!.why.map((w) => w.text).join('')).toMatch(/^Même priorité nationale · .*mots en commun\u00a0: .*emploi/u);
  });
});
