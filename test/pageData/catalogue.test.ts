import { describe, expect, it } from 'vitest';
import type { InitiativeRow } from '../../src/lib/ingest/types.ts';
import { practicesOf } from '../../src/lib/derive/practices.ts';
import { catalogueItem, facetCounts } from '../../src/pageData/catalogue.ts';
import { REGIONS } from '../../src/lib/contract/regions.ts';

const row = (o: Partial<InitiativeRow>): InitiativeRow => ({
  annee: '2024-2025', region: '13', region_nom: 'Laval', alliance: '13', id: 'A', titre: 'Titre', organisme: 'Org', mrc: null,
  priorite: 'prejuges', priorite_regionale: null, statut: 'en-cours', date_debut: '2024-11-01', date_fin: null, montant_fqis: 100,
  autres_contributions: null, personnes_rejointes: null, cibles_atteintes: null, nb_organisations: null, secteurs: null,
  mise_en_commun: null, participation_personnes: null, pratique_gagnante: null, description: null, resultats: null, lien: null, ...o,
});

describe('catalogue facets', () => {
  it("takes priority, sectors and status from the latest row, years from every row", () => {
    const { practices } = practicesOf([
      row({ annee: '2024-2025', id: 'A', pratique_gagnante: true, priorite: 'prejuges', secteurs: ['emploi'] }),
      row({ annee: '2025-2026', id: 'A', statut: 'completee', priorite: 'prevention', secteurs: ['sante', 'sante', 'communautaire'] }),
    ]);
    expect(catalogueItem(practices[0]!).values).toEqual({
      region: ['laval'], priorite: ['prevention'], secteur: ['sante', 'communautaire'], annee: ['2024-2025', '2025-2026'], statut: ['completee'],
    });
  });

  it('counts practices per value in the reference lists’ order, leaving out values no practice has', () => {
    const { practices } = practicesOf([
      row({ id: 'A', pratique_gagnante: true, secteurs: ['sante', 'communautaire'] }),
      row({ id: 'B', pratique_gagnante: true, secteurs: ['sante'], priorite: 'securite-alimentaire', region: '01' }),
      row({ id: 'C', pratique_gagnante: false, secteurs: ['emploi'] }),
    ]);
    const counts = facetCounts(practices.map(catalogueItem));
    expect(counts.secteur).toEqual([{ value: 'communautaire', count: 1 }, { value: 'sante', count: 2 }]);
    expect(counts.priorite).toEqual([{ value: 'securite-alimentaire', count: 1 }, { value: 'prejuges', count: 1 }]);
    expect(counts.region.map((c) => c.value)).toEqual(['bas-saint-laurent', 'laval']);
    expect(counts.annee).toEqual([{ value: '2024-2025', count: 2 }]);
  });

  it('no region slug is "priorite": /pratiques/priorite/<code>/ never shadows a practice page', () => {
    expect(REGIONS.map((r) => r.slug)).not.toContain('priorite');
  });
});
