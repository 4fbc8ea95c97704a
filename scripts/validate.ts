/**
 * `npm run validate -- <file or folder>`: checks exports without building
 * the site. Prints a summary, then every problem with file:line, column,
 * value and reason; exits 1 when a row is rejected.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { ingestFiles } from '../src/lib/ingest/index.ts';
import { readSources } from '../src/lib/ingest/sources.ts';
import type { SourceFile } from '../src/lib/ingest/index.ts';
import { problemLine, summaryLines, totals, verdictLine } from '../src/lib/publish/summary.ts';
import { inputDir } from './paths.ts';
import { MAX_FILE_BYTES, tooLargeCause } from '../src/lib/formats/fileNames.ts';

async function sourcesOf(path: string): Promise<SourceFile[]> {
  const info = await stat(path);
  if (info.isDirectory()) return readSources(path);
  // Over the limit, the file is reported without being read (contract §1.5).
  if (info.size > MAX_FILE_BYTES) return [{ fichier: basename(path), bytes: new Uint8Array(0), unread: { cause: tooLargeCause(info.size), gravite: 'erreur' } }];
  return [{ fichier: basename(path), bytes: await readFile(path) }];
}

const target = process.argv[2] ? resolve(process.env['INIT_CWD'] ?? process.cwd(), process.argv[2]) : inputDir();
let sources: SourceFile[];
try {
  sources = await sourcesOf(target);
} catch {
  console.error(`Impossible de lire « ${target} » : fichier ou dossier introuvable.`);
  process.exit(2);
}
if (sources.every((s) => s.unread !== undefined && s.unread.gravite !== 'erreur')) {
  console.error(`Aucun fichier .csv ou .xlsx dans « ${target} ».`);
  process.exit(2);
}

const result = ingestFiles(sources);
console.log('Validation des exportations — Alliances pour la solidarité');
for (const line of summaryLines(result, target, false)) console.log(line);
if (result.problems.length > 0) {
  console.log('');
  console.log('Problèmes (fichier:ligne — gravité, colonne, valeur : raison) :');
  for (const p of result.problems) console.log(`  ${problemLine(p)}`);
}
const t = totals(result);
console.log('');
console.log(verdictLine(t));
// exitCode, not exit(): a piped stdout is written asynchronously, and exit() would cut the report short.
if (t.rejetees > 0 || t.nonReconnus > 0) process.exitCode = 1;
