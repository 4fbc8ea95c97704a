/**
 * The Excel workbooks of contract §2.1, made by the pipeline beside every
 * CSV dataset (on the messy exports of the golden test: formula-like text,
 * personal columns, empty values), read back from their XML.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../../src/lib/ingest/sources.ts';
import { runPipeline } from '../../../src/lib/pipeline/index.ts';
import type { PipelineOutput } from '../../../src/lib/pipeline/index.ts';
import { bytes, text } from '../../../src/lib/formats/content.ts';
import { restore } from '../../../src/lib/formats/csvWrite.ts';
import { csvRows } from '../../../src/lib/publish/csvRows.ts';
import type { Field } from '../../../src/lib/publish/datapackage.ts';
import { dateSerial } from '../../../src/lib/formats/xlsxWrite.ts';
import { readXlsx } from '../formats/readXlsx.ts';
import type { Xlsx } from '../formats/readXlsx.ts';

const input = fileURLToPath(new URL('../../fixtures/messy/input', import.meta.url));

interface Resource { name: string; path: string; format: string; mediatype?: string; schema?: { fields: Field[] } }

let output: PipelineOutput;
let resources: Resource[];
const books = new Map<string, Xlsx>();
const csvNames = (): string[] => Object.keys(output.publicFiles).filter((n) => n.endsWith('.csv'));

beforeAll(async () => {
  output = runPipeline(await readSources(input), { fictif: false }, '2026-01-01T00:00:00.000Z');
  resources = (JSON.parse(text(output.publicFiles['datapackage.json']!)) as { resources: Resource[] }).resources;
  for (const name of csvNames()) books.set(name, readXlsx(bytes(output.publicFiles[name.replace(/\.csv$/, '.xlsx')]!)));
});

const book = (csv: string): Xlsx => books.get(csv)!;
const csvOf = (name: string): string[][] => [...csvRows(output.publicFiles[name]!)];

describe('Excel workbooks beside the CSV datasets', () => {
  it('publishes an .xlsx for every .csv dataset, and the four of the contract at least', () => {
    const names = Object.keys(output.publicFiles);
    expect(csvNames()).toEqual(expect.arrayContaining(['initiatives.csv', 'indicateurs.csv', 'alliances.csv', 'priorites.csv']));
    for (const csv of csvNames()) expect(names, csv).toContain(csv.replace(/\.csv$/, '.xlsx'));
    expect(names.filter((n) => n.endsWith('.xlsx'))).toHaveLength(csvNames().length);
  });

  it('lists each workbook in datapackage.json after its CSV, with the same fields', () => {
    for (const csv of csvNames()) {
      const at = resources.findIndex((r) => r.path === csv);
      expect(at, `${csv} described`).toBeGreaterThanOrEqual(0);
      const xlsx = resources[at + 1]!;
      expect(xlsx).toMatchObject({ path: csv.replace(/\.csv$/, '.xlsx'), format: 'xlsx', mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
      expect(xlsx.schema).toEqual(resources[at]!.schema);
      expect(xlsx.name).toMatch(/^[a-z0-9._-]+$/);
    }
    expect(new Set(resources.map((r) => r.name)).size).toBe(resources.length);
  });

  it('names the sheets after the dataset, then « Colonnes »', () => {
    expect(book('initiatives.csv').sheets.map((s) => s.name)).toEqual(['initiatives', 'Colonnes']);
    expect(book('indicateurs.csv').sheets.map((s) => s.name)).toEqual(['indicateurs', 'Colonnes']);
  });

  it('holds the CSV\'s rows, cell for cell, typed as datapackage.json says', () => {
    for (const csv of csvNames()) {
      const fields = new Map(resources.find((r) => r.path === csv)!.schema!.fields.map((f) => [f.name, f]));
      const [header, ...rows] = csvOf(csv);
      const sheet = book(csv).sheets[0]!;
      expect(sheet.rows[0]!.map((c) => c!.value), csv).toEqual(header);
      expect(sheet.rows.length, csv).toBe(rows.length + 1);
      rows.forEach((row, i) => {
        const cells = sheet.rows[i + 1]!;
        row.forEach((value, j) => {
          const where = `${csv} row ${i + 2} ${header![j]}`;
          const cell = cells[j] ?? null;
          if (value === '') return expect(cell, where).toBeNull();
          const type = fields.get(header![j]!)!.type;
          if (type === 'number' || type === 'integer') expect(cell, where).toMatchObject({ type: null, value });
          else if (type === 'date') expect(cell, where).toMatchObject({ type: null, value: String(dateSerial(value)) });
          else expect(cell, where).toMatchObject({ type: 's', value: restore(value) });
        });
      });
    }
  });

  it('writes amounts as numbers and dates as dates in yyyy-mm-dd', () => {
    const b = book('initiatives.csv');
    const [header] = csvOf('initiatives.csv');
    const column = (name: string): number => header!.indexOf(name);
    const row = b.sheets[0]!.rows[1]!;
    expect(row[column('montant_fqis')]!.type).toBeNull();
    expect(Number(row[column('montant_fqis')]!.value)).toBeGreaterThan(0);
    const start = row[column('date_debut')]!;
    expect(start.type).toBeNull();
    expect(Number(start.value)).toBeGreaterThan(40000);
    expect(b.styles[start.style]!.numFmt).toBe('yyyy-mm-dd');
    // Codes stay text: `01`, not 1.
    expect(row[column('region')]).toMatchObject({ type: 's', value: expect.stringMatching(/^\d{2}$/) });
  });

  it('keeps the formula-looking title a string, as typed by the partner', () => {
    const sheet = book('initiatives.csv').sheets[0]!;
    const cells = [...sheet.cells.values()].filter((c) => c.value.startsWith('=cmd'));
    expect(cells).toHaveLength(1);
    expect(cells[0]).toMatchObject({ type: 's', value: '=cmd|calc', formula: false });
    expect(book('initiatives.csv').styles[cells[0]!.style]!.quotePrefix).toBe(true);
    expect(sheet.xml).not.toContain('<f');
  });

  it('describes every column in « Colonnes », in French and English', () => {
    for (const csv of csvNames()) {
      const [header] = csvOf(csv);
      const sheet = book(csv).sheets[1]!;
      expect(sheet.rows[0]!.map((c) => c!.value)).toEqual(['colonne', 'type', 'obligatoire', 'description', 'description_en']);
      const described = sheet.rows.slice(1, header!.length + 1);
      expect(described.map((r) => r[0]!.value), csv).toEqual(header);
      for (const r of described) {
        expect(r[1]!.value).toMatch(/^(string|number|integer|date|boolean)/);
        expect(['oui', 'non']).toContain(r[2]!.value);
        expect(r[3]?.value, `${csv} ${r[0]!.value}`).toBeTruthy();
        expect(r[4]?.value, `${csv} ${r[0]!.value} (en)`).toBeTruthy();
      }
      const notes = sheet.rows.slice(header!.length + 2).map((r) => r[0]!.value);
      expect(notes.some((n) => n.startsWith('Licence : ') && n.includes('CC-BY-4.0'))).toBe(true);
      expect(notes).toContain('Produit le : 2026-01-01');
    }
  });

  it('never holds personal or unknown columns, nor their values', () => {
    for (const csv of csvNames()) {
      const all = Object.values(book(csv).parts).join('\n');
      expect(all).not.toContain('marie.tremblay@exemple.org');
      expect(all).not.toContain('à revoir');
      expect(all.toLowerCase()).not.toContain('courriel');
    }
  });

  it('gives the same bytes for the same input and build date', async () => {
    const again = runPipeline(await readSources(input), { fictif: false }, '2026-01-01T00:00:00.000Z');
    for (const csv of csvNames()) {
      const name = csv.replace(/\.csv$/, '.xlsx');
      expect(bytes(again.publicFiles[name]!), name).toEqual(bytes(output.publicFiles[name]!));
    }
  });
});
