/**
 * What the pages render: the derived datasets (never the raw exports), read
 * from one folder. A frozen yearly edition is the same shape read from
 * another folder, so the pages need no copy (contract §5).
 */
import { readFile } from 'node:fs/promises';
import { localePath } from './url.ts';
import { join } from 'node:path';
import type { IndicatorValue } from '../derive/indicators.ts';
import type { FileDetails, FileReport } from '../ingest/index.ts';
import type { AllianceRow, ContexteRow, InitiativeRow, PrioriteRow } from '../ingest/types.ts';
import { readCsv } from '../formats/read.ts';
import { BUILD_STAMP_FILE } from '../publish/buildStamp.ts';
import type { BuildStamp } from '../publish/buildStamp.ts';
import type { EditionManifest } from '../editions/manifest.ts';

import type { Lang } from '../../i18n/format.ts';
import { INDICATORS, withOfficialTitles } from '../derive/definitions.ts';
import type { IndicatorDefinition } from '../derive/definitions.ts';
import type { RegionalLabel } from '../derive/regionalLabels.ts';

/**
 * Which site a page belongs to: the current data at the root, or a frozen
 * edition under `/editions/<annee>/` (contract §5), with the same pages.
 */
export interface SiteScope {
  /** Site path of this variant's pages, language aside: '' or '/editions/2024-2025'. */
  readonly root: string;
  /** The frozen edition shown, or null for the current data. */
  readonly frozen: EditionManifest | null;
  /** The downloadable datasets: folder on disk, and their site path (`/donnees/`). */
  readonly files: { readonly dir: string; readonly path: string };
}

export const CURRENT_ROOT = '';

export interface SiteData extends SiteScope {
  /** The build's stamp: fictional or not, title, date, years. */
  readonly build: BuildStamp;
  /** Reporting years, oldest first. */
  readonly years: readonly string[];
  readonly latest: string;
  readonly previous: string | null;
  readonly alliances: readonly AllianceRow[];
  readonly priorites: readonly PrioriteRow[];
  readonly initiatives: readonly InitiativeRow[];
  readonly indicators: readonly IndicatorValue[];
  /** The ministry's reference figures for per-person readings; empty without a contexte file. */
  readonly contexte: readonly ContexteRow[];
  /**
   * Where the denominator of a per-person figure comes from: the `source`
   * of the year's contexte row of the region, or, for `QC`, the distinct
   * sources of that year's rows; empty when there is none.
   */
  contextSources(annee: string, region: string): string[];
  /** Per-file counts of the maintainers' report (counts only, never values). */
  readonly quality: readonly FileReport[];
  /** Per file: the regions its rows name, and its MRC warnings. */
  readonly fileDetails: Readonly<Record<string, FileDetails>>;
  /** The indicators' titles and formulas: the code's, or those frozen with an edition. */
  readonly definitions: readonly IndicatorDefinition[];
  /** The title and unit a partner gave a regional indicator `R.<code>` of a region, if any. */
  regionalLabel(region: string, code: string): RegionalLabel | undefined;
  /** Every regional indicator's title and unit, by region (what `regionalLabel` reads). */
  readonly regionalLabels: readonly RegionalLabel[];
  /** An indicator's row, if defined for that year and territory. */
  value(annee: string, region: string, code: string): IndicatorValue | undefined;
  /** A page of this site (current data or this edition) in a language, as an href. */
  link(lang: Lang, path: string): string;
}

/** Undoes the CSV formula neutralisation of our own writer (`'=` → `=`). */
function unneutralise(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

function records(bytes: Uint8Array): Array<Record<string, string>> {
  const table = readCsv(bytes);
  return table.records.map((r) => Object.fromEntries(table.header.map((h, i) => [h, unneutralise(r.fields[i] ?? '')])));
}

const orNull = (s: string | undefined): string | null => (s === undefined || s === '' ? null : s);
const numOrNull = (s: string | undefined): number | null => (s === undefined || s === '' ? null : Number(s));

export interface DataPaths {
  /** Folder of the public datasets (`.cache/donnees/` for the current build). */
  readonly datasets: string;
  /** Folder of `build.json` and `validation.json` (`.cache/site/`). */
  readonly site: string;
  /**
   * Where to read the regional indicators' titles and units when `site` has
   * none (editions frozen before they were kept): the current build's.
   */
  readonly fallbackSite?: string;
}

export async function loadSiteData(paths: DataPaths, scope?: SiteScope, info?: BuildStamp): Promise<SiteData> {
  const read = (dir: string, name: string): Promise<Buffer> => readFile(join(dir, name));
  const { root, frozen, files } = scope ?? { root: CURRENT_ROOT, frozen: null, files: { dir: paths.datasets, path: '/donnees/' } };
  const [definitions, build, quality, fileDetails, initiatives, indicateurs, alliances, priorites] = await Promise.all([
    frozen ? read(paths.site, 'definitions.json').then((b) => withOfficialTitles(JSON.parse(b.toString('utf8')) as IndicatorDefinition[])) : Promise.resolve(INDICATORS),
    info ? Promise.resolve(info) : read(paths.site, BUILD_STAMP_FILE).then((b) => JSON.parse(b.toString('utf8')) as BuildStamp),
    read(paths.site, 'validation.json').then((b) => JSON.parse(b.toString('utf8')) as FileReport[]),
    read(paths.site, 'fichiers.json').then((b) => JSON.parse(b.toString('utf8')) as Record<string, FileDetails>),
    read(paths.datasets, 'initiatives.json').then((b) => JSON.parse(b.toString('utf8')) as InitiativeRow[]),
    read(paths.datasets, 'indicateurs.csv').then(records),
    read(paths.datasets, 'alliances.csv').then(records),
    read(paths.datasets, 'priorites.csv').then(records),
  ]);
  const readLabels = (dir: string): Promise<RegionalLabel[]> => read(dir, 'indicateurs-regionaux.json').then((b) => JSON.parse(b.toString('utf8')) as RegionalLabel[]);
  const labels = await readLabels(paths.site)
    .catch(() => (paths.fallbackSite ? readLabels(paths.fallbackSite) : []))
    .catch((): RegionalLabel[] => []);
  const labelIndex = new Map(labels.map((l) => [`${l.region}|${l.indicateur}`, l]));
  // Editions frozen before the contexte kind existed have no contexte.csv.
  const contexte: ContexteRow[] = (await read(paths.datasets, 'contexte.csv').then(records, () => [])).map((r) => ({
    annee: r['annee']!,
    region: r['region']!,
    region_nom: r['region_nom']!,
    population: Number(r['population']),
    personnes_faible_revenu: numOrNull(r['personnes_faible_revenu']),
    source: r['source']!,
  }));
  const indicators: IndicatorValue[] = indicateurs.map((r) => ({
    annee: r['annee']!,
    region: r['region']!,
    indicateur: r['indicateur']!,
    valeur: Number(r['valeur']),
    numerateur: numOrNull(r['numerateur']),
    denominateur: numOrNull(r['denominateur']),
  }));
  const index = new Map(indicators.map((v) => [`${v.annee}|${v.region}|${v.indicateur}`, v]));
  const years = build.annees.length > 0 ? build.annees : [...new Set(indicators.map((v) => v.annee))].sort();
  return {
    root,
    frozen,
    files,
    definitions,
    link: (lang, path) => localePath(lang, `${root}${path.startsWith('/') ? path : `/${path}`}`),
    build,
    years,
    latest: years.at(-1) ?? '',
    previous: years.length > 1 ? years.at(-2)! : null,
    alliances: alliances.map((r) => ({
      alliance: r['alliance']!,
      region: r['region']!,
      region_nom: r['region_nom']!,
      nom: r['nom']!,
      responsable: orNull(r['responsable']),
      fiduciaire: orNull(r['fiduciaire']),
      enveloppe: numOrNull(r['enveloppe']),
      date_convention: orNull(r['date_convention']),
      date_approbation_plan: orNull(r['date_approbation_plan']),
      site_web: orNull(r['site_web']),
    })),
    priorites: priorites.map((r) => ({
      region: r['region']!,
      region_nom: r['region_nom']!,
      alliance: r['alliance']!,
      code: r['code']!,
      libelle: r['libelle']!,
      priorite: orNull(r['priorite']),
    })),
    initiatives,
    indicators,
    contexte,
    contextSources: (annee, region) => [...new Set(contexte.filter((c) => c.annee === annee && (region === 'QC' || c.region === region)).map((c) => c.source))],
    quality,
    fileDetails,
    value: (annee, region, code) => index.get(`${annee}|${region}|${code}`),
    regionalLabel: (region, code) => labelIndex.get(`${region}|${code}`),
    regionalLabels: labels,
  };
}
