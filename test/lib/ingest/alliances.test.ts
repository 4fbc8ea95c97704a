import { describe, it, expect } from 'vitest';
import { AllianceDirectory, normaliseAllianceId } from '../../../src/lib/ingest/alliances.ts';
import type { AllianceRow } from '../../../src/lib/ingest/types.ts';
import { Invalid } from '../../../src/lib/ingest/values.ts';
import { REGIONS } from '../../../src/lib/contract/regions.ts';
import { csv, errors, fileReport, ingest, initiatives, source, warnings } from './helpers.ts';

const alliance = (id: string, region: string, nom: string): AllianceRow => ({
  alliance: id,
  region,
  region_nom: REGIONS.find((r) => r.code === region)?.name ?? region,
  nom,
  responsable: null,
  fiduciaire: null,
  enveloppe: null,
  date_convention: null,
  date_approbation_plan: null,
  site_web: null,
});

const NORD = [
  alliance('10-cree', '10', 'Eeyou Istchee'),
  alliance('10-Kativik', '10', 'Nunavik'),
  alliance('10-jamesie', '10', 'Jamésie'),
];

function reason(v: string | Invalid): string {
  if (!(v instanceof Invalid)) throw new Error(`expected Invalid, got ${v}`);
  return v.reason;
}

describe('normaliseAllianceId', () => {
  it('ignores case and accents, and reads 4 as 04', () => {
    expect(normaliseAllianceId('4')).toBe('04');
    expect(normaliseAllianceId('04')).toBe('04');
    expect(normaliseAllianceId(' 10-KATIVIK ')).toBe('10-kativik');
    expect(normaliseAllianceId('10-Jamésie')).toBe('10-jamesie');
    expect(normaliseAllianceId('14')).toBe('14');
  });
});

describe('AllianceDirectory', () => {
  it('without an alliances file, counts each region as one Alliance named by its code', () => {
    const d = new AllianceDirectory([]);
    expect(d.alliances).toHaveLength(17);
    expect(d.alliances.map((a) => a.alliance)).toEqual(REGIONS.map((r) => r.code));
    expect(d.alliances[1]).toMatchObject({ alliance: '02', region: '02', region_nom: 'Saguenay–Lac-Saint-Jean', nom: 'Saguenay–Lac-Saint-Jean' });
    expect(d.resolve('04', null)).toBe('04');
    expect(d.resolve('04', '4')).toBe('04');
    expect(d.resolve('04', '04')).toBe('04');
  });

  it('rejects an Alliance of another region and an unknown one', () => {
    const d = new AllianceDirectory([]);
    expect(reason(d.resolve('04', '05'))).toBe("cette Alliance n’appartient pas à la région de la ligne");
    expect(reason(d.resolve('04', 'mauricie'))).toBe('Alliance inconnue');
  });

  it('with several Alliances in a region, requires the alliance and names the choices', () => {
    const d = new AllianceDirectory(NORD);
    const why = reason(d.resolve('10', null));
    expect(why).toBe('la région Nord-du-Québec compte plusieurs Alliances (10-cree, 10-Kativik, 10-jamesie) : précisez laquelle');
    expect(d.resolve('10', '10-KATIVIK')).toBe('10-Kativik');
    expect(d.resolve('10', '10-Jamésie')).toBe('10-jamesie');
    expect(reason(d.resolve('10', '10'))).toBe('Alliance inconnue');
    expect(reason(d.resolve('04', '10-cree'))).toBe("cette Alliance n’appartient pas à la région de la ligne");
  });

  it('keeps the implicit Alliances of the regions the file does not list, sorted by region then id', () => {
    const d = new AllianceDirectory([alliance('04', '04', 'Mauricie'), ...NORD]);
    expect(d.alliances).toHaveLength(16 + 3);
    expect(d.inRegion('10').map((a) => a.alliance)).toEqual(['10-cree', '10-Kativik', '10-jamesie']);
    expect(d.alliances.filter((a) => a.region === '10').map((a) => a.alliance)).toEqual(['10-cree', '10-jamesie', '10-Kativik']);
    expect(d.alliances.map((a) => a.region)).toEqual([...d.alliances.map((a) => a.region)].sort());
    expect(d.resolve('05', null)).toBe('05');
  });
});

describe('Alliance resolution through ingestFiles (contract §1.2)', () => {
  const ALLIANCES = csv(
    ['Alliance', 'Région', 'Nom', 'Responsable', 'Enveloppe', 'Date convention', 'Site Web'],
    [
      ['10-cree', '10', 'Eeyou Istchee', 'Gouvernement de la nation crie', '1 500 000 $', '2024-06-01', 'https://exemple.org/cree'],
      ['10-kativik', 'Nord-du-Québec', 'Nunavik', 'Administration régionale Kativik', '', '', ''],
      ['10-jamesie', '10', 'Jamésie', '', '', '', 'www.jamesie.org'],
      ['4', 'Mauricie', 'Alliance mauricienne', '', '12 000 000', '15/05/2024', ''],
    ],
  );

  it('without an alliances file, gives a row its region code as Alliance', () => {
    const result = ingest(source('i.csv', initiatives([{}])));
    expect(result.dataset.initiatives[0]?.alliance).toBe('04');
    expect(result.dataset.alliances).toHaveLength(17);
  });

  it('reads the alliances file: ids, regions by name, amounts, dates, links', () => {
    const result = ingest(source('alliances.csv', ALLIANCES));
    expect(fileReport(result, 'alliances.csv')).toMatchObject({ type: 'alliances', lignes: 4, publiees: 4, rejetees: 0 });
    expect(result.dataset.alliances).toHaveLength(16 + 3);
    expect(result.dataset.alliances.find((a) => a.alliance === '04')).toMatchObject({
      region: '04',
      nom: 'Alliance mauricienne',
      enveloppe: 12000000,
      date_convention: '2024-05-15',
    });
    expect(result.dataset.alliances.find((a) => a.alliance === '10-kativik')?.region).toBe('10');
    expect(result.dataset.alliances.find((a) => a.alliance === '10-cree')).toMatchObject({ enveloppe: 1500000, site_web: 'https://exemple.org/cree' });
    expect(result.dataset.alliances.find((a) => a.alliance === '10-jamesie')?.site_web).toBeNull();
    expect(warnings(result)).toMatchObject([{ fichier: 'alliances.csv', ligne: 4, colonne: 'Site Web', valeur: 'www.jamesie.org' }]);
  });

  it('rejects an alliances row of an unknown region', () => {
    const text = csv(['Alliance', 'Région', 'Nom'], [['18-x', '18', 'Nulle part']]);
    const result = ingest(source('alliances.csv', text));
    expect(errors(result)).toEqual([
      { fichier: 'alliances.csv', ligne: 2, colonne: 'Région', valeur: '18', raison: 'région inconnue', gravite: 'erreur' },
    ]);
    expect(result.dataset.alliances).toHaveLength(17);
  });

  it('reads the alliances file first, whatever the file names', () => {
    const result = ingest(
      source('a-initiatives.csv', initiatives([{ 'Région': '10', Alliance: '10-kativik' }])),
      source('z/alliances.csv', ALLIANCES),
    );
    expect(result.dataset.initiatives[0]?.alliance).toBe('10-kativik');
    expect(errors(result)).toEqual([]);
  });

  it('rejects an empty alliance in a region that has several', () => {
    const result = ingest(source('alliances.csv', ALLIANCES), source('i.csv', initiatives([{ 'Région': '10' }, { ID: 'A2', 'Région': '10', Alliance: '10-cree' }])));
    expect(result.dataset.initiatives.map((r) => [r.id, r.alliance])).toEqual([['A2', '10-cree']]);
    expect(fileReport(result, 'i.csv')).toMatchObject({ lignes: 2, publiees: 1, rejetees: 1 });
    expect(errors(result)).toEqual([
      {
        fichier: 'i.csv',
        ligne: 2,
        colonne: 'Alliance',
        valeur: '',
        raison: 'la région Nord-du-Québec compte plusieurs Alliances (10-cree, 10-kativik, 10-jamesie) : précisez laquelle',
        gravite: 'erreur',
      },
    ]);
  });

  it('rejects a row of a region with several Alliances when the file has no alliance column', () => {
    const columns = ['Année', 'Région', 'ID', 'Titre', 'Organisme', 'Priorité', 'Statut', 'Date début', 'Montant FQIS'];
    const result = ingest(source('alliances.csv', ALLIANCES), source('i.csv', initiatives([{ 'Région': '10' }, { ID: 'A2' }], columns)));
    expect(result.dataset.initiatives.map((r) => [r.id, r.alliance])).toEqual([['A2', '04']]);
    expect(errors(result)).toMatchObject([{ fichier: 'i.csv', ligne: 2, colonne: 'alliance', valeur: '' }]);
  });

  it('rejects an Alliance of another region', () => {
    const result = ingest(source('alliances.csv', ALLIANCES), source('i.csv', initiatives([{ Alliance: '10-kativik' }])));
    expect(result.dataset.initiatives).toEqual([]);
    expect(errors(result)).toEqual([
      {
        fichier: 'i.csv',
        ligne: 2,
        colonne: 'Alliance',
        valeur: '10-kativik',
        raison: "cette Alliance n’appartient pas à la région de la ligne",
        gravite: 'erreur',
      },
    ]);
  });

  it('rejects an Alliance that does not exist', () => {
    const result = ingest(source('alliances.csv', ALLIANCES), source('i.csv', initiatives([{ 'Région': '10', Alliance: '10-sud' }])));
    expect(errors(result)).toMatchObject([{ fichier: 'i.csv', ligne: 2, colonne: 'Alliance', valeur: '10-sud', raison: 'Alliance inconnue' }]);
  });

  it('defaults to the region’s only Alliance, and accepts its id in any case or as a bare digit', () => {
    const result = ingest(
      source('alliances.csv', ALLIANCES),
      source('i.csv', initiatives([{}, { ID: 'A2', Alliance: '4' }, { ID: 'A3', 'Région': '10', Alliance: '10-KATIVIK' }, { ID: 'A4', 'Région': '05' }])),
    );
    expect(errors(result)).toEqual([]);
    expect(result.dataset.initiatives.map((r) => [r.id, r.alliance])).toEqual([
      ['A1', '04'],
      ['A2', '04'],
      ['A4', '05'],
      ['A3', '10-kativik'],
    ]);
  });

  it('applies to priorites and indicateurs too', () => {
    const result = ingest(
      source('alliances.csv', ALLIANCES),
      source('p.csv', csv(['Région', 'Alliance', 'Code', 'Libellé'], [['10', '', 'P1', 'Logement'], ['10', '10-cree', 'P1', 'Logement']])),
      source('ind.csv', csv(['Année', 'Région', 'Alliance', 'Indicateur', 'Valeur'], [['2024-2025', '10', '', '1.1', 'oui'], ['2024-2025', '10', '10-jamesie', '1.1', 'oui']])),
    );
    expect(result.dataset.priorites.map((p) => p.alliance)).toEqual(['10-cree']);
    expect(result.dataset.indicateurs.map((p) => p.alliance)).toEqual(['10-jamesie']);
    expect(errors(result).map((p) => [p.fichier, p.ligne, p.colonne])).toEqual([
      ['ind.csv', 2, 'Alliance'],
      ['p.csv', 2, 'Alliance'],
    ]);
  });
});
