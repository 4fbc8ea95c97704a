import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { reasonText } from '../../../src/lib/contract/reasons.ts';
import { ingestFolder, readSources } from '../../../src/lib/ingest/sources.ts';
import { INITIATIVE_COLUMNS, VALID_INITIATIVE, csv, encode, errors, fileReport, ingest, initiatives, source } from './helpers.ts';

describe('a file whose header matches no kind', () => {
  const NOTES = 'Nom;Prénom;Commentaire\nTremblay;Marie;à rappeler\n\nGagnon;Luc;ok\n;;\nRoy;Ève;x\n';

  it('is rejected whole, with a reason naming the closest kind, and the other files are still read', () => {
    const result = ingest(source('notes.csv', NOTES), source('mauricie/i.csv', initiatives([{}])));
    expect(fileReport(result, 'notes.csv')).toMatchObject({ type: null, lignes: 3, publiees: 0, rejetees: 3, doublons: 0 });
    const [problem, ...others] = errors(result);
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ fichier: 'notes.csv', ligne: 1, colonne: '', valeur: 'Nom | Prénom | Commentaire', gravite: 'erreur' });
    expect(problem?.raison).toMatch(/^type de fichier non reconnu : rejeté en entier \(3 lignes\); pour un fichier .+, il manque : /);
    expect(fileReport(result, 'mauricie/i.csv')).toMatchObject({ type: 'initiatives', publiees: 1 });
    expect(result.dataset.initiatives).toHaveLength(1);
  });

  it('names the required columns it lacks', () => {
    const columns = INITIATIVE_COLUMNS.filter((c) => c !== 'Montant FQIS');
    const result = ingest(source('i.csv', initiatives([{}], columns)));
    expect(fileReport(result, 'i.csv')).toMatchObject({ type: null, lignes: 1, rejetees: 1 });
    expect(errors(result)[0]?.raison).toBe('type de fichier non reconnu : rejeté en entier (1 ligne); pour un fichier initiatives, il manque : montant_fqis');
  });

  it('an empty file is reported as having no header', () => {
    const result = ingest(source('vide.csv', ''), source('blanc.csv', '\n;;;\n\n'));
    for (const fichier of ['vide.csv', 'blanc.csv']) {
      expect(fileReport(result, fichier)).toMatchObject({ type: null, lignes: 0, rejetees: 0 });
    }
    expect(errors(result).map((p) => [p.fichier, p.raison])).toEqual([
      ['blanc.csv', 'fichier vide : aucun en-tête'],
      ['vide.csv', 'fichier vide : aucun en-tête'],
    ]);
  });

  it('is recognised by its header, never its name', () => {
    const result = ingest(source('alliances.csv', initiatives([{}])), source('initiatives.csv', csv(['Alliance', 'Région', 'Nom'], [['04', '04', 'Mauricie']])));
    expect(fileReport(result, 'alliances.csv').type).toBe('initiatives');
    expect(fileReport(result, 'initiatives.csv').type).toBe('alliances');
  });
});

describe('real exports (contract §1.1)', () => {
  it('reads a French Excel export: Windows-1252, ;, CRLF, French numbers and dates', () => {
    const header = 'Année;Région;ID;Titre;Organisme;Priorité;Statut;Date début;Date fin;Montant FQIS;Mise en commun';
    const row = '2024-2025;Gaspésie–Îles-de-la-Madeleine;G1;Épicerie « solidaire »;Centre d’entraide;Prévention de la pauvreté et de l’exclusion sociale;Démarrée;01/11/2024;31/10/2025;12 500,50 $;Oui';
    const text = `${header}\r\n${row}\r\n`;
    // Every character above exists in Windows-1252; encode it by hand from its code page.
    const cp1252: Record<string, number> = { '’': 0x92, '–': 0x96 };
    const bytes = new Uint8Array([...text].map((ch) => cp1252[ch] ?? ch.charCodeAt(0)));
    expect([...bytes].every((b) => b < 256)).toBe(true);
    const result = ingest({ fichier: 'gaspesie.csv', bytes });
    expect(fileReport(result, 'gaspesie.csv')).toMatchObject({ type: 'initiatives', encodage: 'windows-1252', delimiteur: ';', lignes: 1, publiees: 1 });
    expect(result.dataset.initiatives[0]).toMatchObject({
      region: '11',
      region_nom: 'Gaspésie–Îles-de-la-Madeleine',
      titre: 'Épicerie « solidaire »',
      organisme: 'Centre d’entraide',
      priorite: 'prevention',
      statut: 'demarree',
      date_debut: '2024-11-01',
      date_fin: '2025-10-31',
      montant_fqis: 12500.5,
      mise_en_commun: true,
    });
  });

  it('reads a UTF-8 tab-separated export with a BOM', () => {
    const text = '\uFEFF' + initiatives([{ Titre: 'Halte-chaleur' }], INITIATIVE_COLUMNS, '\t');
    const result = ingest(source('tab.csv', text));
    expect(fileReport(result, 'tab.csv')).toMatchObject({ type: 'initiatives', encodage: 'utf-8-bom', delimiteur: 'tabulation', publiees: 1 });
    expect(result.dataset.initiatives[0]?.annee).toBe('2024-2025');
    expect(result.dataset.initiatives[0]?.titre).toBe('Halte-chaleur');
  });

  it('reads a comma-separated export with quoted French amounts and multi-line text', () => {
    const columns = [...INITIATIVE_COLUMNS, 'Description'];
    const text = initiatives(
      [
        { 'Montant FQIS': '12 500,50 $', Description: 'Première ligne\nDeuxième ligne, avec virgule' },
        { ID: 'A2', 'Région': '18' },
      ],
      columns,
      ',',
    );
    const result = ingest(source('virgules.csv', text));
    expect(fileReport(result, 'virgules.csv')).toMatchObject({ delimiteur: ',', lignes: 2, publiees: 1, rejetees: 1 });
    expect(result.dataset.initiatives[0]).toMatchObject({ montant_fqis: 12500.5, description: 'Première ligne\nDeuxième ligne, avec virgule' });
    expect(errors(result)).toEqual([{ fichier: 'virgules.csv', ligne: 3, colonne: 'Région', valeur: '18', raison: 'région inconnue', gravite: 'erreur' }]);
  });

  it('skips blank lines and lines of only delimiters: not counted, not rejected', () => {
    const [head, row] = initiatives([{}]).split('\n');
    const text = `${head}\n\n${row}\n;;;;\n   \n${initiatives([{ ID: 'A2', 'Région': '18' }]).split('\n')[1]}\n\n`;
    const result = ingest(source('blancs.csv', text));
    expect(fileReport(result, 'blancs.csv')).toMatchObject({ lignes: 2, publiees: 1, rejetees: 1, doublons: 0 });
    expect(errors(result).map((p) => p.ligne)).toEqual([6]);
  });

  it('reads header names whatever their case, accents, spaces and hyphens', () => {
    const columns = INITIATIVE_COLUMNS.map((c) => ` ${c.toUpperCase().replace(/ /g, '-')} `);
    const rows = [Object.fromEntries(INITIATIVE_COLUMNS.map((c, i) => [columns[i]!, VALID_INITIATIVE[c] ?? '']))];
    const result = ingest(source('majuscules.csv', initiatives(rows, columns)));
    expect(fileReport(result, 'majuscules.csv')).toMatchObject({ type: 'initiatives', publiees: 1, avertissements: 0 });
    expect(result.dataset.initiatives[0]?.montant_fqis).toBe(12500.5);
  });
});

describe('ingestFiles results', () => {
  it('lists problems by file, then line', () => {
    const result = ingest(
      source('b.csv', initiatives([{ 'Région': '18' }, { ID: 'A2', Statut: 'x' }])),
      source('a.csv', initiatives([{ ID: 'A3' }, { ID: 'A4', Lien: 'www.x.org' }, { ID: 'A5', Titre: '' }])),
    );
    expect(result.problems.map((p) => [p.fichier, p.ligne])).toEqual([
      ['a.csv', 3],
      ['a.csv', 4],
      ['b.csv', 2],
      ['b.csv', 3],
    ]);
    expect(result.files.map((f) => f.fichier)).toEqual(['a.csv', 'b.csv']);
  });

  it('sorts the initiatives by annee, region, alliance, id', () => {
    const result = ingest(source('i.csv', initiatives([{ ID: 'B' }, { ID: 'A', 'Région': '05' }, { ID: 'C', 'Année': '2025-2026' }, { ID: 'A' }])));
    expect(result.dataset.initiatives.map((r) => `${r.annee} ${r.region} ${r.id}`)).toEqual([
      '2024-2025 04 A',
      '2024-2025 04 B',
      '2024-2025 05 A',
      '2025-2026 04 C',
    ]);
  });

  it('accounts for every row of a mixed set of files', () => {
    const result = ingest(
      source('a.csv', initiatives([{}, {}, { ID: 'A2' }, { ID: 'A2', Titre: 'x' }, { ID: 'A3', 'Montant FQIS': '-1' }])),
      source('b.csv', initiatives([{ Titre: 'autre' }])),
      source('c.csv', 'x;y\n1;2\n'),
      source('d.csv', initiatives([{ ID: 'D1' }, { ID: 'D1' }, { ID: 'D2' }])),
    );
    // A1 twice in a.csv and differently in b.csv: the three rows are rejected, none is a duplicate.
    expect(fileReport(result, 'a.csv')).toMatchObject({ lignes: 5, publiees: 0, doublons: 0, rejetees: 5 });
    expect(fileReport(result, 'b.csv')).toMatchObject({ lignes: 1, publiees: 0, rejetees: 1 });
    expect(fileReport(result, 'c.csv')).toMatchObject({ lignes: 1, publiees: 0, rejetees: 1 });
    expect(fileReport(result, 'd.csv')).toMatchObject({ lignes: 3, publiees: 2, doublons: 1, rejetees: 0 });
  });
});

describe('readSources and ingestFolder', () => {
  it('read every *.csv at any depth, with /-separated relative paths', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ingest-'));
    try {
      await mkdir(join(dir, 'mauricie', '2024'), { recursive: true });
      await writeFile(join(dir, 'mauricie', '2024', 'i.CSV'), encode(initiatives([{}])));
      await writeFile(join(dir, 'b.csv'), encode(initiatives([{ ID: 'B1' }])));
      await writeFile(join(dir, 'notes.txt'), 'pas un csv');
      const sources = await readSources(dir);
      expect(sources.map((s) => [s.fichier, s.unread ? reasonText(s.unread.cause) : null])).toEqual([
        ['b.csv', null],
        ['mauricie/2024/i.CSV', null],
        ['notes.txt', 'documentation : non lue (ni CSV ni classeur .xlsx)'],
      ]);
      const result = await ingestFolder(dir);
      // Every file is in the report (contract §1.5), the one not read with its reason.
      expect(result.files.map((f) => [f.fichier, f.publiees, f.lu ?? true])).toEqual([
        ['b.csv', 1, true],
        ['mauricie/2024/i.CSV', 1, true],
        ['notes.txt', 0, false],
      ]);
      expect(result.others).toEqual(['notes.txt']);
      expect(result.problems.filter((p) => p.fichier === 'notes.txt')).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('readSources', () => {
  it('reads CSV files, workbooks and other spreadsheets (to report them), never Excel lock files', async () => {
    const { isExportName } = await import('../../../src/lib/ingest/sources.ts');
    expect(['a.csv', 'b.XLSX', 'c.xls', 'd.ods', 'e.xlsm', 'f.txt', 'g.pdf', '~$h.xlsx', 'dir/~$i.csv'].filter(isExportName)).toEqual(['a.csv', 'b.XLSX', 'c.xls', 'd.ods', 'e.xlsm']);
  });
});
