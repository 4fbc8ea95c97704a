/**
 * Every frozen file of every edition, published as it is (contract §6:
 * "every earlier revision's files stay downloadable"), under
 * `/editions/<annee>/fichiers/` (edition.json, revision-N/…), with one ZIP
 * of each revision. ZIP entries carry a fixed date, so two builds give the
 * same bytes.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { revisionDir, revisionFiles } from './manifest.ts';
import type { EditionManifest } from './manifest.ts';
import { verifyEditions } from './store.ts';

/** The ZIP of one revision: `<annee>-revision-<N>.zip`, beside the revision's folder. */
export const zipName = (annee: string, revision: number): string => `alliances-${annee}-${revisionDir(revision)}.zip`;

export function revisionZip(dir: string, m: EditionManifest, revision: number): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  // The edition's own date: a fixed mtime, so the archive is reproducible.
  const mtime = new Date(`${revision === 1 ? m.publiee_le : m.revisions[revision - 2]!.date}T12:00:00Z`);
  for (const name of revisionFiles(m, revision)) {
    entries[`${m.annee}/${revisionDir(revision)}/${name}`] = [readFileSync(join(dir, m.annee, revisionDir(revision), name)), { mtime }];
  }
  return zipSync(entries, { level: 9 });
}

/** Copies the editions of `dir` into `<out>/editions/<annee>/fichiers/`; returns the manifests. */
export function copyEditionDownloads(dir: string, out: string): EditionManifest[] {
  const { manifests, problems } = verifyEditions(dir);
  if (problems.length > 0) throw new Error(`Éditions altérées, rien n’est publié :\n${problems.join('\n')}`);
  for (const m of manifests) {
    const target = join(out, 'editions', m.annee, 'fichiers');
    mkdirSync(target, { recursive: true });
    cpSync(join(dir, m.annee), target, { recursive: true });
    for (let r = 1; r <= m.revision; r++) writeFileSync(join(target, zipName(m.annee, r)), revisionZip(dir, m, r));
  }
  return manifests;
}
