/**
 * Contract §1.3 end to end through `ingestFiles`: every fault rejects the
 * row with file, line, column, value and a French reason; warnings keep it.
 */
import { describe, it, expect } from 'vitest';
import type { IngestResult } from '../../../src/lib/ingest/index.ts';
import type { Reported as Problem } from './helpers.ts';
import { INITIATIVE_COLUMNS, csv, errors, fileReport, ingest, initiatives, source, warnings } from './helpers.ts';

const FILE = 'mauricie/initiatives-2024.csv';

/** A valid row A1 (line 2), then row A2 (line 3) with the overrides: A2 must be rejected. */
function rejected(overrides: Readonly<Record<string, string>>, columns: readonly string[] = INITIATIVE_COLUMNS): Problem[] {
  const result = ingest(source(FILE, initiatives([{}, { ID: 'A2', ...overrides }], columns)));
  expect(fileReport(result, FILE)).toMatchObject({ type: 'initiatives', lignes: 2, publiees: 1, rejetees: 1, doublons: 0 });
  expect(result.dataset.initiatives.map((r) => r.id)).toEqual(['A1']);
  expect(errors(result).every((p) => p.ligne === 3)).toBe(true);
  return errors(result);
}

/** One row with the overrides: it must be published. */
function published(overrides: Readonly<Record<string, string>>, columns: readonly string[] = INITIATIVE_COLUMNS): IngestResult {
  const result = ingest(source(FILE, initiatives([overrides], columns)));
  expect(errors(result)).toEqual([]);
  expect(fileReport(result, FILE)).toMatchObject({ lignes: 1, publiees: 1, rejetees: 0, doublons: 0 });
  expect(result.dataset.initiatives).toHaveLength(1);
  return result;
}

const error = (colonne: string, valeur: string, raison: string): Problem => ({ fichier: FILE, ligne: 3, colonne, valeur, raison, gravite: 'erreur' });

describe('a row is rejected when a required value is missing', () => {
  it.each(['Année', 'Région', 'ID', 'Titre', 'Organisme', 'Priorité', 'Statut', 'Date début', 'Montant FQIS'])('%s empty', (colonne) => {
    expect(rejected({ [colonne]: '' })).toEqual([error(colonne, '', 'valeur obligatoire manquante')]);
  });

  it('counts blanks as missing, reporting the value as read', () => {
    expect(rejected({ Titre: '   ' })).toEqual([error('Titre', '   ', 'valeur obligatoire manquante')]);
  });

  it('reports the column under the name the partner gave it', () => {
    const columns = INITIATIVE_COLUMNS.map((c) => (c === 'Montant FQIS' ? ' MONTANT-FQIS ' : c));
    const text = initiatives([{ ' MONTANT-FQIS ': '100' }, { ID: 'A2', ' MONTANT-FQIS ': '' }], columns);
    const result = ingest(source(FILE, text));
    expect(result.dataset.initiatives.map((r) => [r.id, r.montant_fqis])).toEqual([['A1', 100]]);
    expect(errors(result)).toEqual([error('MONTANT-FQIS', '', 'valeur obligatoire manquante')]);
  });
});

describe('a row is rejected when a value is unreadable', () => {
  it.each<[string, string, string]>([
    ['Montant FQIS', 'beaucoup', 'montant illisible'],
    ['Montant FQIS', '12.500,50', 'montant illisible'],
    ['Date début', '2025-02-30', "date qui n’existe pas"],
    ['Date début', '31/02/2025', "date qui n’existe pas"],
    ['Date début', 'mars 2025', 'date illisible (formats acceptés : AAAA-MM-JJ, JJ/MM/AAAA, AAAA/MM/JJ)'],
    ['Date fin', '12/31/2025', 'date illisible : le jour vient en premier (JJ/MM/AAAA), jamais le mois'],
    ['Année', 'vingt', 'année illisible (format attendu : AAAA-AAAA, par exemple 2024-2025)'],
    ['Année', '2024-2026', 'les deux années doivent se suivre'],
    ['Personnes rejointes', 'dix', 'nombre entier illisible'],
    ['Personnes rejointes', '12,5', 'nombre entier illisible'],
    ['Mise en commun', 'peut-être', 'valeur oui/non illisible'],
  ])('%s = %j', (colonne, valeur, raison) => {
    expect(rejected({ [colonne]: valeur })).toEqual([error(colonne, valeur, raison)]);
  });
});

describe('a row is rejected when a code is unknown', () => {
  it.each<[string, string, string]>([
    ['Région', '18', 'région inconnue'],
    ['Région', 'Gatineau', 'région inconnue'],
    ['Priorité', 'logement', 'priorité nationale inconnue'],
    ['Statut', 'finie', 'statut inconnu'],
    ['Secteurs', 'communautaire|culture', 'secteur inconnu : « culture »'],
    ['Alliance', 'alliance-inconnue', 'Alliance inconnue'],
  ])('%s = %j', (colonne, valeur, raison) => {
    expect(rejected({ [colonne]: valeur })).toEqual([error(colonne, valeur, raison)]);
  });
});

describe('a row is rejected when an amount or a count is negative', () => {
  it.each<[string, string, string]>([
    ['Montant FQIS', '-500', 'montant négatif'],
    ['Montant FQIS', '-12 500,50 $', 'montant négatif'],
    ['Autres contributions', '(1 000 $)', 'montant négatif'],
    ['Personnes rejointes', '-3', 'nombre négatif'],
    ['Nb organisations', '-1', 'nombre négatif'],
    ['Nb organisations', '0', 'nombre inférieur à 1'],
  ])('%s = %j', (colonne, valeur, raison) => {
    expect(rejected({ [colonne]: valeur })).toEqual([error(colonne, valeur, raison)]);
  });

  it('accepts zero where zero is allowed', () => {
    const row = published({ 'Montant FQIS': '0', 'Personnes rejointes': '0' }).dataset.initiatives[0];
    expect(row?.montant_fqis).toBe(0);
    expect(row?.personnes_rejointes).toBe(0);
  });
});

describe('a row is rejected when date_fin is before date_debut', () => {
  it('reports date_fin as written', () => {
    expect(rejected({ 'Date début': '2025-03-01', 'Date fin': '01/02/2025' })).toEqual([
      error('Date fin', '01/02/2025', 'la date de fin précède la date de début'),
    ]);
  });

  it('accepts an initiative that ends the day it starts', () => {
    published({ 'Date début': '2025-03-01', 'Date fin': '01/03/2025' });
  });
});

describe('a row is rejected when it has more fields than the header', () => {
  it('reports the extra fields as the value', () => {
    const text = initiatives([{}, { ID: 'A2' }]).trimEnd() + ';en trop;encore\n';
    const result = ingest(source(FILE, text));
    expect(fileReport(result, FILE)).toMatchObject({ lignes: 2, publiees: 1, rejetees: 1 });
    expect(errors(result)).toEqual([
      error('', 'en trop | encore', `la ligne compte ${INITIATIVE_COLUMNS.length + 2} champs, l’en-tête ${INITIATIVE_COLUMNS.length} : une valeur contient peut-être le délimiteur sans guillemets`),
    ]);
  });

  it('catches an unquoted delimiter inside a value', () => {
    const text = csv(['Région', 'Code', 'Libellé'], [['04', 'P1', 'Logement'], ['04', 'P2', 'Emploi']]) + '04;P3;Santé; services sociaux\n';
    const result = ingest(source('p.csv', text));
    expect(result.dataset.priorites.map((p) => p.code)).toEqual(['P1', 'P2']);
    expect(errors(result)).toMatchObject([{ fichier: 'p.csv', ligne: 4, colonne: '', valeur: ' services sociaux' }]);
  });
});

describe('several faults on one row are all reported', () => {
  it('lists each bad cell', () => {
    expect(rejected({ Région: '18', 'Montant FQIS': '-5', Statut: '' })).toEqual([
      error('Région', '18', 'région inconnue'),
      error('Statut', '', 'valeur obligatoire manquante'),
      error('Montant FQIS', '-5', 'montant négatif'),
    ]);
  });
});

describe('warnings keep the row', () => {
  it('an unknown column is reported once, on the header, and never published', () => {
    const columns = [...INITIATIVE_COLUMNS, 'Notes internes'];
    const result = published({ 'Notes internes': 'à revoir avec Marie' }, columns);
    expect(warnings(result)).toEqual([
      { fichier: FILE, ligne: 1, colonne: 'Notes internes', valeur: '', raison: 'colonne inconnue : jamais publiée', gravite: 'avertissement' },
    ]);
    const row = result.dataset.initiatives[0]!;
    expect(Object.keys(row)).not.toContain('notes_internes');
    expect(JSON.stringify(result.dataset)).not.toContain('à revoir');
    expect(fileReport(result, FILE).avertissements).toBe(1);
  });

  it.each(['Courriel', 'Téléphone', 'Email du contact', 'NAS', 'responsable_nom'])(
    'the personal column %j is reported as such and never published',
    (column) => {
      const columns = [...INITIATIVE_COLUMNS, column];
      const result = published({ [column]: 'marie.tremblay@exemple.org 819-555-0199' }, columns);
      expect(warnings(result)).toEqual([
        {
          fichier: FILE,
          ligne: 1,
          colonne: column,
          valeur: '',
          raison: 'colonne qui semble contenir des renseignements personnels : jamais publiée',
          gravite: 'avertissement',
        },
      ]);
      expect(JSON.stringify(result.dataset)).not.toContain('marie.tremblay');
      expect(JSON.stringify(result.dataset)).not.toContain('555-0199');
    },
  );

  it.each(['www.exemple.org', 'javascript:alert(1)', 'ftp://exemple.org/plan.pdf'])('a lien %j that is not http(s) is dropped', (lien) => {
    const result = published({ Lien: lien });
    expect(warnings(result)).toEqual([
      { fichier: FILE, ligne: 2, colonne: 'Lien', valeur: lien, raison: "lien qui n’est pas une adresse http ou https : retiré", gravite: 'avertissement' },
    ]);
    expect(result.dataset.initiatives[0]?.lien).toBeNull();
    expect(JSON.stringify(result.dataset)).not.toContain(lien);
  });

  it('an http(s) lien is kept', () => {
    expect(published({ Lien: 'http://exemple.org/a' }).dataset.initiatives[0]?.lien).toBe('http://exemple.org/a');
  });

  it('an initiative longer than five years is published with a warning on date_fin', () => {
    const result = published({ 'Date début': '01/11/2024', 'Date fin': '30/06/2030' });
    expect(warnings(result)).toEqual([
      { fichier: FILE, ligne: 2, colonne: 'Date fin', valeur: '30/06/2030', raison: "l’initiative dure plus de cinq ans", gravite: 'avertissement' },
    ]);
    expect(result.dataset.initiatives[0]).toMatchObject({ date_debut: '2024-11-01', date_fin: '2030-06-30' });
  });

  it('five years and one day is longer than five years', () => {
    expect(warnings(published({ 'Date début': '2024-11-01', 'Date fin': '2029-11-02' })).map((p) => p.raison)).toEqual([
      "l’initiative dure plus de cinq ans",
    ]);
  });

  it('exactly five years, or less, gives no warning', () => {
    expect(warnings(published({ 'Date début': '2024-11-01', 'Date fin': '2029-11-01' }))).toEqual([]);
    expect(warnings(published({ 'Date début': '2024-11-01', 'Date fin': '2029-10-31' }))).toEqual([]);
  });

  it('counts every warning of a file', () => {
    const columns = [...INITIATIVE_COLUMNS, 'Courriel', 'Notes'];
    const text = initiatives([{ Lien: 'www.a.org' }, { ID: 'A2', Lien: 'www.b.org', 'Date fin': '2031-01-01' }], columns);
    const result = ingest(source(FILE, text));
    expect(fileReport(result, FILE)).toMatchObject({ publiees: 2, rejetees: 0, avertissements: 5 });
    expect(warnings(result)).toHaveLength(5);
  });
});

describe('published values are canonical', () => {
  it('reads every French spelling to the contract form', () => {
    const row = published({
      'Année': '2024–2025',
      'Région': 'mauricie',
      'Priorité': 'Sécurité alimentaire',
      'Statut': 'Complétée',
      'Date début': '01/11/2024',
      'Date fin': '2025/10/31',
      'Montant FQIS': '12\u00a0500,50\u00a0$',
      'Autres contributions': '$1 000',
      'Personnes rejointes': '1 234',
      'Secteurs': 'Santé|Communautaire',
      'Mise en commun': 'NON',
    }).dataset.initiatives[0];
    expect(row).toMatchObject({
      annee: '2024-2025',
      region: '04',
      region_nom: 'Mauricie',
      alliance: '04',
      priorite: 'securite-alimentaire',
      statut: 'completee',
      date_debut: '2024-11-01',
      date_fin: '2025-10-31',
      montant_fqis: 12500.5,
      autres_contributions: 1000,
      personnes_rejointes: 1234,
      secteurs: ['sante', 'communautaire'],
      mise_en_commun: false,
      participation_personnes: null,
      pratique_gagnante: null,
      cibles_atteintes: null,
    });
  });
});

describe('indicateurs rules', () => {
  const HEADER = ['Année', 'Région', 'Indicateur', 'Valeur', 'Libellé', 'Unité'];
  const run = (rows: string[][]): IngestResult => ingest(source('ind.csv', csv(HEADER, rows)));

  it('reads yes/no for 1.1, 1.2 and 2.3, a whole number for 2.1, a number for R.*', () => {
    const result = run([
      ['2024-2025', '04', '1.1', 'Oui', '', ''],
      ['2024-2025', '04', '1,2', 'non', '', ''],
      ['2024-2025', '04', '2.3', 'VRAI', '', ''],
      ['2024-2025', '04', '2.1', '1 234', '', ''],
      ['2024-2025', '04', 'R.repas', '12 500,5', 'Repas servis', 'repas'],
    ]);
    expect(errors(result)).toEqual([]);
    expect(result.dataset.indicateurs.map((r) => [r.indicateur, r.valeur])).toEqual([
      ['1.1', true],
      ['1.2', false],
      ['2.1', 1234],
      ['2.3', true],
      ['R.repas', 12500.5],
    ]);
  });

  it.each<[string, string, string, string]>([
    ['1.1', 'peut-être', 'Valeur', "l’indicateur 1.1 attend oui ou non"],
    ['2.3', '3', 'Valeur', "l’indicateur 2.3 attend oui ou non"],
    ['2.1', '-3', 'Valeur', "l’indicateur 2.1 attend un nombre entier positif ou nul"],
    ['2.1', '2,5', 'Valeur', "l’indicateur 2.1 attend un nombre entier positif ou nul"],
    ['R.repas', 'beaucoup', 'Valeur', "l’indicateur R.repas attend un nombre"],
  ])('rejects %s = %j', (indicateur, valeur, colonne, raison) => {
    const result = run([['2024-2025', '04', indicateur, valeur, 'Libellé', '']]);
    expect(result.dataset.indicateurs).toEqual([]);
    expect(errors(result)).toEqual([{ fichier: 'ind.csv', ligne: 2, colonne, valeur, raison, gravite: 'erreur' }]);
  });

  it('rejects a regional indicator without a title', () => {
    const result = run([['2024-2025', '04', 'R.repas', '12', '', '']]);
    expect(errors(result)).toEqual([
      { fichier: 'ind.csv', ligne: 2, colonne: 'Libellé', valeur: '', raison: 'un indicateur régional (R.*) doit avoir un libellé', gravite: 'erreur' },
    ]);
  });

  it('rejects an unknown indicator code', () => {
    const result = run([['2024-2025', '04', '3.1', '12', '', '']]);
    expect(errors(result)).toEqual([
      {
        fichier: 'ind.csv',
        ligne: 2,
        colonne: 'Indicateur',
        valeur: '3.1',
        raison: 'indicateur inconnu (attendu : 1.1, 1.2, 2.1, 2.3 ou R.<code>)',
        gravite: 'erreur',
      },
    ]);
  });
});

describe('a row is rejected when a number is beyond what its column holds (contract §1.5)', () => {
  const TOO_MUCH = 'montant trop élevé : plus de 1 000 000 000 $ (vérifiez le chiffre)';
  const TOO_MANY = 'nombre trop élevé : plus de 100 000 000 (vérifiez le chiffre)';
  it.each<[string, string, string]>([
    ['Montant FQIS', '1000000000,01', TOO_MUCH],
    ['Montant FQIS', '1,7E+308', TOO_MUCH],
    ['Montant FQIS', '100000000000000000000', TOO_MUCH],
    ['Autres contributions', '2 000 000 000 $', TOO_MUCH],
    ['Personnes rejointes', '100 000 001', TOO_MANY],
    ['Nb organisations', '1e9', TOO_MANY],
    ['Montant FQIS', 'Infinity', 'montant illisible'],
    ['Montant FQIS', 'NaN', 'montant illisible'],
    ['Montant FQIS', '1,5E+4', 'montant en notation scientifique (avec un exposant E) : écrivez-le en chiffres'],
  ])('%s = %j', (colonne, valeur, raison) => {
    expect(rejected({ [colonne]: valeur })).toEqual([error(colonne, valeur, raison)]);
  });

  it('rejects 309 and 400 digits (1e308, Infinity once read)', () => {
    expect(rejected({ 'Montant FQIS': '9'.repeat(309) }).map((p) => [p.colonne, p.raison])).toEqual([['Montant FQIS', TOO_MUCH]]);
    expect(rejected({ 'Personnes rejointes': '9'.repeat(400) }).map((p) => [p.colonne, p.raison])).toEqual([['Personnes rejointes', TOO_MANY]]);
  });

  it('publishes 1 000 000 000 $ and 100 000 000 persons, the limits themselves (with warnings)', () => {
    const row = ingest(source(FILE, initiatives([{ 'Montant FQIS': '1 000 000 000', 'Personnes rejointes': '100000000' }]))).dataset.initiatives[0];
    expect(row).toMatchObject({ montant_fqis: 1e9, personnes_rejointes: 1e8 });
  });

  it('applies to every kind: the envelope, the population, an indicator’s value', () => {
    const alliances = csv(['alliance', 'region', 'nom', 'enveloppe'], [['04', '04', 'Mauricie', '1 000 000 001']]);
    const contexte = csv(['annee', 'region', 'population', 'personnes_faible_revenu', 'source'], [['2024-2025', '04', '100000001', '', 'ISQ'], ['2024-2025', '05', '1000', '1e9', 'ISQ']]);
    const indicateurs = csv(['annee', 'region', 'indicateur', 'valeur', 'libelle'], [
      ['2024-2025', '04', '2.1', '100000001', ''],
      ['2024-2025', '04', 'R.repas', '-1,7E+308', 'Repas'],
      ['2024-2025', '04', 'R.km', '100 000 000,5', 'Kilomètres'],
      ['2024-2025', '04', 'R.ok', '-100 000 000', 'Écart'],
    ]);
    const result = ingest(source('a.csv', alliances), source('c.csv', contexte), source('i.csv', indicateurs));
    expect(errors(result).map((p) => [p.fichier, p.ligne, p.colonne, p.raison])).toEqual([
      ['a.csv', 2, 'enveloppe', TOO_MUCH],
      ['c.csv', 2, 'population', TOO_MANY],
      ['c.csv', 3, 'personnes_faible_revenu', TOO_MANY],
      ['i.csv', 2, 'valeur', TOO_MANY],
      ['i.csv', 3, 'valeur', TOO_MANY],
      ['i.csv', 4, 'valeur', TOO_MANY],
    ]);
    expect(result.dataset.indicateurs.map((r) => [r.indicateur, r.valeur])).toEqual([['R.ok', -1e8]]);
  });
});

describe('a row of the templates’ example is rejected (contract §1.5)', () => {
  const EXAMPLE = "ligne d’exemple du modèle, fictive : supprimez-la du fichier avant de l’envoyer";
  it.each<[string, string]>([
    ['ID', 'EXEMPLE-1'],
    ['ID', 'exemple-12'],
    ['Titre', 'Exemple : initiative fictive à remplacer'],
    ['Titre', 'exemple: mon projet'],
  ])('%s = %j', (colonne, valeur) => {
    expect(rejected({ [colonne]: valeur })).toEqual([error(colonne, valeur, EXAMPLE)]);
  });

  it('keeps rows that only mention an example', () => {
    published({ ID: 'EXEMPLES', Titre: 'Un exemple : cuisines collectives' });
    published({ ID: 'EX-1', Titre: 'Exemple de cuisine collective' });
  });

  it('covers every kind’s example row', () => {
    const result = ingest(
      source('a.csv', csv(['alliance', 'region', 'nom'], [['EXEMPLE', '01', 'Alliance du Bas-Saint-Laurent'], ['01', '01', 'Exemple : Alliance fictive'], ['02', '02', 'Alliance']]),),
      source('p.csv', csv(['region', 'alliance', 'code', 'libelle'], [['02', '', 'EXEMPLE-P1', 'Logement'], ['02', '', 'P2', 'Exemple : priorité fictive'], ['02', '', 'P3', 'Emploi']])),
      source('i.csv', csv(['annee', 'region', 'indicateur', 'valeur', 'commentaire'], [['2024-2025', '02', '1.1', 'oui', 'Exemple : ligne fictive'], ['2024-2025', '02', '1.2', 'oui', '']])),
      source('c.csv', csv(['annee', 'region', 'population', 'source'], [['2024-2025', '02', '1000', 'Exemple : source fictive'], ['2024-2025', '03', '1000', 'ISQ']])),
    );
    expect(errors(result).map((p) => [p.fichier, p.ligne, p.colonne, p.raison])).toEqual([
      ['a.csv', 2, 'alliance', EXAMPLE],
      ['a.csv', 3, 'nom', EXAMPLE],
      ['c.csv', 2, 'source', EXAMPLE],
      ['i.csv', 2, 'commentaire', EXAMPLE],
      ['p.csv', 2, 'code', EXAMPLE],
      ['p.csv', 3, 'libelle', EXAMPLE],
    ]);
    expect(result.dataset.priorites.map((p) => p.code)).toEqual(['P3']);
    expect(result.dataset.indicateurs.map((p) => p.indicateur)).toEqual(['1.2']);
    expect(result.dataset.contexte.map((p) => p.region)).toEqual(['03']);
  });
});

describe('plausibility warnings keep the row (contract §1.5)', () => {
  const kept = '(la ligne est gardée)';
  const warned = (overrides: Readonly<Record<string, string>>, ...others: ReturnType<typeof source>[]): Problem[] => {
    const result = ingest(source(FILE, initiatives([overrides])), ...others);
    expect(errors(result)).toEqual([]);
    expect(fileReport(result, FILE)).toMatchObject({ publiees: 1, rejetees: 0 });
    return warnings(result).filter((p) => p.fichier === FILE);
  };
  const warning = (colonne: string, valeur: string, raison: string): Problem => ({ fichier: FILE, ligne: 2, colonne, valeur, raison, gravite: 'avertissement' });

  it('an amount above 1 000 000 $', () => {
    expect(warned({ 'Montant FQIS': '1 000 000,01 $' })).toEqual([
      warning('Montant FQIS', '1 000 000,01 $', `montant FQIS de plus de 1 000 000 $ pour une seule initiative dans l’année : vérifiez le chiffre ${kept}`),
    ]);
    expect(warned({ 'Montant FQIS': '1 000 000 $' })).toEqual([]);
  });

  it('an amount above its Alliance’s envelope (named once, even above 1 000 000 $)', () => {
    const alliances = source('alliances.csv', csv(['alliance', 'region', 'nom', 'enveloppe'], [['04', '04', 'Mauricie', '250 000']]));
    const reason = `montant FQIS plus élevé que l’enveloppe quinquennale de l’Alliance (250 000 $) : vérifiez le chiffre ${kept}`;
    expect(warned({ 'Montant FQIS': '250 000,01' }, alliances)).toEqual([warning('Montant FQIS', '250 000,01', reason)]);
    expect(warned({ 'Montant FQIS': '2 000 000' }, alliances)).toEqual([warning('Montant FQIS', '2 000 000', reason)]);
    expect(warned({ 'Montant FQIS': '250 000' }, alliances)).toEqual([]);
  });

  it('more persons reached than the region’s population that year (contexte), whatever the order of the files', () => {
    const contexte = source('0-contexte.csv', csv(['annee', 'region', 'population', 'source'], [['2024-2025', '04', '1 000', 'ISQ'], ['2025-2026', '04', '10', 'ISQ']]));
    expect(warned({ 'Personnes rejointes': '1001' }, contexte)).toEqual([
      warning('Personnes rejointes', '1001', `plus de personnes rejointes que la population de la région (1 000) : vérifiez le chiffre ${kept}`),
    ]);
    expect(warned({ 'Personnes rejointes': '1000' }, contexte)).toEqual([]);
    // No population known for the year or region: nothing to compare with.
    expect(warned({ 'Personnes rejointes': '1001', 'Région': '05' })).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['Date début', '2017-03-31', `date de début avant le 1er avril 2017 : inhabituelle, vérifiez la date ${kept}`],
    ['Date début', '01/01/1900', `date de début avant le 1er avril 2017 : inhabituelle, vérifiez la date ${kept}`],
    ['Date début', '2029-11-01', `date de début après le 31 octobre 2029, après la fin du programme : vérifiez la date ${kept}`],
  ])('%s = %j', (colonne, valeur, raison) => {
    const dates = { 'Date fin': valeur > '2029' ? '2030-01-01' : '' };
    expect(warned({ [colonne]: valeur, ...dates })).toEqual([warning(colonne, valeur, raison)]);
  });

  it('an end date after 31 October 2034; the bounds themselves are usual', () => {
    expect(warned({ 'Date début': '2030-01-01', 'Date fin': '2034-11-01' }).map((p) => [p.colonne, p.raison])).toEqual([
      ['Date début', `date de début après le 31 octobre 2029, après la fin du programme : vérifiez la date ${kept}`],
      ['Date fin', `date de fin après le 31 octobre 2034 : vérifiez la date ${kept}`],
    ]);
    expect(warned({ 'Date début': '2017-04-01', 'Date fin': '2018-01-01' })).toEqual([]);
    expect(warned({ 'Date début': '2029-10-31', 'Date fin': '2034-10-31' })).toEqual([]);
  });

  it('a title over 300 characters, a description or results over 5 000: published in full, the report’s value clipped', () => {
    const columns = [...INITIATIVE_COLUMNS, 'Description', 'Résultats'];
    const title = 'É'.repeat(301);
    const description = 'mot '.repeat(1251);
    const result = ingest(source(FILE, initiatives([{ Titre: title, Description: description, 'Résultats': '😀'.repeat(5000) }], columns)));
    expect(warnings(result).every((p) => p.valeur.length < 300)).toBe(true);
    expect(warnings(result).map((p) => [p.colonne, p.raison])).toEqual([
      ['Titre', `titre de plus de 300 caractères (301) : publié en entier dans les données, abrégé sur les pages ${kept}`],
      ['Description', `texte de plus de 5 000 caractères (5 003) : publié en entier dans les données, abrégé sur les pages ${kept}`],
    ]);
    expect(result.dataset.initiatives[0]).toMatchObject({ titre: title, description: description.trim() });
    // 5 000 emoji are 10 000 UTF-16 units but 5 000 characters: no warning.
    expect(result.dataset.initiatives[0]?.resultats).toHaveLength(10000);
  });

  it('never on a rejected row', () => {
    expect(rejected({ 'Montant FQIS': '2 000 000', Statut: 'finie' }).map((p) => p.raison)).toEqual(['statut inconnu']);
  });
});
