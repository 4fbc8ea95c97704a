/**
 * `npm run validate -- <file or folder> [--lang en]`: checks exports
 * without building the site, with the checker's words (`/verifier/`, one
 * source: src/lib/checker/check.ts): the summary in plain words, each
 * file's problems grouped by reason with what the column accepts, the
 * closest accepted value, how to fix it and the guide's entry (files with
 * errors first), then every problem on its own line (`file:line`, column,
 * value, reason), then the result. French by default; `--lang en` prints
 * English. Exits 1 when a row is rejected or a file cannot be read.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkFiles } from '../src/lib/checker/check.ts';
import type { CheckedFile } from '../src/lib/checker/check.ts';
import { acceptedText, lineRanges } from '../src/lib/checker/explain.ts';
import type { ProblemGroup } from '../src/lib/checker/explain.ts';
import { readSources } from '../src/lib/ingest/sources.ts';
import type { SourceFile } from '../src/lib/ingest/index.ts';
import { problemLine } from '../src/lib/publish/summary.ts';
import { deployment, localeSitePath } from '../src/lib/site/deployment.ts';
import { inputDir } from './paths.ts';
import { MAX_FILE_BYTES, tooLargeCause } from '../src/lib/formats/fileNames.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { lang: { type: 'string', default: 'fr' } } });
const lang = values.lang === 'en' ? 'en' : 'fr';
if (values.lang !== 'fr' && values.lang !== 'en') {
  console.error(`--lang ${values.lang} : langue inconnue (fr ou en). Unknown language (fr or en).`);
  process.exit(2);
}

const WORDS = {
  fr: {
    title: 'Vérification des exportations — Alliances pour la solidarité',
    folder: 'Dossier ou fichier lu',
    unreadable: (t: string) => `Impossible de lire « ${t} » : fichier ou dossier introuvable.`,
    noExport: (t: string) => `Aucun fichier .csv ou .xlsx dans « ${t} ».`,
    byFile: 'À corriger, fichier par fichier (les fichiers à corriger d’abord) :',
    sheet: (file: string, sheet: string) => `${file} — feuille « ${sheet} »`,
    rejected: (n: number, rows: string, of: string) => `${rows} sur ${of} ${n <= 1 ? 'serait rejetée' : 'seraient rejetées'}`,
    warnings: (n: number) => `${n} ${n === 1 ? 'avertissement' : 'avertissements'}`,
    column: (c: string) => `colonne « ${c} »`,
    value: (v: string) => `Valeur : « ${v} »`,
    meant: (code: string, label: string) => `vous vouliez dire « ${code} »${label === '' ? '' : ` (${label})`} ?`,
    accepted: 'Valeurs acceptées',
    fix: 'Comment corriger',
    guide: 'Guide',
    lines: 'Lignes',
    more: (n: number) => `et ${n} autres (toutes dans le fichier des problèmes)`,
    ready: (n: number) => `${n} ${n === 1 ? 'fichier prêt' : 'fichiers prêts'}, sans problème :`,
    severity: { erreur: 'Ligne refusée', avertissement: 'Avertissement' },
    list: 'Problèmes, un par ligne (fichier:ligne — gravité, colonne, valeur : raison) :',
    result: 'Résultat',
  },
  en: {
    title: 'Checking exports — Alliances pour la solidarité',
    folder: 'Folder or file read',
    unreadable: (t: string) => `Cannot read “${t}”: no such file or folder.`,
    noExport: (t: string) => `No .csv or .xlsx file in “${t}”.`,
    byFile: 'To correct, file by file (files to correct first):',
    sheet: (file: string, sheet: string) => `${file} — sheet “${sheet}”`,
    rejected: (_n: number, rows: string, of: string) => `${rows} of ${of} would be rejected`,
    warnings: (n: number) => `${n} ${n === 1 ? 'warning' : 'warnings'}`,
    column: (c: string) => `column “${c}”`,
    value: (v: string) => `Value: “${v}”`,
    meant: (code: string, label: string) => `did you mean “${code}”${label === '' ? '' : ` (${label})`}?`,
    accepted: 'Accepted values',
    fix: 'How to fix it',
    guide: 'Guide',
    lines: 'Rows',
    more: (n: number) => `and ${n} more (all in the problems file)`,
    ready: (n: number) => `${n} ${n === 1 ? 'file' : 'files'} ready, no problems:`,
    severity: { erreur: 'Row rejected', avertissement: 'Warning' },
    list: 'Problems, one per line (file:line — severity, column, value: reason):',
    result: 'Result',
  },
} as const;
const w = WORDS[lang];
const sep = lang === 'fr' ? ' : ' : ': ';

async function sourcesOf(path: string): Promise<SourceFile[]> {
  const info = await stat(path);
  if (info.isDirectory()) return readSources(path);
  // Over the limit, the file is reported without being read (contract §1.5).
  if (info.size > MAX_FILE_BYTES) return [{ fichier: basename(path), bytes: new Uint8Array(0), unread: { cause: tooLargeCause(info.size), gravite: 'erreur' } }];
  return [{ fichier: basename(path), bytes: await readFile(path) }];
}

const target = positionals[0] ? resolve(process.env['INIT_CWD'] ?? process.cwd(), positionals[0]) : inputDir();
let sources: SourceFile[];
try {
  sources = await sourcesOf(target);
} catch {
  console.error(w.unreadable(target));
  process.exit(2);
}
if (sources.every((s) => s.unread !== undefined && s.unread.gravite !== 'erreur')) {
  console.error(w.noExport(target));
  process.exit(2);
}

/** The guide's entry: an absolute URL when the site's address is known (`SITE_URL`), its path otherwise. */
const site = deployment(process.env['BASE_PATH'] || '/', process.env['SITE_URL'] || 'http://localhost');
const guide = (anchor: string): string => {
  const path = `${localeSitePath(lang, '/partenaires/')}#${anchor}`;
  return process.env['SITE_URL'] ? site.absoluteUrl(path) : site.withBase(path);
};
const count = (n: number): string => new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA').format(n);
const rows = (n: number): string => `${count(n)} ${lang === 'fr' ? (n <= 1 ? 'ligne' : 'lignes') : n === 1 ? 'row' : 'rows'}`;

function fileLine(f: CheckedFile): string {
  const name = f.sheet === null ? f.file : w.sheet(f.file, f.sheet);
  const parts: string[] = [];
  if (f.report.rejetees > 0) parts.push(w.rejected(f.report.rejetees, rows(f.report.rejetees), count(f.report.lignes)));
  if (f.report.avertissements > 0) parts.push(w.warnings(f.report.avertissements));
  return parts.length === 0 ? name : `${name} — ${parts.join(' · ')}`;
}

function groupLines(g: ProblemGroup): string[] {
  const head = [g.where, ...(g.colonne === '' ? [] : [w.column(g.colonne)])].join(' · ');
  const out = [`  • ${w.severity[g.gravite]} — ${head}${sep}${g.reason}`];
  for (const v of g.values.filter((x) => x.valeur !== '').slice(0, 5)) {
    out.push(`      ${w.value(v.valeur)}${v.suggestion ? ` — ${w.meant(v.suggestion.code, v.suggestion.label)}` : ''}${g.values.length > 1 ? ` (${w.lines.toLowerCase()} ${lineRanges(v.lignes)})` : ''}`);
  }
  if (g.accepted) out.push(`      ${w.accepted}${sep}${acceptedText(g.accepted, lang)}`);
  out.push(`      ${w.fix}${sep}${g.fix}`);
  out.push(`      ${w.guide}${sep}${guide(g.guide)}`);
  if (g.scope !== 'column' && g.count > 1) out.push(`      ${w.lines}${sep}${lineRanges(g.lignes)}${g.omitted > 0 ? ` ${w.more(g.omitted)}` : ''}`);
  return out;
}

const { result } = checkFiles(sources, lang);
console.log(w.title);
console.log(`${w.folder}${sep}${target}`);
for (const line of result.summary) console.log(line);
const toShow = result.files.filter((f) => f.groups.length > 0);
if (toShow.length > 0) {
  console.log('');
  console.log(w.byFile);
  for (const f of toShow) {
    console.log('');
    console.log(fileLine(f));
    for (const g of f.groups) for (const line of groupLines(g)) console.log(line);
  }
}
const ready = result.files.filter((f) => f.groups.length === 0);
if (ready.length > 0) {
  console.log('');
  console.log(w.ready(ready.length));
  for (const f of ready) console.log(`  ${f.sheet === null ? f.file : w.sheet(f.file, f.sheet)} (${rows(f.report.publiees)})`);
}
if (result.problems.length > 0) {
  console.log('');
  console.log(w.list);
  for (const p of result.problems) console.log(`  ${problemLine(p, lang)}`);
}
console.log('');
console.log(`${w.result}${sep}${result.summary[0]}`);
// exitCode, not exit(): a piped stdout is written asynchronously, and exit() would cut the report short.
if (result.counts.toFix > 0) process.exitCode = 1;
