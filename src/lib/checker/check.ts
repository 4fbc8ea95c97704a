/**
 * The export checker's work (`/verifier/`, contract §8), browser-safe: the
 * same `ingestFiles` as `npm run validate` on the chosen files together, and
 * what both show, in the partner's language (issue #20): a summary in plain
 * words, each file's problems grouped by reason with how to fix them (files
 * with errors first), a preview of what would be published, and the
 * problems as a CSV file. Plain data a worker can post back.
 */
import { ingestFiles } from '../ingest/index.ts';
import type { FileReport, SourceFile } from '../ingest/index.ts';
import type { Problem } from '../ingest/problems.ts';
import { KINDS } from '../contract/columns.ts';
import type { Kind } from '../contract/columns.ts';
import { reasonText } from '../contract/reasons.ts';
import type { ReasonLang } from '../contract/reasons.ts';
import type { Content } from '../formats/content.ts';
import { textField } from '../formats/csvWrite.ts';
import { publishedColumns, rowsCsv } from '../publish/datasets.ts';
import { toCell } from '../publish/format.ts';
import type { RowValues } from '../ingest/rows.ts';
import type { Dataset } from '../ingest/types.ts';
import { acceptedText, explain, groupProblems, linesText } from './explain.ts';
import type { ProblemGroup } from './explain.ts';

export { PROBLEMS_FILE, isCheckable, relativeName } from './names.ts';

/** Rows of each kind shown in the preview. */
export const PREVIEW_ROWS = 10;

export interface Preview {
  readonly kind: Kind;
  readonly columns: readonly string[];
  /** Accepted rows of the kind. */
  readonly count: number;
  /** The first rows, as the public CSV writes their cells (before quoting). */
  readonly rows: string[][];
}

/**
 * What a chosen file (or a workbook's sheet) comes to: rows rejected
 * (`erreurs`), warnings only (`avertissements`), nothing to say (`pret`),
 * or not an export at all (`autre`: documentation, another format).
 */
export type FileState = 'erreurs' | 'avertissements' | 'pret' | 'autre';

export interface CheckedFile {
  /** The name `npm run validate` prints: the path below the folder chosen, `<file>#<sheet>` for a sheet. */
  readonly fichier: string;
  /** The file chosen, and the sheet's name for a workbook's sheet. */
  readonly file: string;
  readonly sheet: string | null;
  readonly state: FileState;
  readonly report: FileReport;
  /** The file's problems by reason, errors first. */
  readonly groups: readonly ProblemGroup[];
  /** Why a file that is not an export was not read (documentation, another format), in the language; null otherwise. */
  readonly reason: string | null;
}

/** The counts of the summary: files and sheets apart. */
export interface CheckCounts {
  /** Files chosen (a workbook is one file, whatever its sheets). */
  readonly files: number;
  /** Workbooks among them, and the sheets they hold that were read as data. */
  readonly workbooks: number;
  readonly sheets: number;
  /** Files with no rejected row (warnings allowed), files with one at least, files that are not exports. */
  readonly ready: number;
  readonly toFix: number;
  readonly others: number;
  /** Rows read, published, rejected, identical duplicates published once; warnings. */
  readonly rows: number;
  readonly published: number;
  readonly rejected: number;
  readonly duplicates: number;
  readonly warnings: number;
}

export interface CheckResult {
  readonly lang: ReasonLang;
  /** The summary in plain words, in the language: its first line says what to do. */
  readonly summary: readonly string[];
  readonly counts: CheckCounts;
  /** Files and sheets, those with errors first, then warnings, then ready, then the files that are not exports. */
  readonly files: readonly CheckedFile[];
  /** Every problem, as `npm run validate` lists them (by file, then line). */
  readonly problems: readonly Problem[];
  /** Each kind that a file was recognised as, in the contract's order. */
  readonly previews: readonly Preview[];
  /** The problems with how to fix each, as a CSV file in the language. */
  readonly problemsCsv: string;
}

function cellText(value: RowValues[string] | undefined): string {
  const cell = toCell(value ?? null);
  return typeof cell === 'string' ? cell : cell.number;
}

export interface Checked {
  readonly result: CheckResult;
  /** The accepted rows, for `acceptedCsv` when a download is asked for (a 100× sample's CSV is 75 MB: not made unasked). */
  readonly dataset: Dataset;
}

/** A kind's accepted rows as the public CSV: UTF-8 without BOM, comma, canonical headers, formulas neutralised. */
export function acceptedCsv(dataset: Dataset, kind: Kind): Content {
  return rowsCsv(kind, dataset[kind] as readonly object[]);
}

const RANK: Record<FileState, number> = { erreurs: 0, avertissements: 1, pret: 2, autre: 3 };

/** The chosen file a report entry belongs to: itself, or the workbook of a sheet (`a.xlsx#Feuil1`). */
function ownerOf(fichier: string, names: ReadonlySet<string>): { file: string; sheet: string | null } {
  if (names.has(fichier)) return { file: fichier, sheet: null };
  const hash = fichier.indexOf('#');
  for (let i = hash; i >= 0; i = fichier.indexOf('#', i + 1)) {
    const file = fichier.slice(0, i);
    if (names.has(file)) return { file, sheet: fichier.slice(i + 1) };
  }
  return { file: fichier, sheet: null };
}

/** Checks files together (cross-file rules need them all), as `npm run validate` does a folder. */
export function checkFiles(sources: readonly SourceFile[], lang: ReasonLang): Checked {
  const result = ingestFiles(sources);
  const kinds = new Set(result.files.map((f) => f.type));
  const previews = KINDS.filter((kind) => kinds.has(kind)).map((kind): Preview => {
    const rows = result.dataset[kind] as unknown as RowValues[];
    const columns = publishedColumns(kind);
    return { kind, columns, count: rows.length, rows: rows.slice(0, PREVIEW_ROWS).map((row) => columns.map((c) => cellText(row[c]))) };
  });
  const byFile = new Map<string, Problem[]>();
  for (const p of result.problems) {
    const list = byFile.get(p.fichier);
    if (list) list.push(p);
    else byFile.set(p.fichier, [p]);
  }
  const names = new Set(sources.map((s) => s.fichier));
  const unread = new Map(sources.filter((s) => s.unread !== undefined).map((s) => [s.fichier, s.unread!.cause]));
  const others = new Set(result.others);
  const files = result.files.map((report): CheckedFile => {
    const problems = byFile.get(report.fichier) ?? [];
    const errors = report.rejetees > 0 || problems.some((p) => p.gravite === 'erreur');
    const state: FileState = others.has(report.fichier) ? 'autre' : errors ? 'erreurs' : report.avertissements > 0 ? 'avertissements' : 'pret';
    const cause = state === 'autre' ? unread.get(report.fichier) : undefined;
    return { fichier: report.fichier, ...ownerOf(report.fichier, names), state, report, groups: groupProblems(problems, lang), reason: cause === undefined ? null : reasonText(cause, lang) };
  });
  files.sort((a, b) => RANK[a.state] - RANK[b.state] || (a.fichier < b.fichier ? -1 : a.fichier > b.fichier ? 1 : 0));
  const counts = countsOf(sources, files);
  return {
    result: { lang, summary: summaryOf(counts, lang), counts, files, problems: result.problems, previews, problemsCsv: problemsCsv(result.problems, lang) },
    dataset: result.dataset,
  };
}

function countsOf(sources: readonly SourceFile[], files: readonly CheckedFile[]): CheckCounts {
  const state = new Map<string, FileState>();
  // A workbook is one file, whether its sheets were read or it could not be opened (a password).
  const workbooks = new Set<string>(sources.filter((s) => /\.xlsx$/i.test(s.fichier)).map((s) => s.fichier));
  let sheets = 0;
  let rows = 0;
  let published = 0;
  let rejected = 0;
  let duplicates = 0;
  let warnings = 0;
  for (const f of files) {
    if (f.sheet !== null) {
      workbooks.add(f.file);
      if (f.report.type !== null) sheets++;
    }
    // A file takes its worst sheet's state.
    const before = state.get(f.file);
    if (before === undefined || RANK[f.state] < RANK[before]) state.set(f.file, f.state);
    if (f.state === 'autre') continue;
    rows += f.report.lignes;
    published += f.report.publiees;
    rejected += f.report.rejetees;
    duplicates += f.report.doublons;
    warnings += f.report.avertissements;
  }
  let ready = 0;
  let toFix = 0;
  let others = 0;
  for (const s of sources) {
    const st = state.get(s.fichier) ?? 'pret';
    if (st === 'erreurs') toFix++;
    else if (st === 'autre') others++;
    else ready++;
  }
  return { files: sources.length, workbooks: workbooks.size, sheets, ready, toFix, others, rows, published, rejected, duplicates, warnings };
}

const n = (lang: ReasonLang, value: number): string => new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA').format(value);

/** « 3 fichiers prêts à envoyer, 1 fichier à corriger : 12 lignes seraient rejetées. » and the lines that follow. */
export function summaryOf(c: CheckCounts, lang: ReasonLang): string[] {
  return lang === 'fr' ? summaryFr(c) : summaryEn(c);
}

function summaryFr(c: CheckCounts): string[] {
  const files = (k: number): string => `${n('fr', k)} ${k <= 1 ? 'fichier' : 'fichiers'}`;
  const rows = (k: number): string => `${n('fr', k)} ${k <= 1 ? 'ligne' : 'lignes'}`;
  const lines: string[] = [];
  const exports = c.ready + c.toFix;
  if (exports === 0) lines.push('Aucun des fichiers choisis n’est une exportation (CSV ou classeur Excel .xlsx).');
  else if (c.toFix === 0) lines.push(c.ready === 1 ? 'Le fichier est prêt à envoyer.' : `Les ${files(c.ready)} sont prêts à envoyer.`);
  else {
    const ready = c.ready === 0 ? '' : `${files(c.ready)} ${c.ready === 1 ? 'prêt' : 'prêts'} à envoyer, `;
    const rejected = c.rejected === 0 ? '' : ` : ${rows(c.rejected)} ${c.rejected <= 1 ? 'serait rejetée' : 'seraient rejetées'}`;
    lines.push(`${ready}${files(c.toFix)} à corriger${rejected}.`);
  }
  const chosen = [`${files(c.files)} ${c.files <= 1 ? 'choisi' : 'choisis'}`];
  if (c.workbooks > 0) chosen.push(`, dont ${n('fr', c.workbooks)} ${c.workbooks <= 1 ? 'classeur Excel' : 'classeurs Excel'} (${n('fr', c.sheets)} ${c.sheets <= 1 ? 'feuille lue' : 'feuilles lues'})`);
  if (c.others > 0) chosen.push(`${c.workbooks > 0 ? ' et ' : ', dont '}${files(c.others)} qui ${c.others <= 1 ? 'n’est pas une exportation' : 'ne sont pas des exportations'}, non ${c.others <= 1 ? 'lu' : 'lus'}`);
  lines.push(`${chosen.join('')}.`);
  if (exports > 0) {
    lines.push(`${rows(c.published)} ${c.published <= 1 ? 'serait publiée' : 'seraient publiées'} sur ${rows(c.rows)} ${c.rows <= 1 ? 'lue' : 'lues'}.`);
    if (c.duplicates > 0) lines.push(`${rows(c.duplicates)} en double, identique${c.duplicates <= 1 ? '' : 's'} à une autre : publiée${c.duplicates <= 1 ? '' : 's'} une seule fois.`);
    if (c.warnings > 0) lines.push(`${n('fr', c.warnings)} ${c.warnings <= 1 ? 'avertissement' : 'avertissements'} à vérifier : les lignes concernées seraient publiées quand même.`);
  }
  return lines;
}

function summaryEn(c: CheckCounts): string[] {
  const files = (k: number): string => `${n('en', k)} ${k === 1 ? 'file' : 'files'}`;
  const rows = (k: number): string => `${n('en', k)} ${k === 1 ? 'row' : 'rows'}`;
  const lines: string[] = [];
  const exports = c.ready + c.toFix;
  if (exports === 0) lines.push('None of the files chosen is an export (CSV or Excel .xlsx workbook).');
  else if (c.toFix === 0) lines.push(c.ready === 1 ? 'The file is ready to send.' : `The ${files(c.ready)} are ready to send.`);
  else {
    const ready = c.ready === 0 ? '' : `${files(c.ready)} ready to send, `;
    const rejected = c.rejected === 0 ? '' : `: ${rows(c.rejected)} would be rejected`;
    lines.push(`${ready}${files(c.toFix)} to correct${rejected}.`);
  }
  const chosen = [`${files(c.files)} chosen`];
  if (c.workbooks > 0) chosen.push(`, including ${n('en', c.workbooks)} Excel ${c.workbooks === 1 ? 'workbook' : 'workbooks'} (${n('en', c.sheets)} ${c.sheets === 1 ? 'sheet' : 'sheets'} read)`);
  if (c.others > 0) chosen.push(`${c.workbooks > 0 ? ' and ' : ', including '}${files(c.others)} that ${c.others === 1 ? 'is not an export' : 'are not exports'}, not read`);
  lines.push(`${chosen.join('')}.`);
  if (exports > 0) {
    lines.push(`${rows(c.published)} of ${rows(c.rows)} read would be published.`);
    if (c.duplicates > 0) lines.push(`${rows(c.duplicates)} identical to another: published once.`);
    if (c.warnings > 0) lines.push(`${n('en', c.warnings)} ${c.warnings === 1 ? 'warning' : 'warnings'} to check: the rows concerned would be published anyway.`);
  }
  return lines;
}

/** The problems file's columns: the report's six (contract §2.2) in the language, then how to fix each. */
export const PROBLEM_COLUMNS = {
  fr: ['fichier', 'ligne', 'colonne', 'valeur', 'raison', 'gravite', 'comment_corriger', 'valeurs_acceptees', 'suggestion', 'guide'],
  en: ['file', 'line', 'column', 'value', 'reason', 'severity', 'how_to_fix', 'accepted_values', 'suggestion', 'guide'],
} as const;


const SEVERITY = { fr: { erreur: 'erreur', avertissement: 'avertissement' }, en: { erreur: 'error', avertissement: 'warning' } } as const;

/**
 * Every problem with how to fix it, in the language: a CSV with a BOM (the
 * partner opens it in Excel), the report's columns first. `guide` is the
 * guide's anchor, `/partenaires/#<anchor>` on the site.
 */
export function problemsCsv(problems: readonly Problem[], lang: ReasonLang): string {
  const lines = [`\uFEFF${PROBLEM_COLUMNS[lang].join(',')}`];
  for (const p of problems) {
    const e = explain(p, lang);
    const accepted = e.accepted === null ? '' : acceptedText(e.accepted, lang, ' | ');
    const suggestion = e.suggestion === null ? '' : e.suggestion.code;
    lines.push([textField(p.fichier), String(p.ligne), textField(p.colonne), textField(p.valeur), textField(e.reason), SEVERITY[lang][p.gravite], textField(e.fix), textField(accepted), textField(suggestion), textField(e.guide)].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** « 214 lignes » in the language (re-exported for the page's script). */
export { linesText };
