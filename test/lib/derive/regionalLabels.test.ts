import { describe, expect, it } from 'vitest';
import { regionalLabels } from '../../../src/lib/derive/regionalLabels.ts';
import type { ReportedIndicatorRow } from '../../../src/lib/ingest/types.ts';
import { indicatorName, regionalTitle } from '../../../src/pageData/indicatorLabels.ts';
import { INDICATORS, shownCode, withOfficialTitles } from '../../../src/lib/derive/definitions.ts';

const row = (r: Partial<ReportedIndicatorRow>): ReportedIndicatorRow => ({
  annee: '2025-2026', region: '13', region_nom: 'Laval', alliance: '13', indicateur: 'R.nuitees', valeur: 10, libelle: null, unite: null, commentaire: null, ...r,
});

describe('regional indicators: titles and units per (region, indicator)', () => {
  it('keeps the latest title and unit given, only for R.* rows', () => {
    const labels = regionalLabels([
      row({ annee: '2024-2025', libelle: 'Nuitées (ancien libellé)', unite: 'nuits' }),
      row({ annee: '2025-2026', libelle: 'Nuitées d’hébergement d’urgence', unite: null }),
      row({ indicateur: '2.1', valeur: 12, libelle: 'ignored' }),
      row({ region: '17', region_nom: 'Centre-du-Québec', alliance: '17', indicateur: 'R.repas', libelle: ' Repas servis ', unite: 'repas' }),
    ]);
    expect(labels).toEqual([
      { region: '13', indicateur: 'R.nuitees', libelle: 'Nuitées d’hébergement d’urgence', unite: 'nuits' },
      { region: '17', indicateur: 'R.repas', libelle: 'Repas servis', unite: 'repas' },
    ]);
  });

  it('a region without a title for an indicator gets none (the page says so)', () => {
    expect(regionalLabels([row({ libelle: '  ' })])).toEqual([{ region: '13', indicateur: 'R.nuitees', libelle: null, unite: null }]);
  });
});

describe('indicator names on the pages', () => {
  it('a regional indicator: its partner’s title, or a plain fallback', () => {
    expect(regionalTitle('R.repas', { region: '17', indicateur: 'R.repas', libelle: 'Repas servis', unite: 'repas' }, 'en')).toEqual({ text: 'Repas servis', fromExport: true });
    expect(regionalTitle('R.nuitees', undefined, 'fr')).toEqual({ text: 'Indicateur régional «\u00a0nuitees\u00a0» (libellé non fourni)', fromExport: false });
    expect(regionalTitle('R.nuitees', undefined, 'en')).toEqual({ text: 'Regional indicator “nuitees” (no title given)', fromExport: false });
  });

  it('a count by status is shown as part of 3.1, never as `3.1-abandonnees`', () => {
    expect(shownCode('3.1-abandonnees')).toBe('3.1');
    expect(shownCode('3.3-pour-1000')).toBe('3.3-pour-1000');
    const name = indicatorName('3.1-abandonnees', 'fr', INDICATORS, () => undefined);
    expect(name.text).toBe('3.1 — Initiatives abandonnées');
  });

  it('a frozen edition’s placeholder titles give way to the official wording; its formulas stay', () => {
    const frozen = [{ ...INDICATORS.find((d) => d.code === '2.1')!, titleFr: 'Partenaires mobilisés par l’Alliance', formulaFr: 'ancienne formule', provisionalTitle: true as const }];
    const [d] = withOfficialTitles(frozen);
    expect(d!.titleFr).toBe('Représentativité des acteurs participant à la mise en œuvre');
    expect(d!.formulaFr).toBe('ancienne formule');
    expect(d).not.toHaveProperty('provisionalTitle');
  });
});
