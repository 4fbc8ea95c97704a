/**
 * What one build says of its data: the input folder's own description
 * (`source.json`), the build's date and the stamp the pages read.
 */

/** The file the stamp is saved as, in the site folder (`.cache/site/`). */
export const BUILD_STAMP_FILE = 'build.json';

/** What the input folder says of itself, in an optional `source.json`. */
export interface SourceInfo {
  /** The data are the fictional sample: every page must say so. */
  readonly fictif: boolean;
  readonly titre?: string;
}

/**
 * The build's stamp (`build.json` in the site folder): what the pages are
 * told about the data they render. Not a yearly edition (`EditionManifest`).
 */
export interface BuildStamp {
  readonly fictif: boolean;
  readonly titre: string | null;
  readonly created: string;
  /** Reporting years present, oldest first. */
  readonly annees: string[];
}

/** Build date: `SOURCE_DATE_EPOCH` (seconds) when set, for reproducible builds. */
export function buildDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  return (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString();
}
