/**
 * The export checker's work (`/verifier/`, contract §8), browser-safe: the
 * same `ingestFiles` as `npm run validate` on the chosen files together, and
 * what the page shows and offers for download, as plain data a worker can
 * post back (strings and numbers only).
 */
import { ingestFiles } from '../ingest/index.ts';
import type { FileReport, SourceFile } from '../ingest/index.ts';
import type { Problem } from '../ingest/problems.ts';
import { KINDS } from '../contract/columns.ts';
import type { Kind } from '../contract/columns.ts';
import type { Content } from '../formats/content.ts';
import { publishedColumns, rowsCsv } from '../publish/datasets.ts';
import { toCell } from '../publish/format.ts';
import { rejectsCsv } from '../publish/reports.ts';
import { summaryLines, totals, verdictLine } from '../publish/summary.ts';

export { verdictLine } from '../publish/summary.ts';
import type { Totals } from '../publish/summary.ts';
import type { RowValues } from '../ingest/rows.ts';
import type { Dataset } from '../ingest/types.ts';

export { isCheckable, relativeName } from './names.ts';

/** Rows of each kind shown in the preview. */
export const PREVIEW_ROWS = 10;

export interface Preview {
  readonly kind: Kind;
  readonly columns: readonly string[];
  /** Accepted rows of the kind. */
  readonly count: number;
  /** The first rows, as the public CSV writes their cells (before quoting). */
  readonly rows: string[][];
}

export interface CheckResult {
  /** The summary `npm run validate` prints, in French. */
  readonly summary: string[];
  /** Its last line (`Résultat : …`). */
  readonly verdict: string;
  readonly totals: Totals;
  readonly files: FileReport[];
  readonly problems: Problem[];
  /** Each kind that a file was recognised as, in the contract's order. */
  readonly previews: Preview[];
  /** The problems as `reports/rejets.csv`. */
  readonly problemsCsv: string;
}

function cellText(value: RowValues[string] | undefined): string {
  const cell = toCell(value ?? null);
  return typeof cell === 'string' ? cell : cell.number;
}

export interface Checked {
  readonly result: CheckResult;
  /** The accepted rows, for `acceptedCsv` when a download is asked for (a 100× sample's CSV is 75 MB: not made unasked). */
  readonly dataset: Dataset;
}

/** A kind's accepted rows as the public CSV: UTF-8 without BOM, comma, canonical headers, formulas neutralised. */
export function acceptedCsv(dataset: Dataset, kind: Kind): Content {
  return rowsCsv(kind, dataset[kind] as readonly object[]);
}

/** Checks files together (cross-file rules need them all), as `npm run validate` does a folder. */
export function checkFiles(sources: readonly SourceFile[], label: string): Checked {
  const result = ingestFiles(sources);
  const kinds = new Set(result.files.map((f) => f.type));
  const previews = KINDS.filter((kind) => kinds.has(kind)).map((kind): Preview => {
    const rows = result.dataset[kind] as unknown as RowValues[];
    const columns = publishedColumns(kind);
    return {
      kind,
      columns,
      count: rows.length,
      rows: rows.slice(0, PREVIEW_ROWS).map((row) => columns.map((c) => cellText(row[c]))),
    };
  });
  const t = totals(result);
  const checked: CheckResult = {
    summary: summaryLines(result, label, false),
    verdict: verdictLine(t),
    totals: t,
    files: result.files,
    problems: result.problems,
    previews,
    problemsCsv: rejectsCsv(result.problems),
  };
  return { result: checked, dataset: result.dataset };
}
