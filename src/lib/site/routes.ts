/**
 * Every page exists once per site variant: French at the root, English
 * under /en/, and the same again for each frozen yearly edition under
 * /editions/<annee>/ and /en/editions/<annee>/ (contract §5 and §6). A
 * variant is a URL prefix, a language and the data it shows: an edition's
 * pages read its frozen files only (the latest revision), never the exports.
 */
import { join, resolve } from 'node:path';
import type { Lang } from '../../i18n/format.ts';
import type { SiteData } from './data.ts';
import { loadSiteData } from './data.ts';
import { currentSiteData } from './current.ts';
import { CACHE_DIR } from '../common/outputRoot.ts';
import { editionContents, editionsDir, verifyEditions } from '../editions/store.ts';
import type { RevisionFile } from '../editions/contents.ts';
import { history, revisionDir } from '../editions/manifest.ts';
import type { EditionManifest } from '../editions/manifest.ts';

export interface Variant {
  /** The `[...prefix]` route parameter: undefined for French at the root. */
  readonly prefix: string | undefined;
  readonly lang: Lang;
  readonly data: SiteData;
}

/** The site path of an edition's pages, language aside. */
export const editionRoot = (annee: string): string => `/editions/${annee}`;

let editions: Promise<SiteData[]> | undefined;

/** The frozen editions, verified (the build refuses a tampered one), oldest first. */
export function editionSites(): Promise<SiteData[]> {
  editions ??= (async () => {
    const dir = editionsDir(resolve('.'));
    const { manifests, problems } = verifyEditions(dir);
    if (problems.length > 0) throw new Error(`Éditions altérées :\n${problems.join('\n')}`);
    return Promise.all(manifests.map((m) => editionSite(dir, m)));
  })();
  return editions;
}

let fileLists: Promise<ReadonlyMap<string, RevisionFile[][]>> | undefined;

/** Each frozen edition's files, revision by revision (revision 1 first), with what each holds: the editions list shows them. */
export function editionFileLists(): Promise<ReadonlyMap<string, RevisionFile[][]>> {
  fileLists ??= (async () => {
    const dir = editionsDir(resolve('.'));
    const sites = await editionSites();
    return new Map(sites.map((s) => [s.frozen!.annee, editionContents(dir, s.frozen!)]));
  })();
  return fileLists;
}

/**
 * A frozen edition's data: its latest revision's files, or those of an
 * earlier `revision` (what a correction is compared with);
 * `fallbackSite`: the current build's site folder.
 */
export function editionSite(dir: string, m: EditionManifest, fallbackSite = resolve(CACHE_DIR, 'site'), revision = m.revision): Promise<SiteData> {
  const folder = join(dir, m.annee, revisionDir(revision));
  const shown = history(m)[revision - 1]!;
  return loadSiteData(
    { datasets: folder, site: join(folder, 'site'), fallbackSite },
    { root: editionRoot(m.annee), frozen: m, files: { dir: folder, path: `${editionRoot(m.annee)}/fichiers/${revisionDir(revision)}/` } },
    { fictif: m.fictif, titre: m.titre, created: `${shown.date}T00:00:00.000Z`, annees: [] },
  );
}

const revisions = new Map<string, Promise<SiteData[]>>();

/** Every revision of a frozen edition of this build, oldest first (the last is `editionSites()`'s). */
export function revisionSites(m: EditionManifest): Promise<SiteData[]> {
  let found = revisions.get(m.annee);
  if (!found) {
    const dir = editionsDir(resolve('.'));
    found = (async () => {
      const latest = (await editionSites()).find((e) => e.frozen?.annee === m.annee);
      if (!latest) throw new Error(`revisionSites: no edition ${m.annee}`);
      const earlier = await Promise.all(history(m).slice(0, -1).map((h) => editionSite(dir, m, undefined, h.revision)));
      return [...earlier, latest];
    })();
    revisions.set(m.annee, found);
  }
  return found;
}

/** The current data's two variants. */
export async function currentVariants(): Promise<Variant[]> {
  const data = await currentSiteData();
  return [
    { prefix: undefined, lang: 'fr', data },
    { prefix: 'en', lang: 'en', data },
  ];
}

/** Each edition's two variants. */
export async function editionVariants(): Promise<Variant[]> {
  return (await editionSites()).flatMap((data) => [
    { prefix: data.root.slice(1), lang: 'fr' as const, data },
    { prefix: `en${data.root}`, lang: 'en' as const, data },
  ]);
}

export async function variants(): Promise<Variant[]> {
  return [...(await currentVariants()), ...(await editionVariants())];
}
