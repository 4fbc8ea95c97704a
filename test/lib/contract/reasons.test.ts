import { describe, expect, it } from 'vitest';
import { REASONS, REASON_CODES, fixText, guideAnchor, reasonText } from '../../../src/lib/contract/reasons.ts';
import type { Cause, ReasonCode } from '../../../src/lib/contract/reasons.ts';
import { acceptedFor, closestValue, columnType } from '../../../src/lib/contract/accepted.ts';
import { SCHEMAS } from '../../../src/lib/contract/columns.ts';

/** Parameters every entry can be written with (absent ones read as empty or 0). */
const PARAMS = { item: 'X', name: 'Y', indicator: 'R.x', min: 1, length: 400, max: 32767, fields: 3, header: 2, envelope: 1000, population: 10, region: 'Nord-du-Québec', alliances: ['a', 'b'], line: 2, file: 'a.csv', lines: [2, 3], files: ['a.csv', 'a.csv'], more: 0, what: 'fichier', kind: 'initiatives', missing: ['organisme'], closest: [''], extension: 'ods', count: 2, ref: 'A1:B1', other: 'UTF-8', removed: 2, kinds: ['CRLF', 'LF'], first: 3, size: 1, limit: 2, part: '', value: '#N/A' };

describe('the reasons’ catalogue', () => {
  it('writes every reason, its fix and its guide entry in both languages, differently', () => {
    for (const code of REASON_CODES) {
      const cause: Cause = { code, params: PARAMS };
      const fr = reasonText(cause, 'fr');
      const en = reasonText(cause, 'en');
      expect(fr, code).not.toBe('');
      expect(en, code).not.toBe(fr);
      expect(fixText(cause, 'fr'), code).not.toBe('');
      expect(fixText(cause, 'en'), code).not.toBe(fixText(cause, 'fr'));
      expect(guideAnchor(cause), code).toMatch(/^[a-z-]+$/);
      // French spacing before « : » and no English quotes in French; no French quotes around English words.
      expect(fr, code).not.toMatch(/“|”/);
      expect(en, code).not.toMatch(/\s:\s/);
    }
  });

  it('says the shared reason of problems counted but not listed, in each language', () => {
    const inner: Cause = { code: 'mrc-inconnue', params: { item: 'X' } };
    expect(reasonText({ code: 'autres-lignes', params: { count: 1200 }, inner })).toBe('… et 1\u00a0200 autres lignes : même raison (MRC inconnue : « … » (la ligne est gardée))');
    expect(reasonText({ code: 'autres-lignes', params: { count: 1 }, inner }, 'en')).toBe('… and 1 other row: same reason (unknown MRC: “…” (the row is kept))');
    expect(guideAnchor({ code: 'autres-lignes', inner: { code: 'statut-inconnu' } })).toBe('erreur-statut');
  });

  it('has the codes the ingest names (typed: a code not in the catalogue does not compile)', () => {
    const some: ReasonCode[] = ['statut-inconnu', 'priorite-inconnue', 'region-inconnue', 'type-non-reconnu', 'autres-lignes'];
    for (const code of some) expect(REASONS[code]).toBeDefined();
  });
});

describe('what a column accepts, and the closest accepted value', () => {
  const near = (column: string, value: string, code: ReasonCode = 'statut-inconnu', lang: 'fr' | 'en' = 'fr') => closestValue({ code, column }, value, lang)?.code ?? null;

  it('suggests a status for a typo or another word for it, nothing when nothing is near', () => {
    expect(near('statut', 'finie')).toBe('completee');
    expect(near('statut', 'Terminé')).toBe('completee');
    expect(near('statut', 'completé')).toBe('completee');
    expect(near('statut', 'en cour')).toBe('en-cours');
    expect(near('statut', 'Annulée')).toBe('abandonnee');
    expect(near('statut', 'suspendue')).toBeNull();
  });

  it('suggests a region from the start of its name or a typo, never for a code that does not exist', () => {
    expect(near('region', '18', 'region-inconnue')).toBeNull();
    expect(near('region', 'Gaspésie–Îles', 'region-inconnue')).toBe('11');
    expect(near('region', 'Montérégie Est', 'region-inconnue')).toBe('16');
    expect(near('region', 'Abitibi-Temiscaminque', 'region-inconnue')).toBe('08');
  });

  it('suggests nothing for a priority the program does not have, and a national one for a typo', () => {
    expect(near('priorite', 'logement', 'priorite-inconnue')).toBeNull();
    expect(near('priorite', 'securite alimentair', 'priorite-inconnue')).toBe('securite-alimentaire');
    expect(near('priorite', 'Food secuirty', 'priorite-inconnue', 'en')).toBe('securite-alimentaire');
  });

  it('suggests the sector of a list’s refused item, and the date written day first', () => {
    expect(closestValue({ code: 'secteur-inconnu', params: { item: 'comunautaire' }, column: 'secteurs' }, 'municipal | comunautaire', 'fr')?.code).toBe('communautaire');
    expect(near('date_debut', '11/30/2024', 'date-mois-premier')).toBe('30/11/2024');
  });

  it('lists the codes with their labels in the language, or the format with examples', () => {
    expect(acceptedFor({ code: 'statut-inconnu', column: 'statut' }, 'en')!.values.map((v) => `${v.code}=${v.label}`)).toEqual(['demarree=Started', 'en-cours=Ongoing', 'completee=Completed', 'abandonnee=Abandoned']);
    expect(acceptedFor({ code: 'montant-illisible', column: 'montant_fqis' }, 'fr')).toMatchObject({ values: [], format: expect.stringMatching(/^un montant en dollars/), examples: expect.arrayContaining(['12500']) });
    expect(acceptedFor({ code: 'indicateur-oui-non', column: 'valeur', params: { indicator: '1.1' } }, 'fr', '1.1')!.format).toMatch(/^oui ou non/);
    expect(acceptedFor({ code: 'doublon-different' }, 'fr')).toBeNull();
  });

  it('knows each column’s type by its name: one type per name, but alliance (its own file’s identifier, a reference elsewhere)', () => {
    for (const columns of Object.values(SCHEMAS)) for (const c of columns) if (c.name !== 'alliance') expect(columnType(c.name), c.name).toBe(c.type);
    expect(columnType('alliance')).toBe('alliance');
  });

  it('lists the region’s Alliances for an unknown one, and suggests the nearest', () => {
    const cause: Cause = { code: 'alliance-inconnue', column: 'alliance', params: { alliances: ['10-cree', '10-kativik', '10-jamesie'], names: ['Eeyou Istchee', 'Kativik', 'Jamésie'] } };
    expect(acceptedFor(cause, 'fr')!.values.map((v) => v.code)).toEqual(['10-cree', '10-kativik', '10-jamesie']);
    expect(closestValue(cause, '10-kativk', 'fr')?.code).toBe('10-kativik');
    expect(closestValue(cause, 'Jamesie', 'fr')?.code).toBe('10-jamesie');
  });
});
