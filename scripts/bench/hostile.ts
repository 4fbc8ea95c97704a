/**
 * `npm run bench:hostile`: the hostile inputs of issue #16
 * (test/fixtures/hostile/), each the sample plus one partner's hostile
 * file, through `npm run data`'s script and `npm run validate` as child
 * processes: exit code, wall time, peak memory of the whole process tree
 * (tsx runs the work in a second node process), lines printed, and the
 * report line of the hostile file. Then one folder with the sample and
 * every case's files through `npm run build` (data + Astro). Prints
 * Markdown tables; asserts nothing (the tests are test/hostile/).
 *
 * A watchdog kills any run above --max-mb (default 6144) or --max-seconds
 * (default 300), so a case cannot take the machine.
 *
 *   npm run bench:hostile [-- --cases=a,b] [--no-combined] [--combined-without=xlsx-bomb-2gib]
 *                          [--project=<other checkout>] [--max-mb=N] [--max-seconds=N] [--keep]
 *
 * --project runs another checkout's scripts (e.g. `git archive <commit> | tar -x -C /tmp/before`,
 * with a node_modules link) on the same fixtures: a before/after table.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { CASE_NAMES, HOSTILE_CASES, generateCombined, generateHostile } from '../../tools/hostile/generate.ts';
import type { HostileCase } from '../../tools/hostile/generate.ts';
import { outcome, runWatched } from '../../tools/hostile/run.ts';
import type { RunLimits, RunResult } from '../../tools/hostile/run.ts';
import { ROOT } from '../paths.ts';

export interface HostileBenchOptions {
  /** Cases to run (all by default). */
  readonly cases?: readonly string[];
  /** The full build with every case's files in one folder. */
  readonly combined?: boolean;
  /** Cases left out of the combined folder. */
  readonly combinedWithout?: readonly string[];
  /** The checkout whose scripts run (this one by default). */
  readonly project?: string;
  readonly limits?: RunLimits;
  /** Keep the generated folders and outputs (their path is printed). */
  readonly keep?: boolean;
}

interface Row {
  readonly name: string;
  readonly command: string;
  readonly run: RunResult;
  readonly report: string;
}

const fmt1 = new Intl.NumberFormat('en-CA', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const fmt0 = new Intl.NumberFormat('en-CA', { maximumFractionDigits: 0 });
/** A table cell: one line, no pipe, at most 160 characters. */
const cell = (s: string): string => {
  const one = s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
  return one.length > 160 ? `${one.slice(0, 159)}…` : one;
};

const belongs = (fichier: string, files: readonly string[]): boolean => files.some((f) => fichier === f || fichier.startsWith(`${f}#`));

/** The error a crashed run ends with (`RangeError: Invalid string length`, `… heap out of memory`). */
function crashLine(r: RunResult): string {
  const lines = r.tail.split('\n').map((l) => l.trim()).filter(Boolean);
  const error = lines.find((l) => /heap out of memory|^(?:Uncaught )?[A-Z]\w*Error\b|FATAL ERROR/.test(l));
  return error ?? lines.at(-1) ?? '';
}

/** The hostile files' first problem in reports/rejets.csv, or their validation.json entries. */
function reportLine(out: string, files: readonly string[], r: RunResult): string {
  const rejects = join(out, 'reports/rejets.csv');
  const validation = join(out, 'reports/validation.json');
  if (r.code !== 0 || !existsSync(validation)) return crashLine(r);
  const entries = (JSON.parse(readFileSync(validation, 'utf8')) as Array<Record<string, unknown>>).filter((e) => belongs(String(e['fichier']), files));
  const tallies = entries.map((e) => `${String(e['fichier']).slice(String(e['fichier']).indexOf('/') + 1)} ${String(e['lignes'])}/${String(e['publiees'])}/${String(e['rejetees'])}/${String(e['doublons'])}`).join('; ');
  if (existsSync(rejects)) {
    const problems = Papa.parse<Record<string, string>>(readFileSync(rejects, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data.filter((p) => belongs(p['fichier'] ?? '', files));
    // The cap's summary when there is one: it says the most.
    const first = problems.find((p) => /^… et /.test(p['raison'] ?? '')) ?? problems[0];
    if (first) return `[${tallies}] ${first['fichier']!.slice(first['fichier']!.indexOf('/') + 1)}:${first['ligne']} ${first['gravite']}: ${first['raison']}${problems.length > 1 ? ` (+${problems.length - 1})` : ''}`;
  }
  const unread = entries.find((e) => e['raison']);
  return `[${tallies}]${unread ? ` ${String(unread['raison'])}` : ' no problem'}`;
}

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const key of ['DATA_DIR', 'ALLIANCES_OUTPUT_ROOT', 'STRICT']) delete base[key];
  // tsx and npm start node from PATH: this one (Node 24), not the machine's.
  return { ...base, ...extra, PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}` };
}

function printTable(rows: readonly Row[]): void {
  console.log('| case | command | exit | time (s) | peak (MB) | lines | report line (hostile file: lignes/publiées/rejetées/doublons, first problem) |');
  console.log('|---|---|---|---:|---:|---:|---|');
  for (const { name, command, run, report } of rows) {
    const exit = run.killed ? `killed (${run.killed})` : run.signal ? run.signal : String(run.code);
    console.log(`| ${name} | ${command} | ${exit} | ${fmt1.format(run.seconds)} | ${fmt0.format(run.peakMB)} | ${fmt0.format(run.lines)} | ${cell(report)} |`);
  }
}

export async function benchHostile(options: HostileBenchOptions = {}): Promise<void> {
  const project = resolve(options.project ?? ROOT);
  const limits = options.limits ?? { memoryMB: 6144, seconds: 300 };
  const tsx = join(project, 'node_modules/.bin/tsx');
  const names = options.cases ?? CASE_NAMES;
  const work = mkdtempSync(join(tmpdir(), 'alliances-bench-hostile-'));
  const script = (name: string, args: readonly string[], extra: Record<string, string>, logName: string): Promise<RunResult> =>
    runWatched(process.execPath, [tsx, join(project, 'scripts', name), ...args], { cwd: project, env: env(extra), limits, output: { file: join(work, logName) } });

  console.log('');
  console.log(`Hostile inputs (issue #16): ${project === ROOT ? 'this checkout' : project}; Node ${process.version}; watchdog ${fmt0.format(limits.memoryMB)} MB, ${limits.seconds} s; peak = whole process tree`);
  let started = performance.now();
  generateHostile(join(work, 'in'), names);
  console.log(`Fixtures generated in ${fmt1.format((performance.now() - started) / 1000)} s (${work}).`);
  console.log('');
  const rows: Row[] = [];
  for (const name of names) {
    const hostile: HostileCase = HOSTILE_CASES.find((c) => c.name === name)!;
    const input = join(work, 'in', name);
    const out = join(work, 'out', name);
    const data = await script('build-data.ts', [], { DATA_DIR: input, ALLIANCES_OUTPUT_ROOT: out }, `${name}-data.log`);
    rows.push({ name, command: 'data', run: data, report: reportLine(out, hostile.files, data) });
    const validate = await script('validate.ts', [input], { ALLIANCES_OUTPUT_ROOT: out }, `${name}-validate.log`);
    const verdict = validate.tail.split('\n').find((l) => l.startsWith('Résultat :'));
    rows.push({ name, command: 'validate', run: validate, report: verdict ?? crashLine(validate) });
    // Each case's outputs go once measured: the disk holds one at a time.
    if (!options.keep) rmSync(out, { recursive: true, force: true });
  }
  printTable(rows);
  console.log('exit: `npm run data` should exit 0 (rows rejected or not); `npm run validate` exits 1 since the sample itself has rejected rows. lines: printed on stdout and stderr.');

  if (options.combined !== false) {
    const without = options.combinedWithout ?? [];
    const cases = names.filter((n) => !without.includes(n));
    const input = join(work, 'all');
    const out = join(work, 'out-all');
    started = performance.now();
    generateCombined(input, cases);
    console.log('');
    console.log(`Full build (npm run build: data + Astro) of one folder with the sample and ${cases.length} cases' files${without.length ? ` (without ${without.join(', ')})` : ''}, generated in ${fmt1.format((performance.now() - started) / 1000)} s:`);
    const build = await runWatched('npm', ['run', 'build'], { cwd: project, env: env({ DATA_DIR: input, ALLIANCES_OUTPUT_ROOT: out }), limits, output: { file: join(work, 'build.log') } });
    const pages = existsSync(join(out, 'dist/index.html')) ? 'dist/index.html written' : 'no dist/index.html';
    // The pipeline's own summary: lines read, published, rejected.
    const summary = build.head.split('\n').filter((l) => /^(Lignes lues|\s+publiées|\s+rejetées) :/.test(l)).map((l) => l.trim()).join(', ');
    printTable([{ name: 'all cases', command: 'build', run: build, report: `${pages}; ${build.code === 0 ? summary : `${summary ? `${summary}; ` : ''}${crashLine(build)}`}` }]);
    if (build.code !== 0 || build.killed) console.log(`(${outcome(build)})`);
  }
  if (options.keep) console.log(`Kept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const value = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const list = (name: string): string[] | undefined => value(name)?.split(',').filter(Boolean);
  const project = value('project');
  const cases = list('cases');
  const combinedWithout = list('combined-without');
  await benchHostile({
    ...(cases ? { cases } : {}),
    combined: !args.includes('--no-combined'),
    ...(combinedWithout ? { combinedWithout } : {}),
    ...(project ? { project } : {}),
    limits: { memoryMB: Number(value('max-mb') ?? 6144), seconds: Number(value('max-seconds') ?? 300) },
    keep: args.includes('--keep'),
  });
}
