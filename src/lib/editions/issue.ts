/**
 * Publishing an edition and correcting it (contract §6), from an ingested
 * set of exports: what `npm run edition` does, and what the sample
 * generator does to build the fictional editions the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestResult } from '../ingest/index.ts';
import type { SourceInfo } from '../publish/buildStamp.ts';
import { freeze } from './freeze.ts';
import type { Frozen } from './freeze.ts';
import { CONTRACT_VERSION, revisionDir } from './manifest.ts';
import type { EditionManifest } from './manifest.ts';
import { editionFolders, readManifest, verifyEditions, writeManifest, writeRevision } from './store.ts';

/** A refusal: a plain French reason, exit code 1. */
export class Refusal extends Error {}

export interface IssueInput {
  readonly dir: string;
  readonly annee: string;
  readonly ingest: IngestResult;
  readonly source: SourceInfo;
  /** Publication date, AAAA-MM-JJ. */
  readonly date: string;
  readonly donneesAu: string;
  readonly note: string;
}

function assertIntact(dir: string): void {
  const { problems } = verifyEditions(dir);
  if (problems.length > 0) throw new Refusal(`Les éditions publiées ne sont plus intactes; rien n’est écrit :\n${problems.map((p) => `- ${p}`).join('\n')}`);
}

export async function issueEdition(input: IssueInput): Promise<{ manifest: EditionManifest; frozen: Frozen }> {
  const { dir, annee, date } = input;
  assertIntact(dir);
  if (editionFolders(dir).includes(annee)) {
    throw new Refusal(`L’édition ${annee} existe déjà (${join(dir, annee)}) : une édition publiée ne change plus. Pour la corriger : npm run edition -- correct ${annee} --note "<raison>".`);
  }
  const frozen = freeze(input.ingest, input.source, annee, 1, `${date}T00:00:00.000Z`);
  if (frozen.rowsOfYear === 0) throw new Refusal(`Aucune initiative publiée pour ${annee} dans les exportations lues : rien à figer pour cette année.`);
  const fichiers = await writeRevision(dir, annee, 1, frozen.files);
  const manifest: EditionManifest = {
    annee,
    revision: 1,
    publiee_le: date,
    donnees_au: input.donneesAu,
    note: input.note,
    contrat: CONTRACT_VERSION,
    fictif: input.source.fictif,
    titre: input.source.titre ?? null,
    validation: frozen.validation,
    fichiers,
    revisions: [],
  };
  await writeManifest(dir, manifest);
  return { manifest, frozen };
}

export async function correctEdition(input: IssueInput): Promise<{ manifest: EditionManifest; frozen: Frozen }> {
  const { dir, annee, date, note } = input;
  if (!note.trim()) throw new Refusal(`Une correction doit dire pourquoi : --note "<raison de la correction>".`);
  assertIntact(dir);
  const manifest = readManifest(dir, annee);
  if (!manifest) throw new Refusal(`L’édition ${annee} n’existe pas dans ${dir} : publiez-la d’abord (npm run edition -- publish ${annee}).`);
  const last = manifest.revisions.at(-1)?.date ?? manifest.publiee_le;
  if (date < last) throw new Refusal(`La date ${date} précède la dernière révision de l’édition ${annee} (${last}).`);
  const revision = manifest.revision + 1;
  const frozen = freeze(input.ingest, input.source, annee, revision, `${date}T00:00:00.000Z`);
  // A correction that changes no data file would only add noise to the archive. The data package
  // and the workbooks carry the revision's date, and the workbooks are made from the CSV files
  // compared: they are left out of the comparison (a revision frozen under contract 2 has none).
  const previous = join(dir, annee, revisionDir(manifest.revision));
  const same = Object.entries(frozen.files).every(([name, content]) => {
    if (name === 'datapackage.json' || typeof content !== 'string') return true;
    try {
      return readFileSync(join(previous, name), 'utf8') === content;
    } catch {
      return false;
    }
  });
  if (same) throw new Refusal(`Les données actuelles donnent les mêmes fichiers que la révision ${manifest.revision} de l’édition ${annee} : rien à corriger.`);
  const fichiers = await writeRevision(dir, annee, revision, frozen.files);
  const corrected: EditionManifest = {
    ...manifest,
    revision,
    fichiers: { ...manifest.fichiers, ...fichiers },
    revisions: [...manifest.revisions, { revision, date, note: note.trim(), donnees_au: input.donneesAu, validation: frozen.validation }],
  };
  await writeManifest(dir, corrected);
  return { manifest: corrected, frozen };
}
