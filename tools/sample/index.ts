/**
 * Seeded generator of FICTIONAL sample exports (data contract §1): one
 * national alliances file, then per region its priorities, indicators and
 * two yearly initiatives files, each in that partner's CSV dialect (one
 * partner keeps them as sheets of an Excel workbook instead), plus a
 * README. Same seed and scale → byte-identical files.
 */
import { mkdir, readdir, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { REGIONS } from '../../src/lib/contract/regions.ts';
import { ALLIANCES, alliancesOf, checkAlliances, loadMrc, mrcOf, regionEnvelope } from './alliances.ts';
import { encode, serialise } from './csv-writer.ts';
import type { Position } from './csv-writer.ts';
import { addDays, between, maxIso } from './dates.ts';
import { MINISTRY_DIALECT, dialectOf } from './dialects.ts';
import type { Dialect } from './dialects.ts';
import { bytes } from '../../src/lib/formats/content.ts';
import { workbook } from '../../src/lib/formats/xlsxWrite.ts';
import type { Sheet as XlsxSheet } from '../../src/lib/formats/xlsxWrite.ts';
import { SCHEMAS } from '../../src/lib/contract/columns.ts';
import { applyFaults, initiativesPath } from './faults.ts';
import { contexteFile } from './contexte.ts';
import type { Fault } from './faults.ts';
import { generateRegion } from './initiatives.ts';
import { YEARS, makeIndicators, makePriorities, regionalIndicators } from './plan.ts';
import type { RegionalPriority } from './plan.ts';
import { stream } from './random.ts';
import { readme } from './readme.ts';
import type { WrittenFile } from './readme.ts';
import { allianceRow, draft, indicatorRow, initiativeRow, priorityRow, toLines } from './render.ts';
import type { FileDraft } from './render.ts';

export interface SampleOptions {
  readonly seed: number;
  /** Multiplies the initiatives per region and year. */
  readonly scale: number;
  readonly outDir: string;
  /** Deliberate faults (default: on at scale 1 only). */
  readonly faults?: boolean;
}

export interface SampleResult {
  /** Paths of the files written (outDir joined with the relative path), sorted. */
  readonly files: string[];
  /** Initiative data rows written, duplicates and faulty rows included. */
  readonly initiativeRows: number;
}

const PREFIX: Readonly<Record<string, string>> = {
  '01': 'BSL', '02': 'SLSJ', '03': 'CN', '04': 'MAU', '05': 'EST', '06': 'MTL', '07': 'OUT', '08': 'AT', '09': 'CNO',
  '10': 'NDQ', '11': 'GIM', '12': 'CA', '13': 'LAV', '14': 'LAN', '15': 'LAU', '16': 'MTG', '17': 'CDQ',
};

/** Initiatives in 2024-2025 at scale 1: more where the envelope is larger, 15 to 75. */
function baseCount(region: string): number {
  return Math.min(75, Math.max(15, Math.round(24 + (3 * regionEnvelope(region)) / 1_000_000)));
}

function ministryFile(seed: number): FileDraft {
  const rng = stream(seed, 'alliances');
  const f = draft('ministere/alliances.csv', 'alliances', MINISTRY_DIALECT, '', true);
  for (const a of ALLIANCES) {
    const convention = between(rng, '2024-11-15', '2025-02-28');
    // Plans were due by 31 March 2025; a few were approved later.
    const due = rng.chance(0.8) ? between(rng, '2025-02-15', '2025-03-31') : between(rng, '2025-04-01', '2025-06-30');
    const plan = maxIso(due, addDays(convention, rng.int(20, 60)));
    const slug = REGIONS.find((r) => r.code === a.region)?.slug ?? a.region;
    const suffix = a.id.length > 2 ? `-${a.id.slice(3)}` : '';
    const site = rng.chance(0.85) ? `https://solidarite-${slug}${suffix}.exemple.org` : '';
    f.lines.push(allianceRow(a, { convention, plan, site }, MINISTRY_DIALECT));
  }
  return f;
}

function regionFiles(seed: number, region: string, scale: number, mrc: ReadonlyMap<string, readonly string[]>): FileDraft[] {
  const d = dialectOf(region);
  const slug = REGIONS.find((r) => r.code === region)?.slug ?? region;
  const alliances = alliancesOf(region);
  const multi = alliances.length > 1;
  const priorities = new Map<string, RegionalPriority[]>(alliances.map((a) => [a.id, makePriorities(seed, a)]));
  const prio = draft(`${slug}/priorites.csv`, 'priorites', d, region, multi);
  for (const list of priorities.values()) for (const p of list) prio.lines.push(priorityRow(region, p, d));

  const regional = regionalIndicators(seed, region);
  const ind = draft(`${slug}/indicateurs.csv`, 'indicateurs', d, region, multi);
  const values = alliances.flatMap((a) => makeIndicators(seed, a, regional));
  for (const annee of YEARS) for (const v of values.filter((x) => x.annee === annee)) ind.lines.push(indicatorRow(region, v, d));

  const rng = stream(seed, `initiatives:${region}`);
  const count = baseCount(region);
  const meanAmount = Math.min(70_000, (rng.float(0.7, 0.9) * regionEnvelope(region)) / 5 / count);
  const byYear = generateRegion(rng, {
    region, prefix: PREFIX[region] ?? region, alliances, priorities, baseCount: count, meanAmount,
    mrcByAlliance: new Map(alliances.map((a) => [a.id, mrcOf(a, mrc)])),
  }, scale);
  const yearly = YEARS.map((annee) => {
    const f = draft(initiativesPath(region, annee), 'initiatives', d, region, multi);
    f.lines = byYear[annee].map((it) => initiativeRow(it, d));
    return f;
  });
  return [prio, ind, ...yearly];
}

/** The workbook's date (document properties and ZIP entries): fixed, so the sample stays byte-identical. */
const WORKBOOK_DATE = '2025-11-01T00:00:00.000Z';

const SHEET_NAMES: Readonly<Record<string, string>> = { priorites: 'Priorités', indicateurs: 'Indicateurs', alliances: 'Alliances', contexte: 'Contexte' };

/** One file draft as a workbook sheet: amounts and counts typed as numbers, dates as dates. */
function sampleSheet(f: FileDraft): XlsxSheet & { rows: readonly (readonly string[])[] } {
  const base = f.path.slice(f.path.lastIndexOf('/') + 1).replace(/\.csv$/, '');
  const name = SHEET_NAMES[base] ?? base.replace(/^initiatives-/, 'Initiatives ');
  const types = new Map(f.kind === 'notes' ? [] : SCHEMAS[f.kind].map((c) => [c.name, c.type]));
  const columns = f.columns.map((c) => {
    const type = types.get(c);
    const kind = type === 'amount' || type === 'count' || type === 'positive-count' ? 'number' : type === 'date' ? 'date' : 'text';
    return { kind, width: c === 'titre' || c === 'description' || c === 'resultats' ? 40 : 16, wrap: c === 'description' || c === 'resultats' } as const;
  });
  const rows = toLines(f).flatMap((l) => (l.kind === 'row' ? [l.cells] : []));
  return { name, header: f.header, columns, rows, autofilter: true };
}

/** The instructions sheet a partner keeps first: it names no kind, so the pipeline skips it with a warning. */
function readmeSheet(): XlsxSheet {
  return {
    name: 'Lisez-moi',
    header: ['Suivi de l’Alliance — données fictives d’exemple'],
    columns: [{ kind: 'text', width: 90 }],
    rows: [['Une feuille par fichier : priorités, indicateurs, puis les initiatives de chaque année.'], ['Montants et dates saisis comme nombres et dates dans Excel.']],
  };
}

/** Removes the CSV files, workbooks, README.md and source.json a previous run wrote (nothing else), then empty folders. */
export async function cleanSample(outDir: string): Promise<void> {
  const walk = async (dir: string, top: boolean): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        await walk(path, false);
        await rmdir(path).catch(() => undefined); // kept when something else is inside
      } else if (e.name.endsWith('.csv') || e.name.endsWith('.xlsx') || (top && (e.name === 'README.md' || e.name === 'source.json'))) {
        await rm(path);
      }
    }
  };
  await walk(outDir, true);
}

export async function generateSample(options: SampleOptions): Promise<SampleResult> {
  const { seed, scale, outDir } = options;
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be an integer ≥ 1, got ${scale}`);
  const withFaults = options.faults ?? scale === 1;
  checkAlliances();
  const mrc = loadMrc();
  const drafts: FileDraft[] = [ministryFile(seed)];
  for (const r of REGIONS) drafts.push(...regionFiles(seed, r.code, scale, mrc));
  // After the regions' files, so that the faults land where they always have.
  const contexte = contexteFile(seed, MINISTRY_DIALECT);

  let faults: Fault[] = [];
  if (withFaults) {
    const applied = applyFaults({ files: new Map(drafts.map((f) => [f.path, f])), rng: stream(seed, 'fautes') });
    faults = applied.faults;
    drafts.splice(1, 0, ...applied.extra);
  }
  drafts.splice(1, 0, contexte);

  const written: WrittenFile[] = [];
  const positions = new Map<string, Position>();
  let initiativeRows = 0;
  // A partner's workbook takes the place of its first file in the list.
  const books = new Map<string, { dialect: Dialect; sheets: XlsxSheet[]; rows: number; at: number }>();
  for (const f of drafts) {
    if (f.dialect.workbook) {
      const path = `${f.path.slice(0, f.path.lastIndexOf('/') + 1)}${f.dialect.workbook}`;
      const book = books.get(path) ?? { dialect: f.dialect, sheets: [], rows: 0, at: written.push({ path, kind: 'classeur', dialect: f.dialect, rows: 0, bytes: Buffer.alloc(0) }) - 1 };
      const sheet = sampleSheet(f);
      book.sheets.push(sheet);
      book.rows += sheet.rows.length;
      if (f.kind === 'initiatives') initiativeRows += sheet.rows.length;
      books.set(path, book);
      continue;
    }
    const out = serialise(f.header, toLines(f), f.dialect);
    for (const [tag, pos] of out.positions) positions.set(`${f.path}#${tag}`, pos);
    if (f.headerTag !== undefined) positions.set(`${f.path}#${f.headerTag}`, { row: 1, line: 1 });
    if (f.kind === 'initiatives') initiativeRows += out.rows;
    written.push({ path: f.path, kind: f.kind, dialect: f.dialect, rows: out.rows, bytes: encode(out.text, f.dialect.encoding) });
  }
  for (const [path, book] of books) {
    const content = workbook([readmeSheet(), ...book.sheets], { title: 'Suivi de l’Alliance (données fictives)', creator: 'Données d’exemple fictives', language: 'fr-CA', created: WORKBOOK_DATE });
    written[book.at] = { path, kind: 'classeur', dialect: book.dialect, rows: book.rows, bytes: Buffer.from(bytes(content)) };
  }
  const text = readme({ seed, scale, faultsOn: withFaults, files: written, faults, positions });
  written.push({ path: 'README.md', kind: 'readme', dialect: MINISTRY_DIALECT, rows: 0, bytes: Buffer.from(text, 'utf8') });
  // Read by the pipeline (src/lib/pipeline/index.ts): every page built from this folder says the data are fictional.
  const source = { fictif: true, titre: `Données d'exemple fictives (graine ${seed}, échelle ${scale})` };
  written.push({ path: 'source.json', kind: 'source', dialect: MINISTRY_DIALECT, rows: 0, bytes: Buffer.from(`${JSON.stringify(source, null, 2)}\n`, 'utf8') });

  const files: string[] = [];
  for (const w of written) {
    const path = join(outDir, ...w.path.split('/'));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, w.bytes);
    files.push(path);
  }
  return { files: files.sort(), initiativeRows };
}
