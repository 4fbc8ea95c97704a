/**
 * A yearly edition's manifest, `edition.json` (contract §6): what was
 * frozen, when, from which data, and the size and SHA-256 of every file of
 * every revision. Pure: parsing, building and checking; the file system is
 * in store.ts.
 */
import { createHash } from 'node:crypto';

/**
 * The contract an edition is frozen under, written in its manifest. 3: the
 * Excel workbooks are frozen with the datasets. Editions frozen under 2 have
 * none; they verify and display with the files they have.
 */
export const CONTRACT_VERSION = '3';

/** Rows read, published and rejected in the exports an edition froze. */
export interface ValidationCounts {
  readonly lignes: number;
  readonly publiees: number;
  readonly rejetees: number;
}

export interface FileEntry {
  readonly octets: number;
  readonly sha256: string;
}

/** A correction: revision N+1, its date, the reason, the data it froze. */
export interface Revision {
  readonly revision: number;
  readonly date: string;
  readonly note: string;
  readonly donnees_au: string;
  readonly validation: ValidationCounts;
}

export interface EditionManifest {
  readonly annee: string;
  /** The latest revision: 1, then 2 after one correction… */
  readonly revision: number;
  /** Publication date of revision 1. */
  readonly publiee_le: string;
  /** Date of the newest export read for revision 1. */
  readonly donnees_au: string;
  readonly note: string;
  readonly contrat: string;
  /** The data are the fictional sample. */
  readonly fictif: boolean;
  readonly titre: string | null;
  /** Validation counts of the data revision 1 froze. */
  readonly validation: ValidationCounts;
  /** Every file of every revision, by its path in the edition's folder (`revision-1/indicateurs.csv`). */
  readonly fichiers: Readonly<Record<string, FileEntry>>;
  /** Corrections, oldest first (revision 1 is the publication itself). */
  readonly revisions: readonly Revision[];
}

export const MANIFEST = 'edition.json';

/** The folder of a revision's files inside the edition's folder. */
export const revisionDir = (revision: number): string => `revision-${revision}`;

export function fileEntry(bytes: Uint8Array): FileEntry {
  return { octets: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

const YEAR = /^(\d{4})-(\d{4})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `2024-2025`: two consecutive years, or null. */
export function parseYear(value: string): string | null {
  const m = YEAR.exec(value.trim().replace('–', '-'));
  return m && Number(m[2]) === Number(m[1]) + 1 ? `${m[1]}-${m[2]}` : null;
}

/** `AAAA-MM-JJ` that names a real day, or null. */
export function parseDate(value: string): string | null {
  if (!DATE.test(value)) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value ? value : null;
}

/** The Frictionless version of a revision: a correction bumps the patch number. */
export const packageVersion = (revision: number): string => `1.0.${revision - 1}`;

/** The date and note of each revision, the publication first. */
export function history(m: EditionManifest): Array<{ revision: number; date: string; note: string; donnees_au: string; validation: ValidationCounts }> {
  return [{ revision: 1, date: m.publiee_le, note: m.note, donnees_au: m.donnees_au, validation: m.validation }, ...m.revisions];
}

/** The files of one revision, by name (`indicateurs.csv`, `site/validation.json`). */
export function revisionFiles(m: EditionManifest, revision = m.revision): string[] {
  const prefix = `${revisionDir(revision)}/`;
  return Object.keys(m.fichiers)
    .filter((p) => p.startsWith(prefix))
    .map((p) => p.slice(prefix.length))
    .sort();
}

const isCounts = (v: unknown): v is ValidationCounts =>
  typeof v === 'object' && v !== null && ['lignes', 'publiees', 'rejetees'].every((k) => Number.isInteger((v as Record<string, unknown>)[k]));

/**
 * Reads `edition.json`; throws a French message naming the edition and what
 * is wrong, for a manifest that is not JSON or misses a field.
 */
export function parseManifest(text: string, folder: string): EditionManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`Édition ${folder} : ${MANIFEST} est illisible (JSON invalide : ${(e as Error).message}).`, { cause: e });
  }
  const m = raw as Partial<EditionManifest>;
  const missing = (field: string): never => {
    throw new Error(`Édition ${folder} : ${MANIFEST} n’a pas de champ « ${field} » valide.`);
  };
  if (typeof m !== 'object' || m === null) missing('annee');
  if (typeof m.annee !== 'string' || parseYear(m.annee) !== m.annee) missing('annee');
  if (m.annee !== folder) throw new Error(`Édition ${folder} : ${MANIFEST} décrit l’édition ${m.annee}, pas celle de son dossier.`);
  if (!Number.isInteger(m.revision) || (m.revision ?? 0) < 1) missing('revision');
  for (const f of ['publiee_le', 'donnees_au'] as const) if (typeof m[f] !== 'string' || !parseDate(m[f])) missing(f);
  if (typeof m.note !== 'string') missing('note');
  if (typeof m.contrat !== 'string') missing('contrat');
  if (!isCounts(m.validation)) missing('validation');
  if (typeof m.fichiers !== 'object' || m.fichiers === null) missing('fichiers');
  for (const [name, e] of Object.entries(m.fichiers ?? {})) {
    if (!Number.isInteger(e?.octets) || typeof e?.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(e.sha256)) missing(`fichiers.${name}`);
  }
  if (!Array.isArray(m.revisions)) missing('revisions');
  m.revisions!.forEach((r, i) => {
    if (r?.revision !== i + 2 || !parseDate(r.date) || typeof r.note !== 'string' || !parseDate(r.donnees_au) || !isCounts(r.validation)) missing(`revisions[${i}]`);
  });
  if (m.revisions!.length + 1 !== m.revision) throw new Error(`Édition ${folder} : ${MANIFEST} annonce la révision ${m.revision} mais en décrit ${m.revisions!.length + 1}.`);
  return { fictif: false, titre: null, ...m } as EditionManifest;
}

/** The problems of an edition's files against its manifest, in plain French. */
export function checkFiles(m: EditionManifest, actual: ReadonlyMap<string, FileEntry>): string[] {
  const problems: string[] = [];
  for (const [name, expected] of Object.entries(m.fichiers)) {
    const found = actual.get(name);
    if (!found) problems.push(`Édition ${m.annee} : le fichier ${name} a été supprimé.`);
    else if (found.sha256 !== expected.sha256 || found.octets !== expected.octets) {
      problems.push(`Édition ${m.annee} : le fichier ${name} a été modifié (${expected.octets} octets, SHA-256 ${expected.sha256.slice(0, 12)}… attendus; ${found.octets} octets, ${found.sha256.slice(0, 12)}… trouvés).`);
    }
  }
  for (const name of actual.keys()) {
    if (!(name in m.fichiers)) problems.push(`Édition ${m.annee} : le fichier ${name} a été ajouté, il n’est pas dans ${MANIFEST}.`);
  }
  for (let r = 1; r <= m.revision; r++) {
    if (revisionFiles(m, r).length === 0) problems.push(`Édition ${m.annee} : ${MANIFEST} ne liste aucun fichier pour la révision ${r}.`);
  }
  return problems;
}
