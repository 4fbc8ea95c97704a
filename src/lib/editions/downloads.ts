/**
 * Every frozen file of every edition, published as it is (contract §6:
 * "every earlier revision's files stay downloadable"), under
 * `/editions/<annee>/fichiers/` (edition.json, revision-N/…), with one ZIP
 * of each revision: its public files and a README (readme.ts) in French and
 * English; the site's internal files (`site/*.json`) stay out of the ZIP
 * (the README says what they are and where). ZIP entries carry the
 * revision's date, as calendar time whatever the machine's time zone, so
 * two builds give the same bytes.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { zipTime } from '../formats/xlsxWrite.ts';
import { history, revisionDir } from './manifest.ts';
import type { EditionManifest } from './manifest.ts';
import { revisionContents } from './contents.ts';
import { README, zipReadme } from './readme.ts';
import type { ReadmeLinks } from './readme.ts';
import { revisionPackage, verifyEditions } from './store.ts';

/** The ZIP of one revision: `alliances-<annee>-revision-<N>.zip`, beside the revision's folder. */
export const zipName = (annee: string, revision: number): string => `alliances-${annee}-${revisionDir(revision)}.zip`;

export function revisionZip(dir: string, m: EditionManifest, revision: number, links: ReadmeLinks): Uint8Array {
  const mtime = zipTime(`${history(m)[revision - 1]!.date}T12:00:00Z`);
  const folder = `${m.annee}/${revisionDir(revision)}`;
  const datapackage = revisionPackage(dir, m, revision);
  const files = revisionContents(m, revision, datapackage);
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {
    [`${folder}/${README}`]: [strToU8(zipReadme(m, revision, files, datapackage, links)), { mtime }],
  };
  for (const f of files) {
    if (f.role !== 'site') entries[`${folder}/${f.name}`] = [readFileSync(join(dir, m.annee, f.path)), { mtime }];
  }
  return zipSync(entries, { level: 9 });
}

/**
 * Copies the editions of `dir` into `<out>/editions/<annee>/fichiers/`, with
 * each revision's ZIP; `links`: the absolute URLs its README names. Returns
 * the manifests.
 */
export function copyEditionDownloads(dir: string, out: string, links: (annee: string) => ReadmeLinks): EditionManifest[] {
  const { manifests, problems } = verifyEditions(dir);
  if (problems.length > 0) throw new Error(`Éditions altérées, rien n’est publié :\n${problems.join('\n')}`);
  for (const m of manifests) {
    const target = join(out, 'editions', m.annee, 'fichiers');
    mkdirSync(target, { recursive: true });
    cpSync(join(dir, m.annee), target, { recursive: true });
    for (let r = 1; r <= m.revision; r++) writeFileSync(join(target, zipName(m.annee, r)), revisionZip(dir, m, r, links(m.annee)));
  }
  return manifests;
}
