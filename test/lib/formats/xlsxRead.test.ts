import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../src/lib/ingest/index.ts';
import { isDateFormat, numberText, readWorkbook, serialToIso } from '../../../src/lib/formats/xlsxRead.ts';
import { buildWorkbook, encryptedWorkbook } from './ooxml.ts';
import type { TestCell } from './ooxml.ts';
import { reasonText } from '../../../src/lib/contract/reasons.ts';
import type { WorkbookRead } from '../../../src/lib/formats/xlsxRead.ts';

/** A refused workbook with its reason in French, as the report writes it. */
const failure = (read: WorkbookRead) => (read.ok ? read : { ok: false, raison: reasonText(read.cause) });

const HEADER = ['Année financière', 'Région', 'No', "Titre de l'initiative", 'Organisme porteur', 'Priorité nationale', 'Statut', 'Date de début', 'Montant FQIS ($)'];
// 2025-03-31 is serial 45747 in the 1900 date system.
const row = (id: string, overrides: Partial<Record<number, TestCell>> = {}): TestCell[] =>
  ['2025-2026', { n: 4 }, id, `Projet ${id}`, 'Organisme A', 'securite-alimentaire', 'En cours', { n: 45747, date: true }, { n: 12500.5 }].map(
    (cell, i) => (i in overrides ? overrides[i]! : cell),
  );

describe('readWorkbook (cells typed by Excel read as such)', () => {
  it('reads shared and inline strings, numbers, dates, booleans and sheet row numbers', () => {
    const bytes = buildWorkbook([{ name: 'Feuil1', rows: { 1: ['a', 'b', 'c', 'd'], 3: [{ inline: 'x & y' }, { n: 0.1 + 0.2 }, { n: 45747, date: true }, { b: true }] } }]);
    const read = readWorkbook(bytes);
    expect(read).toEqual({
      ok: true,
      sheets: [{ name: 'Feuil1', hidden: false, merges: [], rows: [{ line: 1, fields: ['a', 'b', 'c', 'd'] }, { line: 3, fields: ['x & y', '0.3', '2025-03-31', 'oui'] }] }],
    });
  });

  it('reads prefixed SpreadsheetML (x:row, x:c) and the 1904 date system', () => {
    const bytes = buildWorkbook([{ name: 'S', rows: { 1: ['d'], 2: [{ n: 44285, date: true }] } }], { prefix: 'x', date1904: true });
    const read = readWorkbook(bytes);
    expect(read.ok && read.sheets[0]!.rows[1]!.fields).toEqual(['2025-03-31']);
  });

  it('reads a formula’s cached value, and makes a formula with none a problem on its cell', () => {
    const bytes = buildWorkbook([{ name: 'S', rows: { 1: ['a', 'b', 'c'], 2: [{ f: 'B2*2', v: 25001 }, { f: 'SUM(A1:A3)' }, { f: 'A1&"x"', v: 'ax', t: 'str' }] } }]);
    const read = readWorkbook(bytes);
    if (!read.ok) throw new Error(read.cause.code);
    const second = read.sheets[0]!.rows[1]!;
    expect(second.fields).toEqual(['25001', '', 'ax']);
    expect([...second.issues!].map(([i, { valeur, cause }]) => [i, { valeur, raison: reasonText(cause) }])).toEqual([[1, { valeur: '=SUM(A1:A3)', raison: expect.stringMatching(/^formule sans valeur calculée/) }]]);
  });

  it('makes an Excel error value a problem on its cell', () => {
    const read = readWorkbook(buildWorkbook([{ name: 'S', rows: { 1: ['a'], 2: [{ e: '#N/A' }] } }]));
    expect(read.ok && [...read.sheets[0]!.rows[1]!.issues!].map(([i, { valeur, cause }]) => [i, { valeur, raison: reasonText(cause) }])).toEqual([[0, { valeur: '#N/A', raison: 'erreur Excel dans la cellule (#N/A)' }]]);
  });

  it('says why it cannot read a corrupt, password-protected, old or misnamed file', () => {
    const good = buildWorkbook([{ name: 'S', rows: { 1: ['a'] } }]);
    expect(failure(readWorkbook(good.subarray(0, good.length >> 1)))).toEqual({ ok: false, raison: expect.stringMatching(/^classeur endommagé/) });
    expect(failure(readWorkbook(encryptedWorkbook()))).toEqual({ ok: false, raison: expect.stringMatching(/^classeur protégé par un mot de passe/) });
    const xls = encryptedWorkbook().fill(0, 1024);
    expect(failure(readWorkbook(xls))).toEqual({ ok: false, raison: expect.stringMatching(/^classeur Excel 97-2003/) });
    expect(failure(readWorkbook(strToU8('annee;region\n')))).toEqual({ ok: false, raison: expect.stringMatching(/^fichier illisible/) });
  });

  it('knows date formats from other number formats', () => {
    for (const code of ['dd/mm/yyyy', 'yyyy-mm-dd;@', '[$-fr-CA]d mmmm yyyy', 'h:mm', 'mm/dd/yy']) expect(isDateFormat(code), code).toBe(true);
    for (const code of ['General', '0.00', '#,##0 "$"', '0%', '[Red]0.00', '# ##0,00\\ "$"', '0.00E+00']) expect(isDateFormat(code), code).toBe(false);
  });

  it('converts serials and numbers without locale', () => {
    expect(serialToIso(1, false)).toBe('1900-01-01');
    expect(serialToIso(61, false)).toBe('1900-03-01');
    expect(serialToIso(45747.75, false)).toBe('2025-03-31');
    expect(numberText(12500.499999999998)).toBe('12500.5');
    expect(numberText(1e-7)).toBe('0.0000001');
    expect(numberText(1234567)).toBe('1234567');
  });
});

describe('ingestFiles on workbooks (contract §8)', () => {
  it('reads each sheet that names a kind as `<file>#<sheet>`, with the sheet’s row numbers', () => {
    const bytes = buildWorkbook([
      { name: 'Lisez-moi', rows: { 1: ['Ce classeur contient les initiatives de la région.'] } },
      { name: 'Initiatives', rows: { 2: HEADER, 3: row('E-1'), 5: row('E-2', { 8: { n: -5 } }) } },
    ]);
    const result = ingestFiles([{ fichier: 'estrie/export.xlsx', bytes }]);
    expect(result.files.map((f) => [f.fichier, f.type, f.encodage, f.lignes, f.publiees, f.rejetees])).toEqual([
      ['estrie/export.xlsx#Lisez-moi', null, 'xlsx', 0, 0, 0],
      ['estrie/export.xlsx#Initiatives', 'initiatives', 'xlsx', 2, 1, 1],
    ]);
    expect(result.skipped).toEqual(['estrie/export.xlsx#Lisez-moi']);
    expect(result.problems.map((p) => [p.fichier, p.ligne, p.colonne, p.valeur, p.raison, p.gravite])).toEqual([
      ['estrie/export.xlsx#Initiatives', 5, 'Montant FQIS ($)', '-5', 'montant négatif', 'erreur'],
      ['estrie/export.xlsx#Lisez-moi', 1, '', 'Ce classeur contient les initiatives de la région.', 'feuille ignorée : son en-tête ne nomme aucun type de fichier (0 lignes non lues)', 'avertissement'],
    ]);
    const [published] = result.dataset.initiatives;
    expect(published).toMatchObject({ annee: '2025-2026', region: '04', id: 'E-1', date_debut: '2025-03-31', montant_fqis: 12500.5, statut: 'en-cours' });
  });

  it('never guesses day and month for a typed date, and reads text dates with the CSV rules', () => {
    const bytes = buildWorkbook([{ name: 'I', rows: { 1: HEADER, 2: row('A', { 7: { n: 45661, date: true } }), 3: row('B', { 7: '04/01/2025' }) } }]);
    const rows = ingestFiles([{ fichier: 'x.xlsx', bytes }]).dataset.initiatives;
    // Serial 45661 is 4 January 2025; the text 04/01/2025 is day first too.
    expect(rows.map((r) => r.date_debut)).toEqual(['2025-01-04', '2025-01-04']);
  });

  it('reports merged cells, a formula with no cached value and a hidden sheet', () => {
    const bytes = buildWorkbook([
      { name: 'Visible', rows: { 1: HEADER, 2: row('A', { 8: { f: 'SUM(J2:K2)' } }), 3: row('B'), 4: row('C', { 4: null }) }, merges: ['E3:E4'] },
      { name: 'Archives', state: 'hidden', rows: { 1: HEADER, 2: row('D') } },
    ]);
    const result = ingestFiles([{ fichier: 'w.xlsx', bytes }]);
    expect(result.problems.map((p) => [p.fichier, p.ligne, p.colonne, p.raison.split(' :')[0], p.gravite])).toEqual([
      ['w.xlsx#Archives', 0, '', 'feuille masquée dans le classeur', 'avertissement'],
      ['w.xlsx#Visible', 2, 'Montant FQIS ($)', 'formule sans valeur calculée', 'erreur'],
      ['w.xlsx#Visible', 3, 'Organisme porteur', 'cellules fusionnées (E3:E4)', 'avertissement'],
      ['w.xlsx#Visible', 4, 'Organisme porteur', 'valeur obligatoire manquante', 'erreur'],
    ]);
    expect(result.dataset.initiatives.map((r) => r.id)).toEqual(['B', 'D']);
  });

  it('rejects a workbook with no recognisable sheet, naming the closest kind, and reads the other files', () => {
    const bytes = buildWorkbook([
      { name: 'Données', rows: { 1: HEADER.filter((h) => h !== 'Organisme porteur').concat('Orgnisme'), 2: row('A') } },
      { name: 'Vide', rows: {} },
    ]);
    const csv = strToU8(`${HEADER.join(';')}\n2025-2026;04;C;Titre;Org;securite-alimentaire;en-cours;2025-01-01;10\n`);
    const result = ingestFiles([{ fichier: 'a.xlsx', bytes }, { fichier: 'b.csv', bytes: csv }]);
    expect(result.files.map((f) => [f.fichier, f.type, f.lignes, f.rejetees, f.publiees])).toEqual([
      ['a.xlsx#Données', null, 1, 1, 0],
      ['a.xlsx#Vide', null, 0, 0, 0],
      ['b.csv', 'initiatives', 1, 0, 1],
    ]);
    const rejection = result.problems.find((p) => p.fichier === 'a.xlsx#Données')!;
    expect(rejection.raison).toBe('type de feuille non reconnu : rejetée en entier (1 ligne); pour un fichier initiatives, il manque : organisme (« Orgnisme » ressemble à organisme)');
    expect(result.problems.find((p) => p.fichier === 'a.xlsx#Vide')?.raison).toBe('feuille vide : ignorée');
  });

  it('reports an unreadable workbook and goes on', () => {
    const csv = strToU8(`${HEADER.join(';')}\n2025-2026;04;C;Titre;Org;securite-alimentaire;en-cours;2025-01-01;10\n`);
    const result = ingestFiles([
      { fichier: 'protege.xlsx', bytes: encryptedWorkbook() },
      { fichier: 'vide.xlsx', bytes: buildWorkbook([{ name: 'S', rows: {} }]) },
      { fichier: 'z.csv', bytes: csv },
    ]);
    expect(result.problems.map((p) => [p.fichier, p.ligne, p.raison.split(' :')[0], p.gravite])).toEqual([
      ['protege.xlsx', 0, 'classeur protégé par un mot de passe', 'erreur'],
      ['vide.xlsx', 0, 'classeur sans données', 'erreur'],
    ]);
    expect(result.dataset.initiatives).toHaveLength(1);
  });

  it('reads a workbook misnamed .csv as a workbook, and rejects a binary file named .csv', () => {
    const bytes = buildWorkbook([{ name: 'I', rows: { 1: HEADER, 2: row('A') } }]);
    const result = ingestFiles([{ fichier: 'export.csv', bytes }, { fichier: 'photo.csv', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) }]);
    expect(result.files.map((f) => [f.fichier, f.type])).toEqual([['export.csv#I', 'initiatives'], ['photo.csv', null]]);
    expect(result.problems.map((p) => p.raison)).toEqual([expect.stringMatching(/^fichier illisible : ce n’est pas un fichier texte CSV/)]);
  });
});

describe('other spreadsheet formats are reported, never skipped silently', () => {
  it('says how to save an .ods, an .xlsm or an .xls file', () => {
    const zip = buildWorkbook([{ name: 'S', rows: { 1: HEADER } }]);
    const xls = encryptedWorkbook().fill(0, 1024);
    const result = ingestFiles([
      { fichier: 'a.ods', bytes: zip },
      { fichier: 'b.xlsm', bytes: zip },
      { fichier: 'c.xls', bytes: xls },
    ]);
    expect(result.problems.map((p) => [p.fichier, p.ligne, p.raison, p.gravite])).toEqual([
      ['a.ods', 0, 'format non pris en charge (.ods) : enregistrez le fichier au format Excel .xlsx ou en CSV UTF-8', 'erreur'],
      ['b.xlsm', 0, 'format non pris en charge (.xlsm) : enregistrez le fichier au format Excel .xlsx ou en CSV UTF-8', 'erreur'],
      ['c.xls', 0, 'classeur Excel 97-2003 (.xls) : enregistrez-le au format .xlsx ou CSV', 'erreur'],
    ]);
  });
});

describe('a title typed above a sheet’s table', () => {
  it('is reported, and the header below it is read', () => {
    const bytes = buildWorkbook([
      { name: 'Suivi', rows: { 1: ['Suivi des initiatives — Mauricie'], 2: ['Mis à jour le', { n: 45747, date: true }], 4: HEADER, 5: row('A') }, merges: ['A1:I1'] },
    ]);
    const result = ingestFiles([{ fichier: 't.xlsx', bytes }]);
    expect(result.files.map((f) => [f.fichier, f.type, f.lignes, f.publiees])).toEqual([['t.xlsx#Suivi', 'initiatives', 1, 1]]);
    expect(result.problems.map((p) => [p.ligne, p.valeur, p.raison, p.gravite])).toEqual([
      [1, 'Suivi des initiatives — Mauricie', '2 lignes au-dessus de l’en-tête (titre ou notes) : non lues; l’en-tête est à la ligne 4', 'avertissement'],
    ]);
  });

  it('is not looked for beyond ten rows, nor when the first row already names a kind', () => {
    const rows: Record<number, TestCell[]> = {};
    for (let r = 1; r <= 11; r++) rows[r] = [`note ${r}`];
    rows[12] = HEADER;
    rows[13] = row('A');
    const result = ingestFiles([{ fichier: 'u.xlsx', bytes: buildWorkbook([{ name: 'S', rows }]) }]);
    expect(result.files[0]?.type).toBeNull();
  });
});
