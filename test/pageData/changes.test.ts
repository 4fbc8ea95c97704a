/**
 * An edition's changes page (contract §6): golden of what it shows for the
 * sample's editions in both languages; which edition counts as the previous
 * one, the first edition's page, the sentence on the largest change (a
 * regional indicator's French title marked), singular and plural counts,
 * and links that stay inside the edition.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { changeCounts, changesPage } from '../../src/pageData/changes.ts';
import { compareEdition } from '../../src/lib/site/editionChanges.ts';
import type { Comparison, EditionChanges, Revisions } from '../../src/lib/site/editionChanges.ts';
import type { SiteData } from '../../src/lib/site/data.ts';
import { t } from '../../src/i18n/index.ts';
import { expectGolden } from '../golden.ts';
import { currentSite, editionSiteOf, goldenJson } from './site.ts';

const NOTHING: Comparison = { indicators: [], initiatives: [], definitions: [] };
const NO_MARKS: Revisions = { revised: () => null };

const golden = (name: string): string => fileURLToPath(new URL(`golden/${name}.json`, import.meta.url));

async function sites(): Promise<{ first: SiteData; second: SiteData; current: SiteData }> {
  return { first: await editionSiteOf('2024-2025'), second: await editionSiteOf('2025-2026'), current: await currentSite() };
}

describe('changes page', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`shows the latest edition's changes since the previous one and in the current data (${lang})`, async () => {
      const { first, second, current } = await sites();
      await expectGolden(goldenJson(changesPage(second, lang, compareEdition(second, [second, first], current))), golden(`changes-edition-${lang}`));
    });
  }

  it('compares an edition with the one just before it, and the first edition with the current data only', async () => {
    const { first, second, current } = await sites();
    const later = compareEdition(second, [first, second], current);
    expect(later.previous?.frozen?.annee).toBe('2024-2025');
    const page = changesPage(second, 'fr', later);
    expect(page.first).toBe(false);
    expect(page.sections.map((s) => s.id)).toEqual(['edition-precedente', 'donnees-actuelles']);
    const firstPage = changesPage(first, 'en', compareEdition(first, [first, second], current));
    expect(firstPage.first).toBe(true);
    expect(firstPage.sections.map((s) => s.id)).toEqual(['donnees-actuelles']);
    // The CSV is the edition's own, one file for both languages.
    expect(firstPage.csvHref).toBe('/editions/2024-2025/changements.csv');
    expect(changesPage(first, 'fr', compareEdition(first, [second, first], current)).csvHref).toBe(firstPage.csvHref);
  });

  it('says so when nothing changed, and counts in the singular and the plural', async () => {
    const { second } = await sites();
    const none: EditionChanges = { previous: null, corrections: [], vsPrevious: NOTHING, vsCurrent: NOTHING, csv: '', marks: NO_MARKS, currentMarks: NO_MARKS };
    const page = changesPage(second, 'fr', none);
    expect(page.summary).toEqual([{ text: t('fr', 'changes.noneAtAll') }]);
    expect(page.sections.every((s) => s.indicators.length === 0 && s.initiatives.length === 0)).toBe(true);
    expect(changeCounts([{ changement: 'ajoutee' }, { changement: 'modifiee' }, { changement: 'modifiee' }], 'fr')).toBe('1 ajoutée, 0 retirée, 2 modifiées');
    expect(changeCounts([{ changement: 'retiree' }, { changement: 'retiree' }], 'en')).toBe('0 added, 2 removed, 0 changed');
  });

  it('marks a regional indicator’s French title in the sentence on the largest change', async () => {
    const { second } = await sites();
    const code = 'R.nuitees';
    const site = { ...second, regionalLabel: (region: string, c: string) => (c === code ? { region, indicateur: c, libelle: 'Nuitées offertes', unite: null } : undefined) } as SiteData;
    const changes: EditionChanges = {
      previous: null,
      corrections: [],
      vsPrevious: NOTHING,
      vsCurrent: { ...NOTHING, indicators: [{ comparaison: 'donnees-actuelles', revisionAvant: 1, revisionApres: null, annee: '2025-2026', region: '13', indicateur: code, avant: 10, apres: 40 }] },
      csv: '',
      marks: NO_MARKS,
      currentMarks: NO_MARKS,
    };
    const page = changesPage(site, 'en', changes);
    expect(page.summary.filter((p) => p.fromExport)).toEqual([{ text: 'Nuitées offertes', fromExport: true }]);
    expect(page.summary.map((p) => p.text).join('')).toContain('Nuitées offertes, Laval');
    expect(page.sections[0]!.indicators[0]).toMatchObject({ id: 'donnees-actuelles-2025-2026-13-R.nuitees', place: 'Laval', indicator: { text: 'Nuitées offertes', fromExport: true } });
  });
});
