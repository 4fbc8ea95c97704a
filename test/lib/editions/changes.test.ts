/**
 * Golden `changements.csv` of the sample's editions (contract §6): the
 * changes of each edition against the previous one and against the current
 * sample exports, computed from the frozen files and the pipeline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { changesCsv, indicatorChanges, initiativeChanges, largestChange } from '../../../src/lib/editions/changes.ts';
import type { IndicatorValue } from '../../../src/lib/derive/indicators.ts';
import type { InitiativeRow } from '../../../src/lib/ingest/types.ts';
import { readCsv } from '../../../src/lib/formats/read.ts';
import { readSources } from '../../../src/lib/ingest/sources.ts';
import { runPipeline } from '../../../src/lib/pipeline/index.ts';
import { expectGolden } from '../../golden.ts';

const PREVIOUS = { comparaison: 'edition-precedente', revisionAvant: 2, revisionApres: 1 } as const;
const CURRENT = { comparaison: 'donnees-actuelles', revisionAvant: 1, revisionApres: null } as const;

const root = fileURLToPath(new URL('../../../', import.meta.url));
const editions = join(root, 'data/editions');

function frozen(annee: string): { indicators: IndicatorValue[]; initiatives: InitiativeRow[]; years: Set<string> } {
  const m = JSON.parse(readFileSync(join(editions, annee, 'edition.json'), 'utf8')) as { revision: number };
  const dir = join(editions, annee, `revision-${m.revision}`);
  const table = readCsv(readFileSync(join(dir, 'indicateurs.csv')));
  const indicators = table.records.map((r) => {
    const [a, region, indicateur, valeur, num, den] = r.fields;
    return { annee: a!, region: region!, indicateur: indicateur!, valeur: Number(valeur), numerateur: num ? Number(num) : null, denominateur: den ? Number(den) : null };
  });
  return { indicators, initiatives: JSON.parse(readFileSync(join(dir, 'initiatives.json'), 'utf8')) as InitiativeRow[], years: new Set(indicators.map((v) => v.annee)) };
}

const current = runPipeline(await readSources(join(root, 'data/exports')), { fictif: true }, '2026-01-01T00:00:00.000Z');
const now = { indicators: current.indicators, initiatives: current.ingest.dataset.initiatives, years: new Set(current.indicators.map((v) => v.annee)) };

describe('changes of the sample editions', () => {
  const e2024 = frozen('2024-2025');
  const e2025 = frozen('2025-2026');
  const both = (a: Set<string>, b: Set<string>): Set<string> => new Set([...a].filter((y) => b.has(y)));

  it('2025-2026: figures of 2024-2025 revised since the previous edition, and what the current data revised', async () => {
    const previous = both(e2024.years, e2025.years);
    const vsPrevious = { i: indicatorChanges(PREVIOUS, e2024.indicators, e2025.indicators, previous), n: initiativeChanges(PREVIOUS, e2024.initiatives, e2025.initiatives, previous) };
    const vsCurrent = { i: indicatorChanges(CURRENT, e2025.indicators, now.indicators, both(e2025.years, now.years)), n: initiativeChanges(CURRENT, e2025.initiatives, now.initiatives, both(e2025.years, now.years)) };
    // Mauricie's two late initiatives of 2024-2025 are in the 2025-2026 edition.
    expect(vsPrevious.n.filter((c) => c.changement === 'ajoutee').map((c) => `${c.annee} ${c.region}`)).toEqual(['2024-2025 04', '2024-2025 04']);
    expect(vsPrevious.i.some((c) => c.region === '04' && c.indicateur === 'initiatives' && c.apres === c.avant + 2)).toBe(true);
    // The current data fixed Outaouais's 2025-2026 amounts and Capitale-Nationale's persons.
    expect(vsCurrent.n.filter((c) => c.changement === 'modifiee').map((c) => `${c.annee} ${c.region} ${c.champs.map((f) => f.colonne).join(',')}`)).toEqual([
      ...Array(4).fill('2024-2025 03 personnes_rejointes'),
      ...Array(2).fill('2025-2026 07 montant_fqis'),
    ]);
    expect(largestChange([...vsPrevious.i, ...vsCurrent.i])).toBeDefined();
    await expectGolden(changesCsv([...vsPrevious.i, ...vsCurrent.i], [...vsPrevious.n, ...vsCurrent.n]), join(root, 'test/fixtures/editions/changements-2025-2026.csv'));
  });

  it('2024-2025: against the current data only (the first edition)', async () => {
    const years = both(e2024.years, now.years);
    const i = indicatorChanges(CURRENT, e2024.indicators, now.indicators, years);
    const n = initiativeChanges(CURRENT, e2024.initiatives, now.initiatives, years);
    expect(i.every((c) => c.annee === '2024-2025')).toBe(true);
    await expectGolden(changesCsv(i, n), join(root, 'test/fixtures/editions/changements-2024-2025.csv'));
  });

  it('does not count a difference that display rounding hides', () => {
    const v = (valeur: number): IndicatorValue => ({ annee: '2024-2025', region: '13', indicateur: '3.1', valeur, numerateur: null, denominateur: null });
    const years = new Set(['2024-2025']);
    expect(indicatorChanges(CURRENT, [v(0.41234)], [v(0.41236)], years)).toEqual([]);
    expect(indicatorChanges(CURRENT, [v(0.41)], [v(0.45)], years)).toHaveLength(1);
  });
});
