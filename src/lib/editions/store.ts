/**
 * The editions on disk (contract §6): `data/editions/<annee>/edition.json`
 * and each revision's files in `revision-<N>/`, never overwritten. The
 * folder is `EDITIONS_DIR` when set (absolute or relative to the project).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { MANIFEST, checkFiles, fileEntry, parseManifest, revisionDir, revisionFiles } from './manifest.ts';
import type { EditionManifest, FileEntry } from './manifest.ts';
import { PACKAGE, revisionContents } from './contents.ts';
import type { RevisionFile } from './contents.ts';

export function editionsDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = env['EDITIONS_DIR'];
  if (!dir) return resolve(root, 'data/editions');
  return isAbsolute(dir) ? dir : resolve(root, dir);
}

/** The folders of `dir` that look like editions (`2024-2025`), sorted. */
export function editionFolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{4}-\d{4}$/.test(e.name))
    .map((e) => e.name)
    .sort();
}

/** Every file below an edition's folder but its manifest, by relative path with `/`. */
function filesOf(folder: string): Map<string, FileEntry> {
  const out = new Map<string, FileEntry>();
  for (const e of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = relative(folder, join(e.parentPath, e.name)).split(sep).join('/');
    if (path !== MANIFEST) out.set(path, fileEntry(readFileSync(join(folder, path))));
  }
  return out;
}

export interface Checked {
  readonly manifests: EditionManifest[];
  /** Plain French, each naming the edition and the file. */
  readonly problems: string[];
}

/** Reads and checks every edition of `dir` against its manifest. */
export function verifyEditions(dir: string): Checked {
  const manifests: EditionManifest[] = [];
  const problems: string[] = [];
  for (const folder of editionFolders(dir)) {
    const path = join(dir, folder, MANIFEST);
    if (!existsSync(path)) {
      problems.push(`Édition ${folder} : ${MANIFEST} est absent; sans lui, rien ne prouve que les fichiers sont ceux publiés.`);
      continue;
    }
    let manifest: EditionManifest;
    try {
      manifest = parseManifest(readFileSync(path, 'utf8'), folder);
    } catch (e) {
      problems.push((e as Error).message);
      continue;
    }
    const found = checkFiles(manifest, filesOf(join(dir, folder)));
    problems.push(...found);
    if (found.length === 0) manifests.push(manifest);
  }
  return { manifests, problems };
}

export function readManifest(dir: string, annee: string): EditionManifest | null {
  const path = join(dir, annee, MANIFEST);
  return existsSync(path) ? parseManifest(readFileSync(path, 'utf8'), annee) : null;
}

/** Writes one revision's files (text as UTF-8, or bytes); refuses to replace any file that exists. */
export async function writeRevision(dir: string, annee: string, revision: number, files: Readonly<Record<string, string | Uint8Array>>): Promise<Record<string, FileEntry>> {
  const folder = join(dir, annee, revisionDir(revision));
  if (existsSync(folder)) throw new Error(`Édition ${annee} : le dossier ${revisionDir(revision)} existe déjà; rien n’est jamais écrasé.`);
  const entries: Record<string, FileEntry> = {};
  for (const [name, content] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const path = join(folder, name);
    await mkdir(dirname(path), { recursive: true });
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    await writeFile(path, bytes, { flag: 'wx' });
    entries[`${revisionDir(revision)}/${name}`] = fileEntry(bytes);
  }
  return entries;
}

export async function writeManifest(dir: string, manifest: EditionManifest): Promise<void> {
  const sorted = { ...manifest, fichiers: Object.fromEntries(Object.entries(manifest.fichiers).sort(([a], [b]) => a.localeCompare(b))) };
  await mkdir(join(dir, manifest.annee), { recursive: true });
  await writeFile(join(dir, manifest.annee, MANIFEST), `${JSON.stringify(sorted, null, 2)}\n`);
}

/** The date (AAAA-MM-JJ) of the newest file read below `dir`. */
export function newestFileDate(paths: readonly string[]): string {
  const newest = Math.max(...paths.map((p) => statSync(p).mtimeMs));
  return new Date(Number.isFinite(newest) ? newest : Date.now()).toISOString().slice(0, 10);
}

/** A revision's datapackage.json, or null when it has none. */
export function revisionPackage(dir: string, m: EditionManifest, revision: number): string | null {
  return revisionFiles(m, revision).includes(PACKAGE) ? readFileSync(join(dir, m.annee, revisionDir(revision), PACKAGE), 'utf8') : null;
}

/** Every revision's files with what each holds (contents.ts), from that revision's own data package; revision 1 first. */
export function editionContents(dir: string, m: EditionManifest): RevisionFile[][] {
  return Array.from({ length: m.revision }, (_, i) => revisionContents(m, i + 1, revisionPackage(dir, m, i + 1)));
}
