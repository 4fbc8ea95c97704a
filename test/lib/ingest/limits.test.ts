/**
 * Contract §1.5: bounded problem lists with an exact tally, bounded
 * workbooks, and every file of the folder in the report.
 */
import { mkdtemp, mkdir, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Zip, ZipDeflate, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemOf } from '../../../src/lib/ingest/problems.ts';
import { reasonText } from '../../../src/lib/contract/reasons.ts';
import { PROBLEMS_PER_REASON, ProblemCap, VALUE_CHARS } from '../../../src/lib/ingest/problemCap.ts';
import { ingestFolder, readSources } from '../../../src/lib/ingest/sources.ts';
import { MAX_FILE_BYTES } from '../../../src/lib/formats/fileNames.ts';
import { WORKBOOK_LIMITS, readWorkbook } from '../../../src/lib/formats/xlsxRead.ts';
import { totals } from '../../../src/lib/publish/summary.ts';
import { rejectsContent, rejectsCsv } from '../../../src/lib/publish/reports.ts';
import { INITIATIVE_COLUMNS, VALID_INITIATIVE, encode, errors, fileReport, ingest, initiatives, source, warnings } from './helpers.ts';
import { buildWorkbook } from '../formats/ooxml.ts';

const rows = (n: number, cells: Record<string, string>): Record<string, string>[] => Array.from({ length: n }, (_, i) => ({ ID: `I${i}`, ...cells }));

describe('problems are capped per file and reason, the tally stays exact', () => {
  it('keeps the first problems of a reason and summarises the rest', () => {
    const result = ingest(source('a.csv', initiatives(rows(250, { Titre: '' }))));
    expect(fileReport(result, 'a.csv')).toMatchObject({ lignes: 250, publiees: 0, rejetees: 250 });
    const missing = errors(result).filter((p) => p.raison === 'valeur obligatoire manquante');
    expect(missing).toHaveLength(PROBLEMS_PER_REASON);
    expect(missing.map((p) => p.ligne)).toEqual(Array.from({ length: PROBLEMS_PER_REASON }, (_, i) => i + 2));
    const summary = errors(result).filter((p) => p.raison.startsWith('…'));
    expect(summary).toEqual([
      { fichier: 'a.csv', ligne: PROBLEMS_PER_REASON + 2, colonne: 'Titre', valeur: '', raison: '… et 150 autres lignes : même raison (valeur obligatoire manquante)', gravite: 'erreur' },
    ]);
  });

  it('counts every warning even when only the first are listed', () => {
    const result = ingest(source('a.csv', initiatives(rows(130, { Lien: 'ftp://exemple.org' }))));
    expect(fileReport(result, 'a.csv')).toMatchObject({ lignes: 130, publiees: 130, avertissements: 130 });
    expect(warnings(result).filter((p) => p.colonne === 'Lien')).toHaveLength(PROBLEMS_PER_REASON + 1);
  });

  it('groups reasons that differ only by a quoted value or a number', () => {
    const cap = new ProblemCap('a.csv', 2);
    const p = (ligne: number, item: string) => problemOf('a.csv', ligne, 'MRC', '', { code: 'mrc-inconnue', params: { item } }, 'avertissement');
    expect([cap.admit(p(2, 'A')), cap.admit(p(3, 'B')), cap.admit(p(4, 'C'))]).toEqual([true, true, false]);
    expect(cap.summaries()[0]!.raison).toBe('… et 1 autre ligne : même raison (MRC inconnue : « … » (la ligne est gardée))');
  });

  it('names five rows at most in a duplicate-key message', () => {
    const result = ingest(source('a.csv', initiatives(Array.from({ length: 20 }, (_, i) => ({ ID: 'X1', Titre: `Titre ${i}` })))));
    expect(fileReport(result, 'a.csv')).toMatchObject({ lignes: 20, rejetees: 20 });
    const first = errors(result)[0]!;
    expect(first.raison).toBe("même clé que la ligne 3 de a.csv, ligne 4 de a.csv, ligne 5 de a.csv, ligne 6 de a.csv, ligne 7 de a.csv et 14 autres lignes, avec des valeurs différentes : aucune de ces lignes n’est publiée");
  });

  it('cuts a long value quoted in a problem', () => {
    const title = 'x'.repeat(50_000);
    const result = ingest(source('a.csv', initiatives([{ Titre: title, Statut: 'inconnu' }])));
    const statut = errors(result).find((p) => p.colonne === 'Statut')!;
    expect(statut.valeur).toBe('inconnu');
    const header = ingest(source('b.csv', `${'y'.repeat(10_000)};z\n1;2\n`));
    expect(errors(header)[0]!.valeur.length).toBeLessThan(VALUE_CHARS + 40);
    expect(errors(header)[0]!.valeur).toMatch(/… \(10\s004 caractères\)$/);
  });

  it('writes rejets.csv in chunks, the same bytes as one string', () => {
    const result = ingest(source('a.csv', initiatives(rows(5000, { Titre: '', Statut: 'x', Région: 'zz' }))));
    const chunks = [...rejectsContent(result.problems)()];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(rejectsCsv(result.problems));
    expect(chunks[0]).toBe('\uFEFFfichier,ligne,colonne,valeur,raison,gravite\r\n');
  });
});

/** A workbook whose `xl/styles.xml` is replaced (the test writer has one date style). */
function withStyles(bytes: Uint8Array, styles: string): Uint8Array {
  const files = unzipSync(bytes);
  files['xl/styles.xml'] = strToU8(styles);
  return zipSync(files);
}

describe('workbooks: attribute entities, number formats, limits', () => {
  const header = ['Année', 'Région', 'ID', 'Titre', 'Organisme', 'Priorité', 'Statut', 'Personnes rejointes'];
  const row = ['2024-2025', '04', 'A1', 'Titre', 'Org', '1', 'en-cours'];

  it('decodes entities in attributes: sheet names and number formats read as Excel shows them', () => {
    const base = buildWorkbook([{ name: 'Suivi R&D', rows: { 1: header, 2: [...row, { n: 12, date: true }] } }]);
    const styles =
      '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="0&quot; personnes&quot;"/></numFmts>' +
      '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>';
    const read = readWorkbook(withStyles(base, styles));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.sheets[0]!.name).toBe('Suivi R&D');
    expect(read.sheets[0]!.rows[1]!.fields[7]).toBe('12');
  });

  it('refuses a sheet over the cell limit and reads the others', () => {
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [i + 1, ['a', 'b']]));
    const bytes = buildWorkbook([{ name: 'Grande', rows: many }, { name: 'Petite', rows: { 1: header, 2: row } }]);
    const read = readWorkbook(bytes, { ...WORKBOOK_LIMITS, sheetCells: 100 });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.sheets[0]!.refused && reasonText(read.sheets[0]!.refused)).toBe('feuille trop volumineuse : plus de 100 cellules (limite); découpez-la en plusieurs fichiers (par année ou par région)');
    expect(read.sheets[1]!.refused).toBeUndefined();
    expect(read.sheets[1]!.rows).toHaveLength(2);
  });

  it('refuses a part that inflates past the limit without inflating it, and the build goes on', async () => {
    // A sheet of 130 MiB of zeros, streamed: 130 KB compressed.
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, data) => {
      if (err) throw err;
      chunks.push(data);
    });
    const small = unzipSync(buildWorkbook([{ name: 'Feuille', rows: { 1: header } }]));
    for (const [name, data] of Object.entries(small)) {
      if (name === 'xl/worksheets/sheet1.xml') continue;
      const f = new ZipDeflate(name);
      zip.add(f);
      f.push(data, true);
    }
    const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
    zip.add(sheet);
    const mib = new Uint8Array(1024 * 1024).fill(0x20);
    for (let i = 0; i < 130; i++) sheet.push(mib, i === 129);
    zip.end();
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const result = ingest({ fichier: 'bombe.xlsx', bytes }, source('b.csv', initiatives([{}])));
    expect(errors(result).map((p) => [p.fichier, p.raison])).toEqual([
      ['bombe.xlsx#Feuille', 'classeur trop volumineux une fois décompressé : 130 Mo, limite 128 Mo par feuille; découpez-le en plusieurs fichiers (par année ou par région)'],
    ]);
    expect(fileReport(result, 'bombe.xlsx#Feuille')).toMatchObject({ lignes: 0, lu: false });
    expect(fileReport(result, 'b.csv')).toMatchObject({ publiees: 1 });
  });
});

describe('every file of the folder is in the report', () => {
  let dir: string;
  let outside: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sources-'));
    outside = await mkdtemp(join(tmpdir(), 'outside-'));
    await mkdir(join(dir, 'laval'));
    await writeFile(join(dir, 'laval', 'initiatives.csv'), encode(initiatives([{ ID: 'L1' }])));
    await symlink(join(dir, 'laval', 'initiatives.csv'), join(dir, 'lien-interne.csv'));
    await writeFile(join(outside, 'secret.csv'), encode(initiatives([{ ID: 'S1' }])));
    await symlink(join(outside, 'secret.csv'), join(dir, 'lien-externe.csv'));
    await symlink(join(dir, 'absent.csv'), join(dir, 'lien-brise.csv'));
    await symlink(join(dir, 'laval'), join(dir, 'dossier-lie'));
    await writeFile(join(dir, 'rapport.pdf'), '%PDF-1.4');
    await writeFile(join(dir, 'README.md'), '# Données');
    await writeFile(join(dir, 'source.json'), '{}');
    await writeFile(join(dir, 'enorme.csv'), '');
    await truncate(join(dir, 'enorme.csv'), MAX_FILE_BYTES + 1);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  it('follows links inside the folder, reports the others, and lists every file with its reason', async () => {
    const sources = await readSources(dir);
    expect(sources.map((s) => [s.fichier, s.unread ? s.unread.gravite : 'lu'])).toEqual([
      ['README.md', null],
      ['dossier-lie', null],
      ['enorme.csv', 'erreur'],
      ['laval/initiatives.csv', 'lu'],
      ['lien-brise.csv', 'erreur'],
      ['lien-externe.csv', 'erreur'],
      ['lien-interne.csv', 'lu'],
      ['rapport.pdf', 'avertissement'],
      ['source.json', null],
    ]);
    const result = await ingestFolder(dir);
    expect(result.files.map((f) => f.fichier).sort()).toEqual(sources.map((s) => s.fichier));
    for (const f of result.files) expect(f.lignes).toBe(f.publiees + f.rejetees + f.doublons);
    const byName = Object.fromEntries(result.problems.map((p) => [p.fichier, p.raison]));
    expect(byName['lien-externe.csv']).toBe('lien symbolique vers un fichier hors du dossier d’entrée : non lu (copiez le fichier dans le dossier)');
    expect(byName['lien-brise.csv']).toBe('lien symbolique brisé (sa cible n’existe pas) : non lu');
    expect(byName['enorme.csv']).toBe('fichier trop volumineux : 64 Mo, limite 64 Mo; découpez-le en plusieurs fichiers (par année ou par région)');
    expect(byName['rapport.pdf']).toBe('fichier non lu : ni CSV ni classeur Excel .xlsx (format .pdf); enregistrez les données en CSV UTF-8 ou en .xlsx');
    expect(fileReport(result, 'lien-externe.csv')).toMatchObject({ lu: false, lignes: 0 });
    // The link inside is read like the file itself: the same row twice is published once.
    expect(fileReport(result, 'lien-interne.csv')).toMatchObject({ lignes: 1 });
    expect(result.dataset.initiatives.map((r) => r.id)).toEqual(['L1']);
    const t = totals(result);
    expect(t).toMatchObject({ fichiers: 5, autres: 4, nonReconnus: 3 });
    expect(JSON.stringify(result)).not.toContain('S1');
  });
});

describe('unused helpers stay honest', () => {
  it('the default initiative row is valid', () => {
    expect(INITIATIVE_COLUMNS.length).toBeGreaterThan(10);
    expect(VALID_INITIATIVE['ID']).toBeTruthy();
    expect(strFromU8(strToU8('é'))).toBe('é');
  });
});
