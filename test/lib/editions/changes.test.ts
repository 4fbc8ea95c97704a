/**
 * Golden `changements.csv` of the sample's editions (contract §6), built as
 * the site's endpoint builds it (`compareEdition` with every revision of
 * the edition, the frozen editions and the current sample exports): each
 * correction against the revision before it, each edition against the
 * previous one and against the current data, with the difference, the
 * relative difference and the revision numbers; and the pure comparisons'
 * rules (display rounding, definitions, sizes).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { changeSize, changesCsv, definitionChanges, indicatorChanges, largestChange, relativeDifference } from '../../../src/lib/editions/changes.ts';
import type { IndicatorChange } from '../../../src/lib/editions/changes.ts';
import type { IndicatorValue } from '../../../src/lib/derive/indicators.ts';
import { INDICATORS } from '../../../src/lib/derive/definitions.ts';
import { compareEdition } from '../../../src/lib/site/editionChanges.ts';
import { readCsv } from '../../../src/lib/formats/read.ts';
import { expectGolden } from '../../golden.ts';
import { currentSite, editionSiteOf, revisionSitesOf } from '../../pageData/site.ts';

const CURRENT = { comparaison: 'donnees-actuelles', revisionAvant: 1, revisionApres: null } as const;

const root = fileURLToPath(new URL('../../../', import.meta.url));

async function sample(): Promise<{ e2024: ReturnType<typeof compareEdition>; e2025: ReturnType<typeof compareEdition> }> {
  const [first, second, current] = [await editionSiteOf('2024-2025'), await editionSiteOf('2025-2026'), await currentSite()];
  return {
    e2024: compareEdition(first, [first, second], current, await revisionSitesOf('2024-2025')),
    e2025: compareEdition(second, [first, second], current, await revisionSitesOf('2025-2026')),
  };
}

/** The CSV's rows as records by column name. */
function rows(csv: string): Array<Record<string, string>> {
  const table = readCsv(Buffer.from(csv));
  return table.records.map((r) => Object.fromEntries(table.header.map((h, i) => [h, r.fields[i] ?? ''])));
}

describe('changes of the sample editions', () => {
  it('2024-2025: revision 2 against revision 1 (Laval’s doubled FQIS amounts), first, then the current data', async () => {
    const { e2024 } = await sample();
    expect(e2024.corrections.map((c) => c.revision)).toEqual([2]);
    const fixed = e2024.corrections[0]!.changes;
    // Exactly Laval's and Québec's 2024-2025 FQIS, with their exact amounts.
    expect(fixed.indicators.map((c) => `${c.annee} ${c.region} ${c.indicateur} ${Math.round(c.avant)} ${Math.round(c.apres)}`)).toEqual(['2024-2025 13 fqis 365507 325407', '2024-2025 QC fqis 23059940 23019840']);
    expect(fixed.initiatives.every((c) => c.region === '13' && c.changement === 'modifiee' && c.champs.map((f) => f.colonne).join() === 'montant_fqis')).toBe(true);
    expect(fixed.initiatives).toHaveLength(3);
    expect(fixed.definitions).toEqual([]);
    const csv = rows(e2024.csv);
    expect(csv[0]).toMatchObject({ comparaison: 'revision-precedente', region: '13', cle: 'fqis', revision_avant: '1', revision_apres: '2' });
    // The current data are compared with the latest revision, 2.
    expect(csv.filter((r) => r['comparaison'] === 'donnees-actuelles').every((r) => r['revision_avant'] === '2' && r['revision_apres'] === '')).toBe(true);
    await expectGolden(e2024.csv, join(root, 'test/fixtures/editions/changements-2024-2025.csv'));
  });

  it('2025-2026: figures of 2024-2025 revised since the previous edition, and what the current data revised', async () => {
    const { e2025 } = await sample();
    expect(e2025.corrections).toEqual([]);
    // Mauricie's two late initiatives of 2024-2025 are in the 2025-2026 edition.
    expect(e2025.vsPrevious.initiatives.filter((c) => c.changement === 'ajoutee').map((c) => `${c.annee} ${c.region}`)).toEqual(['2024-2025 04', '2024-2025 04']);
    expect(e2025.vsPrevious.indicators.some((c) => c.region === '04' && c.indicateur === 'initiatives' && c.apres === c.avant + 2)).toBe(true);
    // The current data fixed Outaouais's 2025-2026 amounts and Capitale-Nationale's persons.
    expect(e2025.vsCurrent.initiatives.filter((c) => c.changement === 'modifiee').map((c) => `${c.annee} ${c.region} ${c.champs.map((f) => f.colonne).join(',')}`)).toEqual([
      ...Array(4).fill('2024-2025 03 personnes_rejointes'),
      ...Array(2).fill('2025-2026 07 montant_fqis'),
    ]);
    const csv = rows(e2025.csv);
    // The previous edition's latest revision (2) against this edition's (1).
    expect(csv.filter((r) => r['comparaison'] === 'edition-precedente').every((r) => r['revision_avant'] === '2' && r['revision_apres'] === '1')).toBe(true);
    await expectGolden(e2025.csv, join(root, 'test/fixtures/editions/changements-2025-2026.csv'));
  });

  it('writes every value’s difference and relative difference, empty from 0', async () => {
    const { e2024, e2025 } = await sample();
    for (const r of [...rows(e2024.csv), ...rows(e2025.csv)].filter((x) => x['objet'] === 'indicateur')) {
      const [before, after] = [Number(r['avant']), Number(r['apres'])];
      expect(Number(r['difference'])).toBeCloseTo(after - before, 5);
      if (before === 0) expect(r['difference_relative']).toBe('');
      else expect(Number(r['difference_relative'])).toBeCloseTo((after - before) / Math.abs(before), 5);
    }
  });

  it('does not count a difference that display rounding hides', () => {
    const v = (valeur: number): IndicatorValue => ({ annee: '2024-2025', region: '13', indicateur: '3.1', valeur, numerateur: null, denominateur: null });
    const years = new Set(['2024-2025']);
    expect(indicatorChanges(CURRENT, [v(0.41234)], [v(0.41236)], years)).toEqual([]);
    expect(indicatorChanges(CURRENT, [v(0.41)], [v(0.45)], years)).toHaveLength(1);
  });
});

describe('sizes of a change', () => {
  const change = (indicateur: string, avant: number, apres: number): IndicatorChange => ({ ...CURRENT, annee: '2024-2025', region: '13', indicateur, avant, apres });

  it('measures amounts relatively, shares and rates in points, and leaves a change from 0 out of the largest', () => {
    expect(changeSize(change('fqis', 200, 150), 'dollars')).toBeCloseTo(0.25);
    expect(changeSize(change('3.1', 0.4, 0.45), 'proportion')).toBeCloseTo(0.05);
    expect(relativeDifference(change('fqis', 0, 10))).toBeNull();
    expect(changeSize(change('fqis', 0, 10), 'dollars')).toBe(Infinity);
    const unit = (code: string): string | undefined => INDICATORS.find((d) => d.code === code)?.unit;
    // 3.1 moves 5 points (0.05); fqis 4 % (0.04); initiatives from 0 has no relative size.
    expect(largestChange([change('fqis', 100, 104), change('3.1', 0.4, 0.45), change('initiatives', 0, 3)], unit)?.indicateur).toBe('3.1');
  });
});

describe('definitions that changed', () => {
  const compared = { comparaison: 'edition-precedente', revisionAvant: 1, revisionApres: 1 } as const;
  const d31 = INDICATORS.find((d) => d.code === '3.1')!;

  it('names each field of a definition or a regional label that differs, and writes it as a definition row', () => {
    const before = { definitions: INDICATORS, labels: [{ region: '13', indicateur: 'R.nuitees', libelle: 'Nuitées', unite: 'nuits' }] };
    const after = {
      definitions: INDICATORS.map((d) => (d.code === '3.1' ? { ...d, titleFr: 'Part des initiatives complétées', unit: 'proportion' as const } : d)),
      labels: [{ region: '13', indicateur: 'R.nuitees', libelle: 'Nuitées offertes', unite: 'nuits' }, { region: '05', indicateur: 'R.repas', libelle: 'Repas', unite: null }],
    };
    const found = definitionChanges(compared, before, after);
    expect(found).toEqual([
      { ...compared, indicateur: '3.1', region: null, changement: 'modifiee', champs: [{ colonne: 'titleFr', avant: d31.titleFr, apres: 'Part des initiatives complétées' }] },
      { ...compared, indicateur: 'R.nuitees', region: '13', changement: 'modifiee', champs: [{ colonne: 'libelle', avant: 'Nuitées', apres: 'Nuitées offertes' }] },
    ]);
    const csv = rows(changesCsv([], [], found));
    expect(csv.map((r) => [r['objet'], r['region'], r['cle'], r['avant'], r['apres'], r['revision_avant'], r['revision_apres']])).toEqual([
      ['definition', '', '3.1', `titleFr=${d31.titleFr}`, 'titleFr=Part des initiatives complétées', '1', '1'],
      ['definition', '13', 'R.nuitees', 'libelle=Nuitées', 'libelle=Nuitées offertes', '1', '1'],
    ]);
  });
});
