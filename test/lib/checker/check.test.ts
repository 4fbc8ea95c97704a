import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROBLEM_COLUMNS, acceptedCsv, checkFiles, isCheckable, problemsCsv, relativeName, summaryOf } from '../../../src/lib/checker/check.ts';
import type { CheckCounts } from '../../../src/lib/checker/check.ts';
import { groupProblems, lineRanges } from '../../../src/lib/checker/explain.ts';
import { rowsFileName } from '../../../src/lib/checker/names.ts';
import { ingestFiles } from '../../../src/lib/ingest/index.ts';
import { readSources } from '../../../src/lib/ingest/sources.ts';
import { text } from '../../../src/lib/formats/content.ts';
import { publishedColumns, rowsCsv } from '../../../src/lib/publish/datasets.ts';
import { rejectsCsv } from '../../../src/lib/publish/reports.ts';
import { buildWorkbook } from '../formats/ooxml.ts';
import { initiatives, source } from '../ingest/helpers.ts';

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
  const { result, dataset } = checkFiles(sources, 'fr');
  const english = checkFiles(sources, 'en').result;
  const ingested = ingestFiles(sources);

  it('has the ingest’s problems, and the report’s six columns first in its French problems file', () => {
    expect(result.problems).toEqual(ingested.problems);
    expect(result.problems.length).toBeGreaterThan(5);
    const report = rejectsCsv(ingested.problems).split('\r\n').map((l) => l);
    const ours = result.problemsCsv.split('\r\n');
    expect(ours[0]).toBe(`\uFEFF${PROBLEM_COLUMNS.fr.join(',')}`);
    expect(ours.length).toBe(report.length);
    // Each line starts with the report's line (the report's columns hold no line break here).
    ours.slice(1, -1).forEach((line, i) => expect(line.startsWith(report[i + 1]!)).toBe(true));
  });

  it('counts the files chosen, not the sheets: 12 files, two workbooks (one with two data sheets, one locked by a password)', () => {
    expect(sources).toHaveLength(12);
    expect(result.counts).toMatchObject({ files: 12, workbooks: 2, sheets: 2, ready: 2, toFix: 10, others: 0 });
    expect(result.summary[0]).toBe('2 fichiers prêts à envoyer, 10 fichiers à corriger : 22 lignes seraient rejetées.');
    expect(result.summary[1]).toBe('12 fichiers choisis, dont 2 classeurs Excel (2 feuilles lues).');
    expect(english.summary[0]).toBe('2 files ready to send, 10 files to correct: 22 rows would be rejected.');
    expect(english.summary[1]).toBe('12 files chosen, including 2 Excel workbooks (2 sheets read).');
    // No command-line words.
    expect([...result.summary, ...english.summary].join(' ')).not.toMatch(/npm|validez|validate|Résultat/);
  });

  it('lists files with errors first, then warnings, then ready files', () => {
    const states = result.files.map((f) => f.state);
    const rank = { erreurs: 0, avertissements: 1, pret: 2, autre: 3 };
    expect(states).toEqual([...states].sort((a, b) => rank[a] - rank[b]));
    expect(states[0]).toBe('erreurs');
    expect(states).toContain('avertissements');
    expect(result.files.find((f) => f.fichier.includes('#'))).toMatchObject({ file: 'mauricie/suivi-partenaire.xlsx' });
  });

  it('explains finie, logement and 18 with accepted values, a suggestion where one is near, and the guide’s entry', () => {
    const file = result.files.find((f) => f.fichier === 'mauricie/initiatives-2025-2026.tsv.csv')!;
    const group = (code: string) => file.groups.find((g) => g.code === code)!;
    expect(group('statut-inconnu')).toMatchObject({ guide: 'erreur-statut', suggestion: { code: 'completee', label: 'Complétée' }, values: [{ valeur: 'finie' }] });
    expect(group('statut-inconnu').accepted!.values.map((v) => v.code)).toEqual(['demarree', 'en-cours', 'completee', 'abandonnee']);
    expect(group('priorite-inconnue')).toMatchObject({ guide: 'erreur-priorite', suggestion: null });
    expect(group('priorite-inconnue').accepted!.values.map((v) => v.code)).toContain('autre');
    expect(group('region-inconnue')).toMatchObject({ guide: 'erreur-region', suggestion: null });
    expect(group('region-inconnue').accepted!.values).toHaveLength(17);
    const en = english.files.find((f) => f.fichier === file.fichier)!.groups.find((g) => g.code === 'statut-inconnu')!;
    expect(en).toMatchObject({ reason: 'unknown status', suggestion: { code: 'completee', label: 'Completed' } });
    expect(en.fix).toMatch(/^Use demarree/);
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
  });

  it('is plain data a worker can post (structured clone keeps it equal)', () => {
    expect(structuredClone(result)).toEqual(result);
  });
});

describe('problems grouped by reason', () => {
  it('puts 214 rows of one unknown status in one group, its lines listed up to the cap and counted beyond', () => {
    const rows = Array.from({ length: 214 }, (_, i) => ({ ID: `A${i}`, Statut: 'finie' }));
    const { problems } = ingestFiles([source('a.csv', initiatives(rows))]);
    const [group, ...others] = groupProblems(problems, 'fr');
    expect(others).toEqual([]);
    expect(group).toMatchObject({ code: 'statut-inconnu', count: 214, omitted: 114, where: '214 lignes', suggestion: { code: 'completee' } });
    expect(group!.lignes).toHaveLength(100);
    expect(groupProblems(problems, 'en')[0]).toMatchObject({ where: '214 rows', reason: 'unknown status' });
  });

  it('writes lines as ranges', () => {
    expect(lineRanges([5, 2, 3, 4, 9, 11, 12])).toBe('2–5, 9, 11, 12');
    expect(lineRanges([0])).toBe('0');
  });

  it('reports a workbook with no recognisable sheet as one file to correct', () => {
    const bytes = buildWorkbook([{ name: 'Notes', rows: { 1: ['Bonjour'], 2: ['Ceci n’est pas une exportation'] } }]);
    const result = checkFiles([{ fichier: 'notes.xlsx', bytes }], 'fr').result;
    expect(result.problems.map((p) => [p.fichier, p.gravite])).toEqual([['notes.xlsx#Notes', 'erreur']]);
    expect(result.counts).toMatchObject({ files: 1, workbooks: 1, sheets: 0, toFix: 1 });
    expect(result.previews).toEqual([]);
  });

  it('reports merged cells, hidden sheets and formulas without a cached value', () => {
    const header = ['Année financière', 'Région', 'No', "Titre de l'initiative", 'Organisme porteur', 'Priorité nationale', 'Statut', 'Date de début', 'Montant FQIS ($)'];
    const row = ['2025-2026', { n: 4 }, 'LAV-1', 'Projet', 'Organisme A', 'securite-alimentaire', 'En cours', { n: 45747, date: true }, { f: 'SUM(A1:A3)' }] as const;
    const bytes = buildWorkbook([
      { name: 'Initiatives', rows: { 1: header, 2: [...row] }, merges: ['D2:E2'] },
      { name: 'Cachée', state: 'hidden', rows: { 1: header, 2: [...row.slice(0, 2), 'LAV-2', ...row.slice(3)] } },
    ]);
    const result = checkFiles([{ fichier: 'classeur.xlsx', bytes }], 'en').result;
    const reasons = result.files.flatMap((f) => f.groups.map((g) => `${f.fichier} ${g.reason}`)).join('\n');
    expect(reasons).toMatch(/classeur\.xlsx#Cachée hidden sheet/);
    expect(reasons).toMatch(/classeur\.xlsx#Initiatives merged cells \(D2:E2\)/);
    expect(reasons).toMatch(/classeur\.xlsx#Initiatives formula without a calculated value/);
    expect(result.counts).toMatchObject({ files: 1, workbooks: 1, sheets: 2 });
  });
});

describe('the summary in plain words', () => {
  const base: CheckCounts = { files: 3, workbooks: 0, sheets: 0, ready: 3, toFix: 0, others: 0, rows: 40, published: 40, rejected: 0, duplicates: 0, warnings: 0 };
  it('says the files are ready, or how many to correct and how many rows would be rejected', () => {
    expect(summaryOf(base, 'fr')[0]).toBe('Les 3 fichiers sont prêts à envoyer.');
    expect(summaryOf({ ...base, files: 1, ready: 1 }, 'fr')[0]).toBe('Le fichier est prêt à envoyer.');
    expect(summaryOf({ ...base, ready: 2, toFix: 1, rejected: 1 }, 'fr')[0]).toBe('2 fichiers prêts à envoyer, 1 fichier à corriger : 1 ligne serait rejetée.');
    expect(summaryOf({ ...base, ready: 0, toFix: 3, rejected: 12 }, 'en')[0]).toBe('3 files to correct: 12 rows would be rejected.');
    expect(summaryOf({ ...base, ready: 0, others: 3, rows: 0, published: 0 }, 'fr')).toEqual(['Aucun des fichiers choisis n’est une exportation (CSV ou classeur Excel .xlsx).', '3 fichiers choisis, dont 3 fichiers qui ne sont pas des exportations, non lus.']);
  });
});

describe('the problems file', () => {
  it('is in the partner’s language, with how to fix each problem', () => {
    const { problems } = ingestFiles([source('a.csv', initiatives([{ Statut: 'finie' }]))]);
    const [header, line] = problemsCsv(problems, 'en').split('\r\n');
    expect(header).toBe(`\uFEFF${PROBLEM_COLUMNS.en.join(',')}`);
    expect(line).toMatch(/^a\.csv,2,Statut,finie,unknown status,error,".*",demarree \(Started\) \| en-cours \(Ongoing\) \| completee \(Completed\) \| abandonnee \(Abandoned\),completee,erreur-statut$/);
  });
});

describe('npm run validate', () => {
  it('prints what the checker shows (one function for both)', () => {
    const script = readFileSync(new URL('../../../scripts/validate.ts', import.meta.url), 'utf8');
    expect(script).toContain('checkFiles(sources, lang)');
  });
});
