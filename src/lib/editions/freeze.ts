/**
 * What an edition freezes (contract §6): the derived public datasets for
 * every reporting year up to and including the edition's, recomputed from
 * the rows of those years only (rows of later years are left out, so the
 * 1.3 change and every total stay those of the edition), with the counts the
 * data page shows. Never the raw exports, never a rejected value. Pure.
 *
 * Contract 3: the same files the build publishes (publish/datasetFiles.ts),
 * so the Excel workbooks too. A workbook is bytes; its dates (document
 * properties, ZIP entries) are the revision's `created`, so two freezes of
 * the same rows on the same date give the same bytes.
 */
import { INDICATORS } from '../derive/definitions.ts';
import { deriveIndicators } from '../derive/indicators.ts';
import { regionalLabels } from '../derive/regionalLabels.ts';
import type { IngestResult } from '../ingest/index.ts';
import type { Dataset } from '../ingest/types.ts';
import { bytes, text } from '../formats/content.ts';
import { datasetFiles } from '../publish/datasetFiles.ts';
import { validationJson } from '../publish/reports.ts';
import type { SourceInfo } from '../publish/buildStamp.ts';
import { packageVersion } from './manifest.ts';
import type { ValidationCounts } from './manifest.ts';

export interface Frozen {
  /** File name (`indicateurs.csv`, `site/validation.json`) → its text, or its bytes for a workbook (`indicateurs.xlsx`). */
  readonly files: Record<string, string | Uint8Array>;
  /** Initiative rows of the edition's year (publish refuses a year without any). */
  readonly rowsOfYear: number;
  readonly validation: ValidationCounts;
  /** Reporting years frozen, oldest first. */
  readonly annees: string[];
}

export function upTo(dataset: Dataset, annee: string): Dataset {
  return {
    alliances: dataset.alliances,
    priorites: dataset.priorites,
    initiatives: dataset.initiatives.filter((r) => r.annee <= annee),
    indicateurs: dataset.indicateurs.filter((r) => r.annee <= annee),
    contexte: dataset.contexte.filter((r) => r.annee <= annee),
  };
}

export function freeze(ingest: IngestResult, source: SourceInfo, annee: string, revision: number, created: string): Frozen {
  const dataset = upTo(ingest.dataset, annee);
  const indicators = deriveIndicators(dataset, INDICATORS.map((d) => d.code));
  const files: Record<string, string | Uint8Array> = {};
  for (const [name, content] of Object.entries(datasetFiles(dataset, indicators, { created, fictional: source.fictif, version: packageVersion(revision) }))) {
    files[name] = name.endsWith('.xlsx') ? bytes(content) : text(content);
  }
  files['site/validation.json'] = validationJson(ingest.files);
  files['site/fichiers.json'] = `${JSON.stringify(ingest.fileDetails, null, 1)}\n`;
  // The indicators' titles and formulas as they stood: the edition's pages show these.
  files['site/definitions.json'] = `${JSON.stringify(INDICATORS, null, 1)}\n`;
  // The regional indicators' titles and units, which indicateurs.csv has no column for.
  files['site/indicateurs-regionaux.json'] = `${JSON.stringify(regionalLabels(dataset.indicateurs), null, 1)}\n`;
  const validation = ingest.files.reduce((t, f) => ({ lignes: t.lignes + f.lignes, publiees: t.publiees + f.publiees, rejetees: t.rejetees + f.rejetees }), { lignes: 0, publiees: 0, rejetees: 0 });
  return {
    files,
    rowsOfYear: dataset.initiatives.filter((r) => r.annee === annee).length,
    validation,
    annees: [...new Set(indicators.map((v) => v.annee))].sort(),
  };
}
