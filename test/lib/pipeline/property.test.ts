/**
 * Properties that must hold for any export, not just the fixtures:
 * nothing is lost (every non-blank row is published, rejected or a
 * duplicate), and what our CSV writer writes, our reader reads back.
 */
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { ingestFiles } from '../../../src/lib/ingest/index.ts';
import type { SourceFile } from '../../../src/lib/ingest/index.ts';
import { isBlank, readCsv } from '../../../src/lib/formats/read.ts';
import { neutralise, toCsv } from '../../../src/lib/formats/csvWrite.ts';

const HEADER = ['Année', 'Région', 'ID', 'Titre', 'Organisme', 'Priorité', 'Statut', 'Date début', 'Date fin', 'Montant FQIS', 'Personnes rejointes', 'Secteurs'];

/** Valid and invalid spellings for each column, Latin-1 only (so Windows-1252 can carry them). */
const POOLS: string[][] = [
  ['2024-2025', '2025-2026', '2024–2025', '2024-2026', '', 'vingt'],
  ['4', '04', 'Mauricie', 'Saguenay - Lac-Saint-Jean', '13', '18', ''],
  ['A1', 'A2', 'A3', 'A1', ''],
  ['Cuisines collectives', 'Épicerie; "solidaire"', 'Halte\nchaleur', ''],
  ['Moisson', 'Centre d\'action bénévole', ''],
  ['prevention', 'Sécurité alimentaire', 'logement', ''],
  ['demarree', 'En cours', 'Complétée', 'finie', ''],
  ['01/11/2024', '2024-11-01', '31/02/2025', ''],
  ['', '2025-10-31', '01/01/2024', '2031-01-01'],
  ['12 500,50 $', '1000', '-5', '12,500.50', 'beaucoup', ''],
  ['', '10', '-3', '1 234'],
  ['', 'communautaire|santé', 'inconnu', 'emploi'],
];

const row = fc.tuple(...POOLS.map((pool) => fc.constantFrom(...pool)));
const dialect = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t'),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252'),
  newline: fc.constantFrom('\n', '\r\n'),
});

function quote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function encode(text: string, encoding: string): Uint8Array {
  if (encoding === 'windows-1252') return new Uint8Array(Buffer.from(text, 'latin1'));
  return new TextEncoder().encode(encoding === 'utf-8-bom' ? `\uFEFF${text}` : text);
}

describe('nothing is lost', () => {
  it('every non-blank row of every file is published, rejected or a duplicate', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ dialect, rows: fc.array(fc.oneof({ weight: 9, arbitrary: row }, { weight: 1, arbitrary: fc.constant(HEADER.map(() => ' ')) }), { maxLength: 25 }) }), { minLength: 1, maxLength: 4 }),
        (files) => {
          const sources: SourceFile[] = files.map((f, i) => {
            const { delimiter, encoding, newline } = f.dialect;
            const lines = [HEADER, ...f.rows].map((cells) => cells.map((c) => quote(c, delimiter)).join(delimiter));
            return { fichier: `f${i}.csv`, bytes: encode(lines.join(newline) + newline, encoding) };
          });
          const result = ingestFiles(sources);
          result.files.forEach((report, i) => {
            const expected = files[i]!.rows.filter((cells) => !isBlank(cells)).length;
            expect(report.type).toBe('initiatives');
            expect(report.encodage).toBe(files[i]!.dialect.encoding);
            expect(report.lignes).toBe(expected);
            expect(report.publiees + report.rejetees + report.doublons).toBe(report.lignes);
          });
          const published = result.files.reduce((n, f) => n + f.publiees, 0);
          expect(result.dataset.initiatives.length).toBe(published);
        },
      ),
      { numRuns: 200, seed: 20242029 },
    );
  });
});

describe('our CSV writer and reader agree', () => {
  it('reads back what it wrote, text neutralised against formulas', () => {
    const header = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z_]{0,9}$/), { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(
        header.chain((h) => fc.tuple(fc.constant(h), fc.array(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { minLength: h.length, maxLength: h.length }), { maxLength: 15 }))),
        ([h, rows]) => {
          const table = readCsv(Buffer.from(toCsv(h, rows), 'utf8'));
          expect(table.encoding).toBe('utf-8'); // no BOM: contract §2.1, version 3
          expect(table.delimiter).toBe(',');
          expect(table.header).toEqual(h);
          const expected = rows.map((r) => r.map(neutralise)).filter((r) => !isBlank(r));
          expect(table.records.map((r) => r.fields)).toEqual(expected);
        },
      ),
      { numRuns: 300, seed: 145360000 },
    );
  });
});
