/**
 * The partners' templates (contract §8): read back through the pipeline's
 * own reader, every column of their example rows is read with no problem,
 * and the example row itself is rejected as such (contract §1.5: a partner
 * who leaves it in would publish fiction); the workbook's drop-down lists
 * hold exactly the reference codes.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freeze } from '../../../src/lib/editions/freeze.ts';
import { readSources } from '../../../src/lib/ingest/sources.ts';
import { runPipeline } from '../../../src/lib/pipeline/index.ts';
import { ingestFiles } from '../../../src/lib/ingest/index.ts';
import { problemOf } from '../../../src/lib/ingest/problems.ts';
import type { Problem } from '../../../src/lib/ingest/problems.ts';
import { reasonText } from '../../../src/lib/contract/reasons.ts';

const EXAMPLE_ROW = reasonText({ code: 'exemple-modele' });
import { KINDS, SCHEMAS } from '../../../src/lib/contract/columns.ts';
import type { Kind } from '../../../src/lib/contract/columns.ts';
import { PRIORITIES } from '../../../src/lib/contract/priorities.ts';
import { REGIONS } from '../../../src/lib/contract/regions.ts';
import { SECTORS, STATUSES, TARGETS } from '../../../src/lib/contract/codes.ts';
import { bytes } from '../../../src/lib/formats/content.ts';
import { BOM } from '../../../src/lib/formats/csvWrite.ts';
import { COLUMNS_SHEET, acceptedHeaders, LISTS_SHEET, TEMPLATE_ROWS, TEMPLATE_WORKBOOK, exampleRows, reportingYear, templateCsv, templateCsvName, templateFiles } from '../../../src/lib/publish/templates.ts';
import { dateSerial } from '../../../src/lib/formats/xlsxWrite.ts';
import { readXlsx } from '../formats/readXlsx.ts';
import type { XlsxSheet } from '../formats/readXlsx.ts';

const CREATED = '2026-01-01T00:00:00.000Z';
const files = templateFiles(CREATED);
const workbookBytes = bytes(files[TEMPLATE_WORKBOOK]!);
const book = readXlsx(workbookBytes);
const sheet = (name: string): XlsxSheet => book.sheets.find((s) => s.name === name)!;

interface Validation { sqref: string; source: string; errorStyle: string }
const validationsOf = (s: XlsxSheet): Validation[] =>
  [...s.xml.matchAll(/<dataValidation ([^>]*)><formula1>([^<]*)<\/formula1>/g)].map((m) => ({
    sqref: /sqref="([^"]*)"/.exec(m[1]!)![1]!,
    errorStyle: /errorStyle="([^"]*)"/.exec(m[1]!)?.[1] ?? 'stop',
    source: m[2]!.replace(/&apos;/g, "'"),
  }));

/** The values of a `'Listes'!$C$2:$C$6` range, read from the lists sheet. */
function listValues(source: string): string[] {
  const m = /^'([^']+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(source);
  expect(m, source).not.toBeNull();
  const [, name, column, first, , last] = m!;
  const lists = sheet(name!);
  const values: string[] = [];
  for (let r = Number(first); r <= Number(last); r++) values.push(lists.cells.get(`${column}${r}`)?.value ?? '');
  return values;
}

/** The marked column of each kind's example row (its identifier, else its « Exemple : » text). */
const MARKED: Record<Kind, string> = { alliances: 'alliance', priorites: 'code', initiatives: 'id', indicateurs: 'commentaire', contexte: 'source' };
const exampleProblem = (kind: Kind, fichier: string): Problem =>
  problemOf(fichier, 2, MARKED[kind], exampleRows(CREATED)[kind][MARKED[kind]]!, { code: 'exemple-modele', column: MARKED[kind] }, 'erreur');

const columnLetter = (kind: Kind, name: string): string => String.fromCharCode(65 + SCHEMAS[kind].findIndex((c) => c.name === name));

describe('CSV templates', () => {
  it('has one per kind: BOM, `;`, CRLF, the canonical header and one example row', () => {
    for (const kind of KINDS) {
      const csv = templateCsv(kind, CREATED);
      expect(csv.startsWith(BOM), kind).toBe(true);
      const lines = csv.slice(1).split('\r\n');
      expect(lines, kind).toHaveLength(3);
      expect(lines[2]).toBe('');
      expect(lines[0]!.split(';'), kind).toEqual(SCHEMAS[kind].map((c) => c.name));
      expect(lines[1]!.split(';'), kind).toHaveLength(SCHEMAS[kind].length);
      expect(lines[1], kind).toMatch(/EXEMPLE|Exemple : /);
    }
  });

  it('reads back through the pipeline: every value read, and the example row rejected as the template’s', () => {
    for (const kind of KINDS) {
      const fichier = templateCsvName(kind);
      const result = ingestFiles([{ fichier, bytes: bytes(files[fichier]!) }]);
      expect(result.problems, kind).toEqual([exampleProblem(kind, fichier)]);
      expect(result.files, kind).toEqual([expect.objectContaining({ fichier, type: kind, delimiteur: ';', lignes: 1, publiees: 0, rejetees: 1 })]);
    }
  });

  it('would publish its example row as written, were it not the template’s', () => {
    const csv = templateCsv('initiatives', CREATED).replace('EXEMPLE-1', 'INIT-1').replace('Exemple : initiative', 'Initiative');
    const result = ingestFiles([{ fichier: 'modele-initiatives.csv', bytes: new TextEncoder().encode(csv) }]);
    expect(result.problems).toEqual([]);
    expect(result.dataset.initiatives).toEqual([expect.objectContaining({ id: 'INIT-1', annee: '2025-2026', organisme: 'Organisme fictif', montant_fqis: 25000, secteurs: ['communautaire', 'municipal'] })]);
  });

  it('takes the example rows’ reporting year from the build date (1 November to 31 October)', () => {
    expect(reportingYear('2026-10-31T23:00:00.000Z')).toEqual([2025, 2026]);
    expect(reportingYear('2026-11-01T00:00:00.000Z')).toEqual([2026, 2027]);
    expect(exampleRows('2026-11-27T00:00:00.000Z').initiatives['annee']).toBe('2026-2027');
  });
});

describe('Excel template workbook', () => {
  it('has a sheet per kind, then « Colonnes » and the hidden « Listes »', () => {
    expect(book.sheets.map((s) => s.name)).toEqual([...KINDS, COLUMNS_SHEET, LISTS_SHEET]);
    const tags = [...book.parts['xl/workbook.xml']!.matchAll(/<sheet [^>]*>/g)].map((m) => m[0]);
    expect(tags.filter((t) => t.includes('state="hidden"'))).toEqual([expect.stringContaining(`name="${LISTS_SHEET}"`)]);
  });

  it('reads back through the pipeline: every kind recognised, its example row rejected as the template’s and nothing else', () => {
    const result = ingestFiles([{ fichier: TEMPLATE_WORKBOOK, bytes: workbookBytes }]);
    for (const kind of KINDS) {
      expect(result.files.find((f) => f.fichier === `${TEMPLATE_WORKBOOK}#${kind}`), kind).toEqual(expect.objectContaining({ type: kind, lignes: 1, publiees: 0, rejetees: 1, avertissements: 0 }));
    }
    // The other problems: the instructions and lists sheets are skipped, as warnings.
    expect(result.problems.map((p) => [p.fichier, p.ligne, p.gravite, p.raison.replace(/\(\d+ lignes non lues\)/, '(…)')])).toEqual([
      ...KINDS.map((kind) => [`${TEMPLATE_WORKBOOK}#${kind}`, 2, 'erreur', EXAMPLE_ROW]),
      [`${TEMPLATE_WORKBOOK}#${COLUMNS_SHEET}`, 1, 'avertissement', 'feuille ignorée : son en-tête ne nomme aucun type de fichier (…)'],
      [`${TEMPLATE_WORKBOOK}#${LISTS_SHEET}`, 1, 'avertissement', 'feuille ignorée : son en-tête ne nomme aucun type de fichier (…)'],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
    expect(result.skipped).toEqual([`${TEMPLATE_WORKBOOK}#${COLUMNS_SHEET}`, `${TEMPLATE_WORKBOOK}#${LISTS_SHEET}`]);
    expect(result.dataset.initiatives).toEqual([]);
  });

  it('writes each kind’s header bold and frozen, dates as Excel dates and amounts as numbers', () => {
    const initiatives = sheet('initiatives');
    expect(initiatives.rows[0]!.map((c) => c?.value)).toEqual(SCHEMAS.initiatives.map((c) => c.name));
    expect(initiatives.rows[0]!.every((c) => c !== null && book.styles[c.style]!.bold)).toBe(true);
    expect(initiatives.xml).toContain('state="frozen"');
    const debut = initiatives.cells.get(`${columnLetter('initiatives', 'date_debut')}2`)!;
    expect([debut.type, debut.value, book.styles[debut.style]!.numFmt]).toEqual([null, String(dateSerial('2025-11-15')), 'yyyy-mm-dd']);
    const montant = initiatives.cells.get(`${columnLetter('initiatives', 'montant_fqis')}2`)!;
    expect([montant.type, montant.value]).toEqual([null, '25000']);
    const region = initiatives.cells.get(`${columnLetter('initiatives', 'region')}2`)!;
    expect([region.type, region.value]).toEqual(['s', '01']);
  });

  it('offers drop-down lists of exactly the reference codes on the coded columns', () => {
    const expected: Record<string, readonly string[]> = {
      region: REGIONS.map((r) => r.code),
      priorite: PRIORITIES.map((p) => p.code),
      statut: STATUSES,
      cibles_atteintes: TARGETS,
      secteurs: SECTORS,
      mise_en_commun: ['oui', 'non'],
      participation_personnes: ['oui', 'non'],
      pratique_gagnante: ['oui', 'non'],
      indicateur: ['1.1', '1.2', '2.1', '2.3'],
    };
    const coded: Record<Kind, string[]> = {
      alliances: ['region'],
      priorites: ['region', 'priorite'],
      initiatives: ['region', 'priorite', 'statut', 'cibles_atteintes', 'secteurs', 'mise_en_commun', 'participation_personnes', 'pratique_gagnante'],
      indicateurs: ['region', 'indicateur'],
      contexte: ['region'],
    };
    for (const kind of KINDS) {
      const validations = validationsOf(sheet(kind));
      expect(validations.map((v) => v.sqref), kind).toEqual(coded[kind].map((name) => `${columnLetter(kind, name)}2:${columnLetter(kind, name)}${TEMPLATE_ROWS + 1}`));
      for (const [i, v] of validations.entries()) expect(listValues(v.source), `${kind}.${coded[kind][i]}`).toEqual([...expected[coded[kind][i]!]!]);
    }
    // Sectors are `|`-separated lists: the drop-down only suggests, free text is allowed.
    const secteurs = validationsOf(sheet('initiatives')).find((v) => v.sqref.startsWith(columnLetter('initiatives', 'secteurs')))!;
    expect(secteurs.errorStyle).toBe('information');
    expect(validationsOf(sheet('initiatives')).find((v) => v.sqref.startsWith(columnLetter('initiatives', 'statut')))!.errorStyle).toBe('stop');
  });

  it('explains every column of every kind on « Colonnes », with its other accepted headers', () => {
    const rows = sheet(COLUMNS_SHEET).rows.slice(1).filter((r) => r.length > 1).map((r) => r.map((c) => c?.value ?? ''));
    expect(rows.map((r) => `${r[0]}.${r[1]}`)).toEqual(KINDS.flatMap((k) => SCHEMAS[k].map((c) => `${k}.${c.name}`)));
    const titre = rows.find((r) => r[0] === 'initiatives' && r[1] === 'titre')!;
    expect(titre[2]).toBe('oui');
    expect(titre[6]!.split(', ')).toEqual(SCHEMAS.initiatives.find((c) => c.name === 'titre')!.synonyms);
    for (const r of rows) expect(r[6] ?? '', `${r[0]}.${r[1]}`).toBe(acceptedHeaders(r[0] as Kind, SCHEMAS[r[0] as Kind].find((c) => c.name === r[1])!).join(', '));
  });

  it('prints as accepted headers only the synonyms that name the column in that kind', () => {
    for (const kind of KINDS) {
      for (const column of SCHEMAS[kind]) {
        for (const header of acceptedHeaders(kind, column)) {
          const read = ingestFiles([{ fichier: 'f.csv', bytes: new TextEncoder().encode(templateCsv(kind, CREATED).replace(new RegExp(`(^\\uFEFF|;)${column.name}(?=;|\\r)`), `$1${header}`)) }]);
          // Every value read under that header: the only problem is the example row's own.
          expect(read.files[0], `${kind}.${column.name} as ${header}`).toEqual(expect.objectContaining({ type: kind, lignes: 1, rejetees: 1 }));
          expect(read.problems.map((p) => p.raison), `${kind}.${column.name} as ${header}`).toEqual([EXAMPLE_ROW]);
        }
      }
    }
    expect(acceptedHeaders('initiatives', SCHEMAS.initiatives.find((c) => c.name === 'id')!)).toContain('code');
  });

  it('is the same bytes for the same build date', () => {
    expect(bytes(templateFiles(CREATED)[TEMPLATE_WORKBOOK]!)).toEqual(workbookBytes);
    expect(bytes(templateFiles('2027-01-01T00:00:00.000Z')[TEMPLATE_WORKBOOK]!)).not.toEqual(workbookBytes);
  });
});

describe('templates in the build', () => {
  it('are written by the pipeline beside the datasets, never in the data package or a frozen edition', async () => {
    const input = fileURLToPath(new URL('../../fixtures/messy/input', import.meta.url));
    const output = runPipeline(await readSources(input), { fictif: false }, CREATED);
    expect(Object.keys(output.templateFiles)).toEqual([...KINDS.map(templateCsvName), TEMPLATE_WORKBOOK]);
    expect(bytes(output.templateFiles[TEMPLATE_WORKBOOK]!)).toEqual(workbookBytes);
    expect(Object.keys(output.publicFiles).filter((n) => /modele/.test(n))).toEqual([]);
    expect(bytes(output.publicFiles['datapackage.json']!).length).toBeGreaterThan(0);
    expect(new TextDecoder().decode(bytes(output.publicFiles['datapackage.json']!))).not.toMatch(/modele/);
    const frozen = freeze(output.ingest, output.source, '2025-2026', 1, CREATED);
    expect(Object.keys(frozen.files).filter((n) => /modele/.test(n))).toEqual([]);
  });
});
