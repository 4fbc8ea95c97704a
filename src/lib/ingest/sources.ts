/**
 * Reading an input folder from disk (Node only: the checker gets its files
 * from the browser). Every file below the folder is listed (contract §1.5):
 * the exports are read; the others are reported with the reason they are
 * not read (another format, a link out of the folder, over the size limit).
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ingestFiles } from './index.ts';
import type { IngestResult, SourceFile } from './index.ts';
import { MAX_FILE_BYTES, notExportReason, tooLargeCause } from '../formats/fileNames.ts';
import type { Severity } from './problems.ts';
import type { Cause, ReasonCode } from '../contract/reasons.ts';

export { isExportName } from '../formats/fileNames.ts';

const unread = (fichier: string, why: Cause | ReasonCode, gravite: Severity | null): SourceFile => ({
  fichier,
  bytes: new Uint8Array(0),
  unread: { cause: typeof why === 'string' ? { code: why } : why, gravite },
});

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}

/** One directory entry as a source: read, or the reason it is not. */
async function sourceOf(root: string, realRoot: string, entry: Dirent): Promise<SourceFile | null> {
  const path = join(entry.parentPath, entry.name);
  const fichier = relative(root, path).split(sep).join('/');
  if (entry.isDirectory()) return null;
  let target = path;
  if (entry.isSymbolicLink()) {
    let resolved: string;
    try {
      resolved = await realpath(path);
    } catch {
      return unread(fichier, 'lien-brise', 'erreur');
    }
    if (!inside(realRoot, resolved)) {
      return unread(fichier, 'lien-hors-dossier', 'erreur');
    }
    const info = await stat(resolved);
    // Files below a linked folder are listed where they really are; reading them twice would only make duplicates.
    if (info.isDirectory()) return unread(fichier, 'lien-dossier', null);
    target = resolved;
  } else if (!entry.isFile()) {
    return unread(fichier, 'pas-un-fichier', null);
  }
  const reason = notExportReason(fichier);
  if (reason !== null) return unread(fichier, reason.cause, reason.gravite);
  const { size, isFile } = await stat(target).then((s) => ({ size: s.size, isFile: s.isFile() }));
  if (!isFile) return unread(fichier, 'pas-un-fichier', null);
  if (size > MAX_FILE_BYTES) return unread(fichier, tooLargeCause(size), 'erreur');
  return { fichier, bytes: await readFile(target) };
}

/**
 * Every file below `dir`, at any depth, in a stable order: exports
 * (`*.csv`, `*.xlsx`, and other spreadsheets to report) with their bytes,
 * every other file with the reason it is not read.
 */
export async function readSources(dir: string): Promise<SourceFile[]> {
  const realRoot = await realpath(dir);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const sources: SourceFile[] = [];
  // One file at a time: the folder's bytes are held anyway, but never read twice at once.
  for (const entry of entries) {
    const source = await sourceOf(dir, realRoot, entry);
    if (source) sources.push(source);
  }
  return sources.sort((a, b) => (a.fichier < b.fichier ? -1 : a.fichier > b.fichier ? 1 : 0));
}

export async function ingestFolder(dir: string): Promise<IngestResult> {
  return ingestFiles(await readSources(dir));
}
