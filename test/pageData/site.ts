/**
 * The site data page-data tests read, without a build: the fictional sample
 * (data/exports/) run through the pipeline in memory and written to a
 * temporary folder, as `npm run data` would, then loaded as the pages load
 * it; and the sample's frozen editions (data/editions/). Loaded once per
 * test file. The build date is fixed, so goldens do not move with the clock.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSources } from '../../src/lib/ingest/sources.ts';
import { readSourceInfo, runPipeline, writePipeline } from '../../src/lib/pipeline/index.ts';
import { loadSiteData } from '../../src/lib/site/data.ts';
import type { SiteData } from '../../src/lib/site/data.ts';
import { editionRoot, editionSite } from '../../src/lib/site/routes.ts';
import { verifyEditions } from '../../src/lib/editions/store.ts';
import { history } from '../../src/lib/editions/manifest.ts';
import { compareEdition } from '../../src/lib/site/editionChanges.ts';
import type { EditionChanges, Revisions } from '../../src/lib/site/editionChanges.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILD_DATE = '2026-01-01T00:00:00.000Z';

let current: Promise<{ site: SiteData; siteDir: string }> | undefined;

async function load(): Promise<{ site: SiteData; siteDir: string }> {
  const input = resolve(ROOT, 'data/exports');
  const [sources, info] = await Promise.all([readSources(input), readSourceInfo(input)]);
  const output = runPipeline(sources, info, BUILD_DATE);
  const out = mkdtempSync(join(tmpdir(), 'alliances-pagedata-'));
  const targets = { siteDir: join(out, 'site'), publicDirs: [join(out, 'donnees')], reportsDir: join(out, 'reports') };
  await writePipeline(output, targets);
  const site = await loadSiteData({ datasets: join(out, 'donnees'), site: targets.siteDir });
  return { site, siteDir: targets.siteDir };
}

/** The current data of the sample, as the pages at the site's root see it. */
export async function currentSite(): Promise<SiteData> {
  current ??= load();
  return (await current).site;
}

/** A frozen edition of the sample (`2024-2025`, `2025-2026`), as its pages under /editions/<annee>/ see it. */
export async function editionSiteOf(annee: string): Promise<SiteData> {
  const { siteDir } = await (current ??= load());
  const dir = resolve(ROOT, 'data/editions');
  const { manifests, problems } = verifyEditions(dir);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const m = manifests.find((x) => x.annee === annee);
  if (!m) throw new Error(`no edition ${annee}`);
  const site = await editionSite(dir, m, siteDir);
  if (site.root !== editionRoot(annee)) throw new Error('unexpected edition root');
  return site;
}

/** The sample's current site folder (an edition's pages fall back on it for files an older edition lacks). */
export async function sampleSiteDir(): Promise<string> {
  return (await (current ??= load())).siteDir;
}

/** Every revision of a frozen edition of the sample, oldest first (the last is `editionSiteOf`'s), as `revisionSites` loads them. */
export async function revisionSitesOf(annee: string): Promise<SiteData[]> {
  const { siteDir } = await (current ??= load());
  const dir = resolve(ROOT, 'data/editions');
  const m = verifyEditions(dir).manifests.find((x) => x.annee === annee);
  if (!m) throw new Error(`no edition ${annee}`);
  const earlier = await Promise.all(history(m).slice(0, -1).map((h) => editionSite(dir, m, siteDir, h.revision)));
  return [...earlier, await editionSiteOf(annee)];
}

let changes: Promise<Map<string, EditionChanges>> | undefined;

/** Every edition's changes, as the build computes them (lib/site/editionChanges.ts), each with all its revisions. */
function editionsChanges(): Promise<Map<string, EditionChanges>> {
  changes ??= (async () => {
    const { manifests } = verifyEditions(resolve(ROOT, 'data/editions'));
    const editions = await Promise.all(manifests.map((m) => editionSiteOf(m.annee)));
    const found = new Map<string, EditionChanges>();
    for (const [i, m] of manifests.entries()) {
      found.set(m.annee, compareEdition(editions[i]!, editions, await currentSite(), await revisionSitesOf(m.annee)));
    }
    return found;
  })();
  return changes;
}

/**
 * The *révisé* marks a site's pages carry, as `revisionsFor` gives them in
 * a build: an edition's own (`annee`), or, without `annee`, the current
 * pages' (the latest edition's `currentMarks`).
 */
export async function marksOf(annee?: string): Promise<Revisions> {
  const all = await editionsChanges();
  if (annee) return all.get(annee)!.marks;
  return [...all.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).at(-1)![1].currentMarks;
}

/** Page data as golden JSON: stable key order as built, two-space indent, a final newline. */
export const goldenJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
