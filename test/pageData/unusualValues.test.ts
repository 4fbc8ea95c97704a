/**
 * The data-quality page's unusual values (contract §1.5): every
 * plausibility rule counted, the initiatives concerned listed in words, in
 * both languages; the same findings as the ingest's warnings.
 */
import { describe, expect, it } from 'vitest';
import type { AllianceRow, ContexteRow, InitiativeRow } from '../../src/lib/ingest/types.ts';
import { PLAUSIBILITY_RULES } from '../../src/lib/ingest/plausibility.ts';
import { UNUSUAL_LIST_MAX, unusualSection, unusualValues } from '../../src/pageData/unusualValues.ts';
import { ingestFiles } from '../../src/lib/ingest/index.ts';

const row = (o: Partial<InitiativeRow>): InitiativeRow => ({
  annee: '2025-2026', region: '13', region_nom: 'Laval', alliance: '13', id: 'L-1', titre: 'Titre', organisme: 'Organisme', mrc: null,
  priorite: 'securite-alimentaire', priorite_regionale: null, statut: 'en-cours', date_debut: '2024-11-01', date_fin: null, montant_fqis: 1000,
  autres_contributions: null, personnes_rejointes: null, cibles_atteintes: null, nb_organisations: null, secteurs: null,
  mise_en_commun: null, participation_personnes: null, pratique_gagnante: null, description: null, resultats: null, lien: null, ...o,
});
const alliance = (o: Partial<AllianceRow>): AllianceRow => ({
  alliance: '13', region: '13', region_nom: 'Laval', nom: 'Alliance lavalloise', responsable: null, fiduciaire: null, enveloppe: null,
  date_convention: null, date_approbation_plan: null, site_web: null, ...o,
});
const contexte: ContexteRow[] = [{ annee: '2025-2026', region: '13', region_nom: 'Laval', population: 437300, personnes_faible_revenu: null, source: 'ISQ' }];

const SOURCE = {
  alliances: [alliance({ enveloppe: 5_000_000 }), alliance({ alliance: '04', region: '04', region_nom: 'Mauricie' })],
  contexte,
  initiatives: [
    row({ id: 'L-OK' }),
    row({ id: 'L-ENV', montant_fqis: 6_000_000 }),
    row({ id: 'L-POP', personnes_rejointes: 10_000_000 }),
    row({ id: 'L-POP-2024', annee: '2024-2025', personnes_rejointes: 10_000_000 }),
    row({ id: 'M-1M', region: '04', region_nom: 'Mauricie', alliance: '04', montant_fqis: 1_500_000, date_debut: '1900-01-01', date_fin: '2099-12-31' }),
    row({ id: 'L-LONG', titre: `Cuisines ${'collectives '.repeat(40)}`, description: 'd'.repeat(5001), resultats: 'r'.repeat(5000) }),
    row({ id: 'L-TARD', date_debut: '2029-11-01' }),
  ],
};

describe('unusualValues', () => {
  it('finds what the ingest warns about on published rows, by rule, region, year and id', () => {
    expect(unusualValues(SOURCE).map((v) => [v.rule, v.row.id, v.reference])).toEqual([
      ['montant-enveloppe', 'L-ENV', 5_000_000],
      ['montant-eleve', 'M-1M', 1_000_000],
      // No population for 2024-2025: nothing to compare with.
      ['personnes-population', 'L-POP', 437300],
      ['date-debut-tot', 'M-1M', null],
      ['date-debut-tard', 'L-TARD', null],
      ['date-fin-tard', 'M-1M', null],
      ['titre-long', 'L-LONG', 489],
      ['description-longue', 'L-LONG', 5001],
    ]);
  });

  it('agrees with the ingest’s warnings on the same rows', () => {
    const csv = (header: string[], rows: string[][]): Uint8Array => new TextEncoder().encode([header, ...rows].map((r) => r.join(';')).join('\n') + '\n');
    const result = ingestFiles([
      { fichier: 'a.csv', bytes: csv(['alliance', 'region', 'nom', 'enveloppe'], [['13', '13', 'Alliance lavalloise', '5000000']]) },
      { fichier: 'c.csv', bytes: csv(['annee', 'region', 'population', 'source'], [['2025-2026', '13', '437300', 'ISQ']]) },
      {
        fichier: 'i.csv',
        bytes: csv(['annee', 'region', 'id', 'titre', 'organisme', 'priorite', 'statut', 'date_debut', 'date_fin', 'montant_fqis', 'personnes_rejointes'], [
          ['2025-2026', '13', 'L-ENV', 'Titre', 'Org', 'prejuges', 'en-cours', '2024-11-01', '', '6000000', ''],
          ['2025-2026', '13', 'L-POP', 'Titre', 'Org', 'prejuges', 'en-cours', '1900-01-01', '2099-12-31', '10', '10000000'],
        ]),
      },
    ]);
    const warned = result.problems.filter((p) => p.fichier === 'i.csv' && p.gravite === 'avertissement' && p.raison.includes('vérifiez'));
    const found = unusualValues(result.dataset);
    expect(found.length).toBe(warned.length);
    expect(found.map((v) => v.rule).sort()).toEqual(['date-debut-tot', 'date-fin-tard', 'montant-enveloppe', 'personnes-population']);
  });
});

describe('unusualSection (page data)', () => {
  it('counts every rule, zeros included, and lists the initiatives in French', () => {
    const s = unusualSection(SOURCE, 'fr');
    expect(s.counts.map((c) => c.rule)).toEqual(PLAUSIBILITY_RULES);
    expect(s.counts.map((c) => c.count)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(s.total).toBe(8);
    expect(s.items[0]).toEqual({
      region: 'Laval',
      year: '2025\u2013\u20602026',
      initiative: 'L-ENV — Titre',
      rule: 'Montant FQIS de l’année plus élevé que l’enveloppe quinquennale de l’Alliance',
      figure: '6\u00a0000\u00a0000\u00a0$ (enveloppe\u00a0: 5\u00a0000\u00a0000\u00a0$)',
    });
    expect(s.items.find((i) => i.initiative.startsWith('L-POP'))?.figure).toBe('10\u00a0000\u00a0000 (population\u00a0: 437\u00a0300)');
    expect(s.items.find((i) => i.rule.startsWith('Date de début avant'))?.figure).toBe('1er\u00a0janvier 1900');
    const long = s.items.find((i) => i.initiative.startsWith('L-LONG'))!;
    expect(long.initiative.length).toBeLessThanOrEqual('L-LONG — '.length + 81);
    expect(long.initiative.endsWith('…')).toBe(true);
    expect(s.items.find((i) => i.rule.startsWith('Description'))?.figure).toBe('5\u00a0001 caractères');
  });

  it('mirrors it in English', () => {
    const s = unusualSection(SOURCE, 'en');
    expect(s.items[0]).toMatchObject({ rule: 'FQIS amount for the year above the Alliance’s five-year envelope', figure: '$6,000,000 (envelope: $5,000,000)' });
    expect(s.counts.at(-1)?.label).toBe('Results over 5,000 characters (shortened on the pages)');
  });

  it('lists at most a bounded number of initiatives, and counts them all', () => {
    const many = { ...SOURCE, initiatives: Array.from({ length: UNUSUAL_LIST_MAX + 5 }, (_, i) => row({ id: `X-${i}`, montant_fqis: 2_000_000 })) };
    const s = unusualSection({ ...many, alliances: [] }, 'fr');
    expect(s.total).toBe(UNUSUAL_LIST_MAX + 5);
    expect(s.items).toHaveLength(UNUSUAL_LIST_MAX);
  });

  it('says nothing of a site without unusual values', () => {
    const s = unusualSection({ ...SOURCE, initiatives: [row({})] }, 'fr');
    expect(s.total).toBe(0);
    expect(s.items).toEqual([]);
  });
});
