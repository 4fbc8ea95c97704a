import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acceptedCsv, checkFiles, isCheckable, relativeName, verdictLine } from '../../../src/lib/checker/check.ts';
import { rowsFileName } from '../../../src/lib/checker/names.ts';
import { ingestFiles } from '../../../src/lib/ingest/index.ts';
import { readSources } from '../../../src/lib/ingest/sources.ts';
import { text } from '../../../src/lib/formats/content.ts';
import { publishedColumns, rowsCsv } from '../../../src/lib/publish/datasets.ts';
import { rejectsCsv } from '../../../src/lib/publish/reports.ts';
import { summaryLines, totals } from '../../../src/lib/publish/summary.ts';
import { buildWorkbook } from '../formats/ooxml.ts';

const MESSY = new URL('../../fixtures/messy/input/', import.meta.url).pathname;

describe('names of the chosen files', () => {
  it('reads .csv and .xlsx only, not Excel lock files, as readSources does', () => {
    expect(['a.csv', 'B.XLSX', 'dossier/c.csv', 'd.xls', 'e.txt', 'f.csv.pdf', '~$g.xlsx', 'x/~$h.xlsx'].filter(isCheckable)).toEqual(['a.csv', 'B.XLSX', 'dossier/c.csv', 'd.xls']);
  });

  it('names a file as the command line does for the folder chosen', () => {
    expect(relativeName('initiatives.csv')).toBe('initiatives.csv');
    expect(relativeName('exports/laval/priorites.csv')).toBe('laval/priorites.csv');
    expect(relativeName('/exports/laval/priorites.csv')).toBe('laval/priorites.csv');
    expect(relativeName('/priorites.csv')).toBe('priorites.csv');
  });

  it('names the reported indicators apart from the public derived indicateurs.csv', () => {
    expect(rowsFileName('initiatives')).toBe('initiatives.csv');
    expect(rowsFileName('indicateurs')).toBe('indicateurs-declares.csv');
  });
});

describe('checkFiles on the messy fixture', async () => {
  const sources = await readSources(MESSY);
  const { result, dataset } = checkFiles(sources, 'fichiers choisis');
  const ingested = ingestFiles(sources);

  it('has the command line’s summary, totals and problems', () => {
    expect(result.summary).toEqual(summaryLines(ingested, 'fichiers choisis', false));
    expect(result.totals).toEqual(totals(ingested));
    expect(result.problems).toEqual(ingested.problems);
    expect(result.problems.length).toBeGreaterThan(5);
    expect(result.problemsCsv).toBe(rejectsCsv(ingested.problems));
  });

  it('offers each kind’s accepted rows as the public CSV writes them', () => {
    expect(result.previews.map((p) => p.kind)).toEqual(['alliances', 'priorites', 'initiatives', 'indicateurs', 'contexte']);
    for (const preview of result.previews) {
      const rows = ingested.dataset[preview.kind] as readonly object[];
      expect(preview.count).toBe(rows.length);
      const csv = text(acceptedCsv(dataset, preview.kind));
      expect(csv).toBe(text(rowsCsv(preview.kind, rows)));
      expect(csv.startsWith(`${publishedColumns(preview.kind).join(',')}\r\n`)).toBe(true);
      expect(preview.rows.length).toBe(Math.min(10, rows.length));
    }
    const initiatives = result.previews.find((p) => p.kind === 'initiatives')!;
    // The preview's cells are the CSV's fields before quoting: the first row's id is in the CSV's second line.
    const id = initiatives.rows[0]![initiatives.columns.indexOf('id')]!;
    expect(text(acceptedCsv(dataset, 'initiatives')).split('\r\n')[1]).toContain(id);
  });

  it('is plain data a worker can post (structured clone keeps it equal)', () => {
    expect(structuredClone(result)).toEqual(result);
  });
});

describe('checkFiles on workbooks and bad input', () => {
  const header = ['Année financière', 'Région', 'No', "Titre de l'initiative", 'Organisme porteur', 'Priorité nationale', 'Statut', 'Date de début', 'Montant FQIS ($)'];

  it('reports a workbook with no recognisable sheet, as the command line', () => {
    const bytes = buildWorkbook([{ name: 'Notes', rows: { 1: ['Bonjour'], 2: ['Ceci n’est pas une exportation'] } }]);
    const result = checkFiles([{ fichier: 'notes.xlsx', bytes }], 'fichiers choisis').result;
    expect(result.totals.nonReconnus).toBe(1);
    expect(result.problems.map((p) => [p.fichier, p.gravite])).toEqual([['notes.xlsx#Notes', 'erreur']]);
    expect(result.previews).toEqual([]);
    expect(result.verdict).toMatch(/^Résultat : .*1 fichier non lu\. Corrigez-les/);
  });

  it('reports merged cells, hidden sheets and formulas without a cached value', () => {
    const row = ['2025-2026', { n: 4 }, 'LAV-1', 'Projet', 'Organisme A', 'securite-alimentaire', 'En cours', { n: 45747, date: true }, { f: 'SUM(A1:A3)' }] as const;
    const bytes = buildWorkbook([
      { name: 'Initiatives', rows: { 1: header, 2: [...row] }, merges: ['D2:E2'] },
      { name: 'Cachée', state: 'hidden', rows: { 1: header, 2: [...row.slice(0, 2), 'LAV-2', ...row.slice(3)] } },
    ]);
    const result = checkFiles([{ fichier: 'classeur.xlsx', bytes }], 'fichiers choisis').result;
    const reasons = result.problems.map((p) => `${p.fichier}:${p.ligne} ${p.raison}`).join('\n');
    expect(reasons).toMatch(/classeur\.xlsx#Cachée:0 feuille masquée/);
    expect(reasons).toMatch(/classeur\.xlsx#Initiatives:2 cellules fusionnées \(D2:E2\)/);
    expect(reasons).toMatch(/classeur\.xlsx#Initiatives:2 formule sans valeur calculée/);
  });

  it('says "aucune ligne rejetée" when nothing is rejected, and counts files not read', () => {
    const base = { fichiers: 1, nonReconnus: 0, ignorees: 0, autres: 0, lignes: 3, publiees: 3, rejetees: 0, doublons: 0, avertissements: 0 };
    expect(verdictLine(base)).toBe('Résultat : aucune ligne rejetée.');
    expect(verdictLine({ ...base, rejetees: 2, nonReconnus: 1 })).toBe('Résultat : 2 lignes rejetées, 1 fichier non lu. Corrigez-les, puis validez de nouveau.');
  });
});

describe('the command line’s last line', () => {
  it('is the one scripts/validate.ts prints (one function for both)', () => {
    const script = readFileSync(new URL('../../../scripts/validate.ts', import.meta.url), 'utf8');
    expect(script).toContain('console.log(verdictLine(t));');
  });
});
