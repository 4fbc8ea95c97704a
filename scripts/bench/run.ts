/**
 * One measurement in a fresh process (so peak memory is this run's alone):
 * `pipeline` reads the files and runs the whole pipeline in memory (decode,
 * parse, validate, derive, serialise the outputs); `parse` decodes and runs
 * papaparse alone on the same files; `xlsx` makes the Excel workbooks of the
 * datasets (contract §2.1), timed apart from the ingestion before them.
 * Prints one JSON line.
 */
import Papa from 'papaparse';
import { decode } from '../../src/lib/formats/decode.ts';
import { detectDelimiter } from '../../src/lib/formats/dialect.ts';
import { INDICATORS } from '../../src/lib/derive/definitions.ts';
import { deriveIndicators } from '../../src/lib/derive/indicators.ts';
import { ingestFiles } from '../../src/lib/ingest/index.ts';
import { readSources } from '../../src/lib/ingest/sources.ts';
import { dataPackage } from '../../src/lib/publish/datapackage.ts';
import { publicFiles } from '../../src/lib/publish/datasets.ts';
import { withWorkbooks } from '../../src/lib/publish/workbooks.ts';
import { rejectsCsv } from '../../src/lib/publish/reports.ts';

const [mode, dir] = process.argv.slice(2);
if ((mode !== 'pipeline' && mode !== 'parse' && mode !== 'xlsx') || !dir) {
  console.error('usage: bench-run.ts pipeline|parse|xlsx <folder>');
  process.exit(2);
}

const sources = await readSources(dir);
const bytes = sources.reduce((n, s) => n + s.bytes.length, 0);
let rows = 0;
const phases: Record<string, number> = {};
const started = performance.now();
if (mode === 'pipeline') {
  // The same steps as runPipeline, timed one by one.
  let t = performance.now();
  const lap = (name: string): void => {
    const now = performance.now();
    phases[name] = (now - t) / 1000;
    t = now;
  };
  const ingest = ingestFiles(sources);
  lap('ingest');
  const indicators = deriveIndicators(ingest.dataset, INDICATORS.map((d) => d.code));
  lap('derive');
  rows = ingest.files.reduce((n, f) => n + f.lignes, 0);
  // Serialise every output, as writing them would, without timing the disk
  // (the Excel workbooks made from them are measured apart: mode xlsx).
  let written = rejectsCsv(ingest.problems).length;
  for (const content of Object.values(publicFiles(ingest.dataset, indicators))) {
    for (const chunk of content()) written += chunk.length;
  }
  if (written === 0) throw new Error('nothing serialised');
  lap('serialise');
} else if (mode === 'xlsx') {
  const ingest = ingestFiles(sources);
  const indicators = deriveIndicators(ingest.dataset, INDICATORS.map((d) => d.code));
  rows = ingest.dataset.initiatives.length;
  const files = publicFiles(ingest.dataset, indicators);
  const { files: workbooks } = withWorkbooks(files, dataPackage({ created: '2026-01-01T00:00:00.000Z', fictional: true }));
  // The workbooks alone: each reads its CSV back, as the build does.
  for (const [name, content] of Object.entries(workbooks)) {
    const t = performance.now();
    let size = 0;
    for (const chunk of content()) size += chunk.length;
    phases[name] = (performance.now() - t) / 1000;
    phases[`${name}:octets`] = size;
  }
} else {
  for (const source of sources) {
    const { text } = decode(source.bytes);
    rows += Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: 'greedy' }).data.length - 1;
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ mode, rows, bytes, seconds, phases, peakMB: process.resourceUsage().maxRSS / 1024 }));
