/**
 * The whole data pipeline: read the exports, derive the indicators, write
 * the public datasets and the maintainers' report. `runPipeline` is pure
 * (bytes in, file contents out); `writePipeline` does the file system.
 */
import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { INDICATORS } from '../derive/definitions.ts';
import { deriveIndicators } from '../derive/indicators.ts';
import { regionalLabels } from '../derive/regionalLabels.ts';
import type { IndicatorValue } from '../derive/indicators.ts';
import { ingestFiles } from '../ingest/index.ts';
import { readSources } from '../ingest/sources.ts';
import type { IngestResult, SourceFile } from '../ingest/index.ts';
import { datasetFiles } from '../publish/datasetFiles.ts';
import { rejectsContent, validationJson } from '../publish/reports.ts';
import { TEMPLATE_DIR, templateFiles } from '../publish/templates.ts';
import { fromString } from '../formats/content.ts';
import type { Content } from '../formats/content.ts';
import { BUILD_STAMP_FILE, buildDate } from '../publish/buildStamp.ts';
import type { BuildStamp, SourceInfo } from '../publish/buildStamp.ts';

export type { BuildStamp, SourceInfo } from '../publish/buildStamp.ts';
export { buildDate } from '../publish/buildStamp.ts';

export interface PipelineOutput {
  readonly ingest: IngestResult;
  readonly indicators: IndicatorValue[];
  /** File name → content, for `dist/donnees/`. */
  readonly publicFiles: Record<string, Content>;
  /**
   * File name → content, for `donnees/modeles/`: the partners' templates
   * (contract §8). Made from the schema, not the data, and never frozen in
   * an edition.
   */
  readonly templateFiles: Record<string, Content>;
  /** File name → content, for `reports/`. */
  readonly reportFiles: Record<string, Content>;
  /** `build.json`: the build's stamp, what the pages need to know of this build's data. */
  readonly stamp: BuildStamp;
  readonly source: SourceInfo;
}

export function runPipeline(sources: readonly SourceFile[], source: SourceInfo, created: string): PipelineOutput {
  const ingest = ingestFiles(sources);
  const indicators = deriveIndicators(ingest.dataset, INDICATORS.map((d) => d.code));
  const files = datasetFiles(ingest.dataset, indicators, { created, fictional: source.fictif });
  return {
    ingest,
    indicators,
    publicFiles: files,
    templateFiles: templateFiles(created),
    reportFiles: {
      'rejets.csv': rejectsContent(ingest.problems),
      'validation.json': fromString(validationJson(ingest.files)),
    },
    source,
    stamp: {
      fictif: source.fictif,
      titre: source.titre ?? null,
      created,
      annees: [...new Set(indicators.map((v) => v.annee))].sort(),
    },
  };
}

export async function readSourceInfo(inputDir: string): Promise<SourceInfo> {
  try {
    const info = JSON.parse(await readFile(join(inputDir, 'source.json'), 'utf8')) as Partial<SourceInfo>;
    return { fictif: info.fictif === true, ...(info.titre ? { titre: info.titre } : {}) };
  } catch {
    return { fictif: false };
  }
}

export interface WriteTargets {
  /** Folder of `build.json` and the reports' copy the site reads. */
  readonly siteDir: string;
  /** Folders that receive the public datasets (staging and `dist/donnees`). */
  readonly publicDirs: readonly string[];
  readonly reportsDir: string;
}

/** Streams each content to its file, chunk by chunk, minding back-pressure. */
export async function writeFiles(dir: string, files: Record<string, Content>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const out = createWriteStream(join(dir, name));
    for (const chunk of content()) {
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  }
}

export async function readAndRun(inputDir: string): Promise<PipelineOutput> {
  const [sources, source] = await Promise.all([readSources(inputDir), readSourceInfo(inputDir)]);
  return runPipeline(sources, source, buildDate());
}

export async function writePipeline(output: PipelineOutput, targets: WriteTargets): Promise<void> {
  // Serialised once (a workbook costs seconds at 100×), then copied.
  const [first, ...others] = targets.publicDirs;
  if (first) {
    await writeFiles(first, output.publicFiles);
    await writeFiles(join(first, TEMPLATE_DIR), output.templateFiles);
  }
  for (const dir of others) {
    await mkdir(join(dir, TEMPLATE_DIR), { recursive: true });
    for (const name of Object.keys(output.publicFiles)) await copyFile(join(first!, name), join(dir, name));
    for (const name of Object.keys(output.templateFiles)) await copyFile(join(first!, TEMPLATE_DIR, name), join(dir, TEMPLATE_DIR, name));
  }
  await writeFiles(targets.reportsDir, output.reportFiles);
  await writeFiles(targets.siteDir, {
    [BUILD_STAMP_FILE]: fromString(`${JSON.stringify(output.stamp, null, 2)}\n`),
    'validation.json': output.reportFiles['validation.json']!,
    'fichiers.json': fromString(`${JSON.stringify(output.ingest.fileDetails, null, 1)}\n`),
    // Titles and units of the R.* indicators, which indicateurs.csv has no column for.
    'indicateurs-regionaux.json': fromString(`${JSON.stringify(regionalLabels(output.ingest.dataset.indicateurs), null, 1)}\n`),
  });
}
