/**
 * Hostile inputs (issue #16, contract §1.5): each case is the sample plus
 * one partner's hostile file (test/fixtures/hostile/), run through
 * `npm run data` as a child process. Whatever the file, the build exits 0
 * within bounded memory, lists every file in reports/validation.json with
 * an exact tally, reports the expected problem, leaves the rest of the
 * province as the sample alone gives it, and publishes no Infinity, NaN,
 * exponent, NUL or mojibake. The expected outcomes are one table:
 * test/fixtures/hostile/expectations.ts.
 *
 * Heavy: about 15 pipeline runs plus 5 `npm run validate` (a few minutes
 * on 2 cores). No timing is asserted; a watchdog kills any run over the
 * memory or time limit (LIMITS), which then fails its case.
 * HOSTILE_KEEP=1 keeps the generated folders and outputs (path printed).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_CASES, SAMPLE_DIR, generateHostile } from '../../../tools/hostile/generate.ts';
import { EXPECTATIONS, EXPONENT_NUMBER, FORBIDDEN_IN_DATASETS, LIMITS } from '../../fixtures/hostile/expectations.ts';
import type { CaseExpectation } from '../../fixtures/hostile/expectations.ts';
import { outcome, runWatched } from '../../../tools/hostile/run.ts';
import type { RunResult } from '../../../tools/hostile/run.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
// Made in the first hook, so that a run whose filter selects no test leaves nothing behind.
let work = '';
const inputs = (): string => join(work, 'in');
const outputs = (): string => join(work, 'out');
const RUN_TIMEOUT = (LIMITS.seconds + 60) * 1000;

interface Entry {
  fichier: string;
  type: string | null;
  encodage: string;
  lignes: number;
  publiees: number;
  rejetees: number;
  doublons: number;
  avertissements: number;
  lu?: boolean;
  raison?: string;
}

interface Problem {
  fichier: string;
  ligne: string;
  colonne: string;
  valeur: string;
  raison: string;
  gravite: string;
}

/** A command of the project (`npm run data`'s script…) as the maintainers run it, under the watchdog. */
function runScript(script: string, args: readonly string[], env: Record<string, string>): Promise<RunResult> {
  const base = { ...process.env };
  for (const key of ['DATA_DIR', 'ALLIANCES_OUTPUT_ROOT', 'STRICT']) delete base[key];
  return runWatched(process.execPath, [TSX, join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    // tsx starts its worker with the node found first on PATH: this one (Node 24), not the machine's.
    env: { ...base, ...env, PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}` },
    limits: LIMITS,
  });
}

const failure = (r: RunResult): string => `${outcome(r)} after ${r.seconds.toFixed(1)} s, peak ${Math.round(r.peakMB)} MB; output ends with:\n${r.tail.slice(-3000)}`;

/** Every file below `dir`, relative, `/`-separated; symbolic links listed as files, never followed. */
function filesBelow(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${d.name}` : d.name;
    if (d.isDirectory()) out.push(...filesBelow(join(dir, d.name), rel));
    else out.push(rel);
  }
  return out;
}

/** Whether an entry or a problem belongs to a file (a workbook's sheets `<file>#<sheet>` do). */
const ofFile = (fichier: string, file: string): boolean => fichier === file || fichier.startsWith(`${file}#`);

function readProblems(path: string): Problem[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Problem>(text, { header: true, skipEmptyLines: true }).data;
}

/** Values of a parsed JSON document that are numbers or strings, with where they are. */
function* leaves(value: unknown, path = '$'): Generator<[string, unknown]> {
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* leaves(value[i], `${path}[${i}]`);
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* leaves(v, `${path}.${k}`);
  else yield [path, value];
}

/** What no public dataset may hold: Infinity, NaN, ∞, NUL, mojibake, a number with an exponent. */
function datasetFaults(dir: string): string[] {
  const faults: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!/\.(csv|json)$/.test(name)) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    for (const { what, pattern } of FORBIDDEN_IN_DATASETS) {
      const m = pattern.exec(text);
      if (m) faults.push(`${name}: ${what} at ${m.index}: « ${text.slice(Math.max(0, m.index - 40), m.index + 40)} »`);
    }
    if (name.endsWith('.csv')) {
      const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      rows.forEach((row, r) => row.forEach((cell, c) => EXPONENT_NUMBER.test(cell) && faults.push(`${name}: exponent notation « ${cell} » at row ${r + 1}, column ${c + 1}`)));
    } else {
      for (const [path, v] of leaves(JSON.parse(text))) {
        if (typeof v === 'number' && (!Number.isFinite(v) || /e/i.test(String(v)))) faults.push(`${name}: ${path} = ${String(v)}`);
        if (typeof v === 'string' && EXPONENT_NUMBER.test(v)) faults.push(`${name}: exponent notation « ${v} » at ${path}`);
      }
    }
  }
  return faults;
}

const baseline = new Map<string, Entry>();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'alliances-hostile-'));
  generateHostile(inputs());
  // The sample alone: what every file but the hostile ones must still give.
  const out = join(outputs(), '_sample');
  const r = await runScript('build-data.ts', [], { DATA_DIR: SAMPLE_DIR, ALLIANCES_OUTPUT_ROOT: out });
  if (r.code !== 0) throw new Error(`the sample alone does not build: ${failure(r)}`);
  for (const e of JSON.parse(readFileSync(join(out, 'reports/validation.json'), 'utf8')) as Entry[]) baseline.set(e.fichier, e);
}, RUN_TIMEOUT);

afterAll(() => {
  if (!work) return;
  if (!process.env['HOSTILE_KEEP']) rmSync(work, { recursive: true, force: true });
  else console.log(work);
});

describe.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('%s', (name, hostile) => {
  const expected: CaseExpectation = EXPECTATIONS[name]!;
  let input = '';
  let out = '';
  let run: RunResult;
  let entries: Entry[] = [];
  let problems: Problem[] = [];
  const mine = (fichier: string): boolean => hostile.files.some((f) => ofFile(fichier, f));

  beforeAll(async () => {
    input = join(inputs(), name);
    out = join(outputs(), name);
    run = await runScript('build-data.ts', [], { DATA_DIR: input, ALLIANCES_OUTPUT_ROOT: out });
    if (existsSync(join(out, 'reports/validation.json'))) entries = JSON.parse(readFileSync(join(out, 'reports/validation.json'), 'utf8')) as Entry[];
    if (existsSync(join(out, 'reports/rejets.csv'))) problems = readProblems(join(out, 'reports/rejets.csv'));
  }, RUN_TIMEOUT);

  it(`npm run data exits ${expected.exitCode} within ${LIMITS.memoryMB} MB and ${LIMITS.seconds} s`, () => {
    expect(run.killed, failure(run)).toBeNull();
    expect(run.code, failure(run)).toBe(expected.exitCode);
  });

  it('lists every file of the folder in reports/validation.json, read or not', () => {
    const missing = filesBelow(input).filter((file) => !entries.some((e) => ofFile(e.fichier, file)));
    expect(missing).toEqual([]);
  });

  it('keeps lignes = publiees + rejetees + doublons for every entry', () => {
    expect(entries.length).toBeGreaterThan(0);
    const wrong = entries.filter((e) => e.lignes !== e.publiees + e.rejetees + e.doublons).map((e) => e.fichier);
    expect(wrong).toEqual([]);
  });

  it('gives the hostile files their exact tallies', () => {
    const got = entries.filter((e) => mine(e.fichier));
    expect(got.map((e) => e.fichier).sort()).toEqual(expected.entries.map((e) => e.fichier).sort());
    for (const want of expected.entries) {
      const e = got.find((x) => x.fichier === want.fichier)!;
      expect({ fichier: e.fichier, lignes: e.lignes, publiees: e.publiees, rejetees: e.rejetees, doublons: e.doublons }).toEqual({ fichier: want.fichier, ...want.tally });
      if (want.unread) expect(e.lu, e.fichier).toBe(false);
      if (want.raison) expect(e.raison ?? '', e.fichier).toMatch(want.raison);
      if (want.encodage) expect(e.encodage, e.fichier).toBe(want.encodage);
    }
  });

  it('leaves every other file as the sample alone gives it', () => {
    const changed = entries
      .filter((e) => !mine(e.fichier))
      .flatMap((e) => {
        const b = baseline.get(e.fichier);
        const tally = (x: Entry): string => `${x.lignes}/${x.publiees}/${x.rejetees}/${x.doublons}`;
        return b && tally(b) === tally(e) ? [] : [`${e.fichier}: ${tally(e)}, sample alone ${b ? tally(b) : 'absent'}`];
      });
    expect(changed).toEqual([]);
  });

  it('writes the expected problems to reports/rejets.csv, bounded', () => {
    expect(existsSync(join(out, 'reports/rejets.csv'))).toBe(true);
    expect(statSync(join(out, 'reports/rejets.csv')).size).toBeLessThan(LIMITS.reportBytes);
    const own = problems.filter((p) => mine(p.fichier));
    for (const line of expected.report) {
      const found = own.some(
        (p) =>
          ofFile(p.fichier, line.fichier) &&
          (line.ligne === undefined || Number(p.ligne) === line.ligne) &&
          (line.colonne === undefined || p.colonne === line.colonne) &&
          (line.gravite === undefined || p.gravite === line.gravite) &&
          line.raison.test(p.raison),
      );
      const near = own.filter((p) => ofFile(p.fichier, line.fichier)).slice(0, 8).map((p) => `${p.fichier}:${p.ligne} ${p.gravite} [${p.colonne}] ${p.raison}`);
      expect(found, `no problem ${JSON.stringify({ ...line, raison: String(line.raison) })}; the file has:\n${near.join('\n')}`).toBe(true);
    }
    if (expected.maxProblems !== undefined) expect(own.length).toBeLessThanOrEqual(expected.maxProblems);
    const reports = readFileSync(join(out, 'reports/rejets.csv'), 'utf8') + readFileSync(join(out, 'reports/validation.json'), 'utf8');
    for (const pattern of expected.absent ?? []) expect(reports).not.toMatch(pattern);
  });

  it('publishes no Infinity, NaN, ∞, exponent, NUL byte or mojibake', () => {
    expect(existsSync(join(out, 'dist/donnees/datapackage.json'))).toBe(true);
    expect(datasetFaults(join(out, 'dist/donnees'))).toEqual([]);
  });

  it('publishes the expected rows', () => {
    const rows = JSON.parse(readFileSync(join(out, 'dist/donnees/initiatives.json'), 'utf8')) as Record<string, unknown>[];
    for (const want of expected.published ?? []) {
      const row = rows.find((r) => r['id'] === want.id);
      expect(row !== undefined, `${want.id} published`).toBe(want.present);
      if (!row) continue;
      for (const [field, value] of Object.entries(want.values ?? {})) expect(String(row[field]), `${want.id}.${field}`).toBe(String(value));
      for (const [field, length] of Object.entries(want.lengths ?? {})) expect(String(row[field]).length, `${want.id}.${field} length`).toBe(length);
    }
    for (const { idPrefix, count } of expected.publishedCount ?? []) {
      expect(rows.filter((r) => String(r['id']).startsWith(idPrefix)).length, `rows ${idPrefix}*`).toBe(count);
    }
  });

  it.runIf(hostile.heavy)(
    'npm run validate finishes with a bounded report and its summary',
    async () => {
      const r = await runScript('validate.ts', [input], {});
      expect(r.killed, failure(r)).toBeNull();
      expect(r.code, failure(r)).toBe(expected.validateExitCode);
      expect(r.lines).toBeLessThan(LIMITS.validateLines);
      expect(r.head).toMatch(/ sur [\d\u00a0]+ lignes lues\./);
      expect(r.tail).toMatch(/^Résultat : /m);
    },
    RUN_TIMEOUT,
  );
});
