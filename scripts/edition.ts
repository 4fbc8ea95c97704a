/**
 * `npm run edition -- publish|correct|verify|list` (contract §6): the
 * ministry's yearly editions, frozen in data/editions/<annee>/ (or
 * EDITIONS_DIR). Exit codes: 0 done, 1 refused or an edition is tampered
 * with, 2 usage.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { ingestFiles } from '../src/lib/ingest/index.ts';
import { readSources } from '../src/lib/ingest/sources.ts';
import { buildDate, readSourceInfo } from '../src/lib/pipeline/index.ts';
import { history, parseDate, parseYear, revisionDir } from '../src/lib/editions/manifest.ts';
import type { EditionManifest } from '../src/lib/editions/manifest.ts';
import { Refusal, correctEdition, issueEdition } from '../src/lib/editions/issue.ts';
import { editionsDir, newestFileDate, verifyEditions } from '../src/lib/editions/store.ts';
import { ROOT, inputDir } from './paths.ts';

const USAGE = `Usage :
  npm run edition -- publish <annee> [--date AAAA-MM-JJ] [--note "<texte>"]
  npm run edition -- correct <annee> --note "<texte>" [--date AAAA-MM-JJ]
  npm run edition -- verify
  npm run edition -- list
(EDITIONS_DIR remplace data/editions/, DATA_DIR remplace data/exports/)`;


function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Refusal(`L’option ${name} demande une valeur.`);
  return value;
}

function dateOption(args: string[]): string {
  const raw = option(args, '--date');
  if (raw === undefined) return buildDate().slice(0, 10);
  const date = parseDate(raw);
  if (!date) throw new Refusal(`Date invalide : « ${raw} ». Écrivez-la AAAA-MM-JJ (ex. 2025-12-15).`);
  return date;
}

function yearArgument(args: string[]): string {
  const raw = args[1];
  if (!raw || raw.startsWith('--')) throw new Refusal(`Précisez l’année de l’édition (ex. 2024-2025).\n${USAGE}`);
  const annee = parseYear(raw);
  if (!annee) throw new Refusal(`Année invalide : « ${raw} ». Une édition porte sur une année de déclaration AAAA-AAAA (ex. 2024-2025).`);
  return annee;
}

/** The exports of DATA_DIR, read and validated, and the date of the newest. */
async function readExports(args: string[]) {
  const dir = inputDir();
  const [sources, source] = await Promise.all([readSources(dir), readSourceInfo(dir)]);
  const donneesAu = option(args, '--donnees-au') ?? newestFileDate(sources.map((s) => join(dir, s.fichier)));
  if (!parseDate(donneesAu)) throw new Refusal(`Date invalide pour --donnees-au : « ${donneesAu} ».`);
  return { ingest: ingestFiles(sources), source, donneesAu };
}

async function publish(args: string[], dir: string): Promise<void> {
  const annee = yearArgument(args);
  const date = dateOption(args);
  const note = option(args, '--note') ?? '';
  const { manifest, frozen } = await issueEdition({ dir, annee, date, note, ...(await readExports(args)) });
  console.log(`Édition ${annee} publiée le ${date} (révision 1) : ${Object.keys(manifest.fichiers).length} fichiers figés dans ${join(dir, annee, revisionDir(1))}, années ${frozen.annees.join(', ')}.`);
}

async function correct(args: string[], dir: string): Promise<void> {
  const annee = yearArgument(args);
  const note = option(args, '--note') ?? '';
  if (!note.trim()) throw new Refusal(`Une correction doit dire pourquoi : --note "<raison de la correction>".`);
  const date = dateOption(args);
  const { manifest } = await correctEdition({ dir, annee, date, note, ...(await readExports(args)) });
  console.log(`Édition ${annee} corrigée le ${date} : révision ${manifest.revision} (${Object.keys(manifest.fichiers).filter((f) => f.startsWith(`${revisionDir(manifest.revision)}/`)).length} fichiers); les révisions précédentes restent publiées.`);
}

function verify(dir: string): number {
  const { manifests, problems } = verifyEditions(dir);
  if (problems.length > 0) {
    console.error(`Éditions altérées dans ${dir} :`);
    for (const p of problems) console.error(`- ${p}`);
    return 1;
  }
  console.log(manifests.length === 0 ? `Aucune édition dans ${dir}.` : `${manifests.length} ${manifests.length === 1 ? 'édition intacte' : 'éditions intactes'} : ${manifests.map((m) => `${m.annee} (révision ${m.revision})`).join(', ')}.`);
  return 0;
}

/** Initiatives and FQIS of the edition's year, read from its frozen indicateurs.csv. */
function totals(dir: string, m: EditionManifest): { initiatives: string; fqis: string } {
  const csv = readFileSync(join(dir, m.annee, revisionDir(m.revision), 'indicateurs.csv'), 'utf8').replace(/^\uFEFF/, '');
  const value = (code: string): string =>
    csv
      .split(/\r?\n/)
      .map((l) => l.split(','))
      .find((c) => c[0] === m.annee && c[1] === 'QC' && c[2] === code)?.[3] ?? '—';
  return { initiatives: value('initiatives'), fqis: value('fqis') };
}

function list(dir: string): number {
  const { manifests, problems } = verifyEditions(dir);
  if (manifests.length === 0 && problems.length === 0) console.log(`Aucune édition dans ${dir}.`);
  const money = new Intl.NumberFormat('fr-CA', { style: 'currency', currency: 'CAD', maximumFractionDigits: 0 });
  for (const m of manifests) {
    const t = totals(dir, m);
    console.log(`${m.annee} — révision ${m.revision}, publiée le ${m.publiee_le}, données au ${history(m).at(-1)!.donnees_au}; ${t.initiatives} initiatives, FQIS ${t.fqis === '—' ? '—' : money.format(Number(t.fqis))}`);
    for (const h of history(m)) console.log(`  révision ${h.revision} (${h.date}) : ${h.note || '—'}`);
  }
  for (const p of problems) console.error(`- ${p}`);
  return problems.length > 0 ? 1 : 0;
}

const args = process.argv.slice(2);
const dir = editionsDir(ROOT);
try {
  switch (args[0]) {
    case 'publish':
      await publish(args, dir);
      break;
    case 'correct':
      await correct(args, dir);
      break;
    case 'verify':
      process.exitCode = verify(dir);
      break;
    case 'list':
      process.exitCode = list(dir);
      break;
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
} catch (e) {
  if (!(e instanceof Refusal)) throw e;
  console.error(e.message);
  process.exitCode = 1;
}
