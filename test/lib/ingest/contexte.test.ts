/** The ministry's `contexte` file (contract §1.2): recognised by its header, validated, keyed by (annee, region). */
import { describe, it, expect } from 'vitest';
import { csv, errors, fileReport, ingest, source } from './helpers.ts';

const HEADER = ['Année', 'Région', 'Population', 'Personnes faible revenu', 'Source'];
const SOURCE = 'ISQ, estimations de population au 1er juillet 2024';

describe('contexte files', () => {
  it('are recognised by their header and published with the region name', () => {
    const r = ingest(source('ministere/contexte.csv', csv(HEADER, [
      ['2024-2025', '13', '450 000', '52 000', SOURCE],
      ['2024–2025', 'Montérégie', '1650000', '', SOURCE],
    ])));
    expect(fileReport(r, 'ministere/contexte.csv')).toMatchObject({ type: 'contexte', publiees: 2, rejetees: 0 });
    expect(r.dataset.contexte).toEqual([
      { annee: '2024-2025', region: '13', region_nom: 'Laval', population: 450000, personnes_faible_revenu: 52000, source: SOURCE },
      { annee: '2024-2025', region: '16', region_nom: 'Montérégie', population: 1650000, personnes_faible_revenu: null, source: SOURCE },
    ]);
  });

  it('reject a row without population or source, a population of 0, or more low-income persons than inhabitants', () => {
    const r = ingest(source('contexte.csv', csv(HEADER, [
      ['2024-2025', '01', '', '10', SOURCE],
      ['2024-2025', '02', '0', '', SOURCE],
      ['2024-2025', '03', '1000', '1001', SOURCE],
      ['2024-2025', '04', '1000', '10', ''],
      ['2024-2025', '05', '1000', '10', SOURCE],
    ])));
    expect(r.dataset.contexte.map((c) => c.region)).toEqual(['05']);
    expect(errors(r).map((p) => [p.ligne, p.colonne])).toEqual([
      [2, 'Population'],
      [3, 'Population'],
      [4, 'Personnes faible revenu'],
      [5, 'Source'],
    ]);
    expect(errors(r).find((p) => p.ligne === 4)?.raison).toBe('les personnes à faible revenu dépassent la population de la région');
  });

  it('reject every row of an (annee, region) given twice with different figures', () => {
    const r = ingest(source('contexte.csv', csv(HEADER, [
      ['2024-2025', '13', '450000', '', SOURCE],
      ['2024-2025', 'Laval', '460000', '', SOURCE],
      ['2025-2026', '13', '455000', '', SOURCE],
    ])));
    expect(r.dataset.contexte.map((c) => c.annee)).toEqual(['2025-2026']);
    expect(fileReport(r, 'contexte.csv')).toMatchObject({ publiees: 1, rejetees: 2 });
  });
});
