/**
 * Every public dataset file of one set of rows (contract §2.1): the CSV and
 * JSON datasets, an Excel workbook beside every CSV, and `datapackage.json`
 * describing them all. The one recipe for the current build's
 * `dist/donnees/` (the pipeline) and for a frozen edition's revision
 * (editions/freeze.ts), so an edition freezes what the site publishes.
 */
import type { IndicatorValue } from '../derive/indicators.ts';
import type { Dataset } from '../ingest/types.ts';
import { fromString } from '../formats/content.ts';
import type { Content } from '../formats/content.ts';
import { contextSources, dataPackage } from './datapackage.ts';
import type { PackageInfo } from './datapackage.ts';
import { publicFiles } from './datasets.ts';
import { withWorkbooks } from './workbooks.ts';

/** File name → content; `info.contextSources` is taken from the rows. */
export function datasetFiles(dataset: Dataset, indicators: readonly IndicatorValue[], info: Omit<PackageInfo, 'contextSources'>): Record<string, Content> {
  const files: Record<string, Content> = { ...publicFiles(dataset, indicators) };
  // Contract §2.1: an Excel workbook beside every CSV dataset, listed in the data package.
  const excel = withWorkbooks(files, dataPackage({ ...info, contextSources: contextSources(dataset.contexte) }));
  Object.assign(files, excel.files);
  files['datapackage.json'] = fromString(`${JSON.stringify(excel.datapackage, null, 2)}\n`);
  return files;
}
