import { describe, expect, it } from 'vitest';
import type { InitiativeRow } from '../../../src/lib/ingest/types.ts';
import { idSlug, practicesOf } from '../../../src/lib/derive/practices.ts';

const row = (o: Partial<InitiativeRow>): InitiativeRow => ({
  annee: '2024-2025', region: '13', region_nom: 'Laval', alliance: '13', id: 'A', titre: 'Titre', organisme: 'Org', mrc: null,
  priorite: 'prejuges', priorite_regionale: null, statut: 'en-cours', date_debut: '2024-11-01', date_fin: null, montant_fqis: 100,
  autres_contributions: null, personnes_rejointes: null, cibles_atteintes: null, nb_organisations: null, secteurs: null,
  mise_en_commun: null, participation_personnes: null, pratique_gagnante: null, description: null, resultats: null, lien: null, ...o,
});

describe('practicesOf', () => {
  it('groups a practice across years by (region, id), oldest year first', () => {
    const { practices } = practicesOf([
      row({ annee: '2025-2026', id: 'A', pratique_gagnante: true, statut: 'completee' }),
      row({ annee: '2024-2025', id: 'A', pratique_gagnante: false }),
      row({ annee: '2024-2025', id: 'B', pratique_gagnante: null }),
      row({ annee: '2024-2025', id: 'A', region: '04', region_nom: 'Mauricie', pratique_gagnante: true }),
    ]);
    expect(practices.map((p) => [p.key, p.years.map((y) => y.annee), p.lastYear])).toEqual([
      ['mauricie/a', ['2024-2025'], '2024-2025'],
      ['laval/a', ['2024-2025', '2025-2026'], '2025-2026'],
    ]);
    expect(practices[1]!.latest.statut).toBe('completee');
  });

  it('makes ids URL-safe and keeps both ids that map to one URL, with a stable suffix and a warning', () => {
    expect(idSlug(' Équipe/Été 2025 ')).toBe('equipe-ete-2025');
    const { practices, warnings } = practicesOf([
      row({ id: 'ab-1', pratique_gagnante: true, titre: 'Deux' }),
      row({ id: 'AB 1', pratique_gagnante: true, titre: 'Un' }),
    ]);
    // 'AB 1' comes first in code-point order, so it keeps the bare slug; sorted by title for display.
    expect(practices.map((p) => [p.id, p.key])).toEqual([['ab-1', 'laval/ab-1-2'], ['AB 1', 'laval/ab-1']]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.slug).toBe('ab-1-2');
  });
});
