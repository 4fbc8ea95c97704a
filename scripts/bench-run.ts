/**
 * One measurement in a fresh process (so peak memory is this run's alone):
 * `pipeline` reads the files and runs the whole pipeline in memory (decode,
 * parse, validate, derive, serialise the outputs); `parse` decodes and runs
 * papaparse alone on the same files. Prints one JSON line.
 */
import Papa from 'papaparse';
import { decode } from '../src/lib/ingest/decode.ts';
import { detectDelimiter } from '../src/lib/ingest/dialect.ts';
import { readSources } from '../src/lib/ingest/index.ts';
import { runPipeline } from '../src/lib/pipeline.ts';

const [mode, dir] = process.argv.slice(2);
if ((mode !== 'pipeline' && mode !== 'parse') || !dir) {
  console.error('usage: bench-run.ts pipeline|parse <folder>');
  process.exit(2);
}

const sources = await readSources(dir);
const bytes = sources.reduce((n, s) => n + s.bytes.length, 0);
let rows = 0;
const started = performance.now();
if (mode === 'pipeline') {
  const output = runPipeline(sources, { fictif: true }, '2026-01-01T00:00:00.000Z');
  rows = output.ingest.files.reduce((n, f) => n + f.lignes, 0);
  // Serialise every output, as writing them would, without timing the disk.
  let written = 0;
  for (const content of [...Object.values(output.publicFiles), ...Object.values(output.reportFiles)]) {
    for (const chunk of content()) written += chunk.length;
  }
  if (written === 0) throw new Error('nothing serialised');
} else {
  for (const source of sources) {
    const { text } = decode(source.bytes);
    rows += Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: 'greedy' }).data.length - 1;
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ mode, rows, bytes, seconds, peakMB: process.resourceUsage().maxRSS / 1024 }));
