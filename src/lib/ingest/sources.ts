/** Reading an input folder from disk (Node only: the checker gets its files from the browser). */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ingestFiles } from './index.ts';
import type { IngestResult, SourceFile } from './index.ts';
import { isExportName } from './fileNames.ts';

export { isExportName } from './fileNames.ts';

/** Every export below `dir` (`*.csv`, `*.xlsx`, and other spreadsheets to report), at any depth, in a stable order. */
export async function readSources(dir: string): Promise<SourceFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((e) => e.isFile() && isExportName(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return Promise.all(
    paths.map(async (path) => ({ fichier: relative(dir, path).split(sep).join('/'), bytes: await readFile(path) })),
  );
}

export async function ingestFolder(dir: string): Promise<IngestResult> {
  return ingestFiles(await readSources(dir));
}
