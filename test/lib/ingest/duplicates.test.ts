import { describe, it, expect } from 'vitest';
import { resolveDuplicates } from '../../../src/lib/ingest/duplicates.ts';
import { layoutFor, readRow } from '../../../src/lib/ingest/rows.ts';
import type { Candidate } from '../../../src/lib/ingest/rows.ts';
import { csv, errors, fileReport, ingest, initiatives, source, warnings } from './helpers.ts';

const FILE = 'initiatives.csv';

describe('identical rows sharing a key (contract §1.3)', () => {
  it('are published once, with a warning on the copy, counted in doublons', () => {
    const result = ingest(source(FILE, initiatives([{}, { ID: 'A2' }, {}])));
    expect(result.dataset.initiatives.map((r) => r.id)).toEqual(['A1', 'A2']);
    expect(fileReport(result, FILE)).toMatchObject({ lignes: 3, publiees: 2, rejetees: 0, doublons: 1, avertissements: 1 });
    expect(warnings(result)).toEqual([
      {
        fichier: FILE,
        ligne: 4,
        colonne: 'ID',
        valeur: 'A1',
        raison: `ligne identique à la ligne 2 de ${FILE} : publiée une seule fois`,
        gravite: 'avertissement',
      },
    ]);
    expect(errors(result)).toEqual([]);
  });

  it('are compared on their published values, not their spelling', () => {
    const text = initiatives([
      {},
      { 'Région': 'Mauricie', 'Montant FQIS': '12500.5', 'Date début': '01/11/2024', 'Statut': 'En cours', 'Secteurs': 'Communautaire | Santé', 'Mise en commun': 'Oui' },
    ]);
    const result = ingest(source(FILE, text));
    expect(fileReport(result, FILE)).toMatchObject({ publiees: 1, doublons: 1, rejetees: 0 });
    expect(result.dataset.initiatives).toHaveLength(1);
  });

  it('are published once across files; the copy counts in its own file', () => {
    const result = ingest(source('a.csv', initiatives([{}])), source('b.csv', initiatives([{ ID: 'B1' }, {}])));
    expect(fileReport(result, 'a.csv')).toMatchObject({ lignes: 1, publiees: 1, doublons: 0 });
    expect(fileReport(result, 'b.csv')).toMatchObject({ lignes: 2, publiees: 1, doublons: 1 });
    expect(warnings(result)).toMatchObject([{ fichier: 'b.csv', ligne: 3, raison: 'ligne identique à la ligne 2 de a.csv : publiée une seule fois' }]);
  });

  it('three identical rows: one published, two copies', () => {
    const result = ingest(source(FILE, initiatives([{}, {}, {}])));
    expect(fileReport(result, FILE)).toMatchObject({ lignes: 3, publiees: 1, doublons: 2 });
    expect(warnings(result).map((p) => p.ligne)).toEqual([3, 4]);
  });
});

describe('differing rows sharing a key', () => {
  it('are all rejected, each naming the others', () => {
    const result = ingest(source(FILE, initiatives([{}, { ID: 'A2' }, { 'Montant FQIS': '9 000' }])));
    expect(result.dataset.initiatives.map((r) => r.id)).toEqual(['A2']);
    expect(fileReport(result, FILE)).toMatchObject({ lignes: 3, publiees: 1, rejetees: 2, doublons: 0 });
    expect(errors(result)).toEqual([
      {
        fichier: FILE,
        ligne: 2,
        colonne: 'ID',
        valeur: 'A1',
        raison: `même clé que la ligne 4 de ${FILE}, avec des valeurs différentes : aucune de ces lignes n’est publiée`,
        gravite: 'erreur',
      },
      {
        fichier: FILE,
        ligne: 4,
        colonne: 'ID',
        valeur: 'A1',
        raison: `même clé que la ligne 2 de ${FILE}, avec des valeurs différentes : aucune de ces lignes n’est publiée`,
        gravite: 'erreur',
      },
    ]);
  });

  it('are all rejected when only some of them are identical', () => {
    const result = ingest(source(FILE, initiatives([{}, {}, { Titre: 'Autre titre' }])));
    expect(result.dataset.initiatives).toEqual([]);
    expect(fileReport(result, FILE)).toMatchObject({ publiees: 0, rejetees: 3, doublons: 0 });
    expect(errors(result).map((p) => p.ligne)).toEqual([2, 3, 4]);
  });

  it('differ even by a list item or a not-reported value', () => {
    const a = ingest(source(FILE, initiatives([{}, { Secteurs: 'communautaire' }])));
    expect(fileReport(a, FILE)).toMatchObject({ rejetees: 2 });
    const b = ingest(source(FILE, initiatives([{}, { 'Mise en commun': '' }])));
    expect(fileReport(b, FILE)).toMatchObject({ rejetees: 2 });
  });

  it('are rejected across files', () => {
    const result = ingest(source('a.csv', initiatives([{}])), source('b.csv', initiatives([{ Titre: 'Autre' }])));
    expect(result.dataset.initiatives).toEqual([]);
    expect(errors(result).map((p) => [p.fichier, p.ligne])).toEqual([
      ['a.csv', 2],
      ['b.csv', 2],
    ]);
    expect(errors(result)[0]?.raison).toContain('ligne 2 de b.csv');
  });
});

describe('the key of each kind', () => {
  it('initiatives: (region, annee, id) — another year or region is another initiative', () => {
    const result = ingest(source(FILE, initiatives([{}, { 'Année': '2025-2026' }, { 'Région': '05' }, { ID: 'a1' }])));
    expect(fileReport(result, FILE)).toMatchObject({ publiees: 4, rejetees: 0, doublons: 0 });
  });

  it('initiatives: the region written by name or code is the same key', () => {
    const result = ingest(source(FILE, initiatives([{}, { 'Région': 'Mauricie', Titre: 'Autre' }])));
    expect(fileReport(result, FILE)).toMatchObject({ publiees: 0, rejetees: 2 });
  });

  it('priorites: (alliance, code), code case ignored', () => {
    const text = csv(['Région', 'Code', 'Libellé'], [['04', 'P1', 'Logement'], ['04', 'p1', 'Emploi'], ['05', 'P1', 'Logement']]);
    const result = ingest(source('p.csv', text));
    expect(result.dataset.priorites.map((p) => [p.alliance, p.code])).toEqual([['05', 'P1']]);
    expect(fileReport(result, 'p.csv')).toMatchObject({ publiees: 1, rejetees: 2 });
  });

  it('indicateurs: (annee, alliance, indicateur), with 1,1 read as 1.1', () => {
    const text = csv(['Année', 'Région', 'Indicateur', 'Valeur'], [['2024-2025', '04', '1.1', 'oui'], ['2024-2025', '4', '1,1', 'OUI'], ['2024-2025', '04', '1.2', 'non']]);
    const result = ingest(source('i.csv', text));
    expect(fileReport(result, 'i.csv')).toMatchObject({ publiees: 2, doublons: 1, rejetees: 0 });
  });

  it('alliances: the identifier, 4 being 04', () => {
    const text = csv(['Alliance', 'Région', 'Nom'], [['04', '04', 'Alliance mauricienne'], ['4', 'Mauricie', 'Alliance mauricienne']]);
    const result = ingest(source('alliances.csv', text));
    expect(fileReport(result, 'alliances.csv')).toMatchObject({ publiees: 1, doublons: 1 });
  });
});

describe('resolveDuplicates', () => {
  const layout = layoutFor('priorites', ['region', 'code', 'libelle'], 'p.csv', 1);
  const row = (line: number, fields: string[]): Candidate => readRow(layout, { line, fields }, 'code');

  it('rejects rows already in error and leaves them out of the grouping', () => {
    const ok = row(2, ['04', 'P1', 'Logement']);
    const bad = row(3, ['18', 'P1', 'Autre chose']);
    resolveDuplicates('priorites', [ok, bad]);
    expect(ok.outcome).toBe('publiee');
    expect(bad.outcome).toBe('rejetee');
    expect(bad.errors?.map((p) => p.raison)).toEqual(['région inconnue']);
    expect(ok.errors).toBeUndefined();
  });

  it('gives every candidate an outcome', () => {
    const all = [row(2, ['04', 'P1', 'a']), row(3, ['04', 'P1', 'a']), row(4, ['04', 'P2', 'b']), row(5, ['04', 'P2', 'c'])];
    resolveDuplicates('priorites', all);
    expect(all.map((c) => c.outcome)).toEqual(['publiee', 'doublon', 'rejetee', 'rejetee']);
  });
});
