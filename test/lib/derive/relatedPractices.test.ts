/**
 * Related practices (issue #19, part 3): chosen by what they share, other
 * regions only, at most two of a region on a page, and spread over the
 * site so that every region with practices is suggested somewhere.
 */
import { describe, expect, it } from 'vitest';
import type { InitiativeRow } from '../../../src/lib/ingest/types.ts';
import { practicesOf } from '../../../src/lib/derive/practices.ts';
import { relatedPractices, reachOf } from '../../../src/lib/derive/relatedPractices.ts';

const row = (o: Partial<InitiativeRow>): InitiativeRow => ({
  annee: '2025-2026', region: '04', region_nom: 'Mauricie', alliance: '04', id: 'M-001', titre: 'Titre', organisme: 'Organisme', mrc: null,
  priorite: 'prevention', priorite_regionale: null, statut: 'en-cours', date_debut: '2024-11-01', date_fin: null, montant_fqis: 1000,
  autres_contributions: null, personnes_rejointes: null, cibles_atteintes: null, nb_organisations: null, secteurs: null,
  mise_en_commun: null, participation_personnes: null, pratique_gagnante: true, description: null, resultats: null, lien: null, ...o,
});

describe('related practices', () => {
  it('prefers what is shared: priority, sectors, words of the text', () => {
    const rows = [
      row({ id: 'A', titre: 'Accompagnement vers l’emploi des jeunes', secteurs: ['emploi', 'education'] }),
      row({ region: '05', id: 'B', titre: 'Soutien au logement', secteurs: ['habitation'] }),
      row({ region: '06', id: 'C', titre: 'Emploi des jeunes', secteurs: ['emploi'] }),
      row({ region: '07', id: 'D', titre: 'Emploi des jeunes', secteurs: ['emploi'], priorite: 'prejuges' }),
    ];
    const related = relatedPractices(practicesOf(rows).practices).get('mauricie/a')!;
    // The same priority weighs more than a sector and words in common.
    expect(related.map((r) => r.practice.id)).toEqual(['C', 'B', 'D']);
    expect(related[0]!.shared).toEqual({ priority: true, sectors: ['emploi'], reach: 'region', target: null, words: ['emploi', 'jeunes'] });
    expect(related[2]!.shared.priority).toBe(false);
    expect(related[2]!.shared.words).toEqual(['emploi', 'jeunes']);
    expect(related[1]!.shared.words).toEqual([]);
  });

  it('never suggests a practice of its own region, and at most two of another', () => {
    const rows = [row({ id: 'A' }), row({ id: 'A2' }), ...Array.from({ length: 5 }, (_, i) => row({ region: '05', id: `E${i}` })), row({ region: '06', id: 'M' })];
    const related = relatedPractices(practicesOf(rows).practices);
    expect(related.get('mauricie/a')!.map((r) => r.practice.region)).toEqual(['05', '05', '06']);
    for (const [key, list] of related) {
      const own = key.split('/')[0];
      expect(list.every((r) => r.practice.regionSlug !== own)).toBe(true);
    }
  });

  it('suggests every region with practices somewhere, even one that matches nothing best', () => {
    // Ten practices alike in five regions, and Laval's, unlike any: without the spreading, Laval would never be suggested.
    const regions = ['01', '02', '03', '04', '05'];
    const rows = [
      ...Array.from({ length: 10 }, (_, i) => row({ region: regions[i % 5]!, id: `P${i}`, titre: 'Cuisines collectives', secteurs: ['sante'] })),
      row({ region: '13', id: 'L', titre: 'Balado', priorite: 'prejuges', secteurs: ['philanthropie'] }),
    ];
    const related = relatedPractices(practicesOf(rows).practices, { limit: 3 });
    const suggested = new Set([...related.values()].flat().map((r) => r.practice.region));
    expect([...suggested].sort()).toEqual(['01', '02', '03', '04', '05', '13']);
    // No page has more than its limit, even the one that took Laval's.
    expect([...related.values()].every((l) => l.length <= 3)).toBe(true);
  });

  it('keeps no region above a quarter of the links when there are enough regions', () => {
    const regions = ['01', '02', '03', '04', '05', '06', '07', '08'];
    // Most practices in one region: it would take most links by score alone.
    const rows = [
      ...Array.from({ length: 20 }, (_, i) => row({ region: '01', id: `B${i}`, titre: 'Cuisines collectives', secteurs: ['sante'] })),
      ...regions.slice(1).map((r, i) => row({ region: r, id: `O${i}`, titre: `Autre ${i}`, priorite: 'prejuges' })),
    ];
    const related = relatedPractices(practicesOf(rows).practices);
    const links = [...related.values()].flat();
    const fromBsl = links.filter((r) => r.practice.region === '01').length;
    expect(fromBsl / links.length).toBeLessThanOrEqual(0.25);
  });

  it('is deterministic', () => {
    const rows = Array.from({ length: 30 }, (_, i) => row({ region: String((i % 9) + 1).padStart(2, '0'), id: `X${i}`, titre: `Titre ${i % 4} emploi`, secteurs: i % 2 ? ['emploi'] : ['sante'] }));
    const a = relatedPractices(practicesOf(rows).practices);
    const b = relatedPractices(practicesOf([...rows].reverse()).practices);
    expect([...b].map(([k, l]) => [k, l.map((r) => r.practice.key)])).toEqual([...a].map(([k, l]) => [k, l.map((r) => r.practice.key)]));
  });

  it('reads the reach from the MRC column', () => {
    const [none, one, two] = practicesOf([row({ id: 'A' }), row({ id: 'B', mrc: ['Maskinongé'] }), row({ id: 'C', mrc: ['Maskinongé', 'Les Chenaux'] })]).practices;
    expect([reachOf(none!), reachOf(one!), reachOf(two!)]).toEqual(['region', 'single', 'several']);
  });
});
