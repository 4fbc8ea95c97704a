/**
 * Delimiter detection from the header line: the candidate that occurs most
 * often outside quotes. Data lines are not used, because French amounts
 * (`12 500,50`) put commas in `;`-delimited files.
 */

export type Delimiter = ',' | ';' | '\t';
const CANDIDATES: readonly Delimiter[] = [';', ',', '\t'];

export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(CANDIDATES.map((d) => [d, 0]));
  let inQuotes = false;
  let seenContent = false;
  // Counts of a leading line of only delimiters: they decide only when no line has content.
  let blankLine: Map<Delimiter, number> | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      // Leading blank lines are skipped; the first line with content decides.
      if (seenContent && [...counts.values()].some((n) => n > 0)) break;
      // A line of only delimiters is skipped too (contract §1.1): it does not vote.
      if (!seenContent && [...counts.values()].some((n) => n > 0)) {
        blankLine = new Map(counts);
        for (const d of CANDIDATES) counts.set(d, 0);
      }
    } else if (!inQuotes && counts.has(ch as Delimiter)) {
      counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
    } else if (ch.trim() !== '') seenContent = true;
  }
  const votes = blankLine && ![...counts.values()].some((n) => n > 0) ? blankLine : counts;
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const d of CANDIDATES) {
    const n = votes.get(d)!;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/** How the delimiter is named in reports. */
export const DELIMITER_NAMES: Record<Delimiter, string> = {
  ',': ',',
  ';': ';',
  '\t': 'tabulation',
};

export type Newline = '\r\n' | '\n' | '\r';

/** The line ending of the file: the first one met, CRLF or LF (or CR alone). */
export function detectNewline(text: string): Newline {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr >= 0 && (lf < 0 || cr < lf)) return text[cr + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}

/**
 * Whether the text may end its lines in more than one way, by cheap
 * searches only (the fast path): true means `scanRecords` must look at the
 * quotes, since a CRLF file may hold LF inside quoted fields (Excel does).
 */
export function mayMixNewlines(text: string, newline: Newline): boolean {
  if (newline === '\n') return text.indexOf('\r') >= 0;
  if (newline === '\r') return text.indexOf('\n') >= 0;
  // CRLF: any LF without a CR before it, or CR without an LF after it.
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (text.charCodeAt(i - 1) !== 13) return true;
  }
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return true;
  }
  return false;
}

export interface RecordScan {
  /** For each list of text offsets given, the spreadsheet line (header = 1) of each offset. */
  readonly lines: number[][];
  /** How many records end with each line ending, outside quoted fields. */
  readonly ends: Record<Newline, number>;
  /** The first line ending outside quoted fields, or null for a single line. */
  readonly first: Newline | null;
  /** The line of the first record that ends otherwise than the first one, or 0. */
  readonly firstOther: number;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * Walks the records of a text as the parser splits them, every line ending
 * (CRLF, LF or CR alone) outside quoted fields ending a record, and numbers
 * them from 1 as a spreadsheet does: a quoted field with line breaks is one
 * record. Quoting follows papaparse: a field is quoted when it starts with
 * `"`; it ends at a `"` followed by blanks then the delimiter, a line break
 * or the end of the text (`""` is a quote); a quote never closed runs to the
 * end. Used only off the fast path (a file with NULs, mixed encodings or
 * line endings): one pass over the text.
 */
export function scanRecords(text: string, delimiter: Delimiter, positions: readonly (readonly number[])[] = []): RecordScan {
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  const lines = positions.map((): number[] => []);
  const next = positions.map(() => 0);
  const ends: Record<Newline, number> = { '\r\n': 0, '\n': 0, '\r': 0 };
  let first: Newline | null = null;
  let firstOther = 0;
  let line = 1;
  const assign = (limit: number): void => {
    for (let k = 0; k < positions.length; k++) {
      const list = positions[k]!;
      let p = next[k]!;
      while (p < list.length && list[p]! < limit) {
        lines[k]!.push(line);
        p++;
      }
      next[k] = p;
    }
  };
  let fieldStart = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (fieldStart && c === QUOTE) {
      i = closingQuote(text, i + 1, d);
      fieldStart = false;
      continue;
    }
    if (c === d) {
      fieldStart = true;
      i++;
    } else if (c === LF || c === CR) {
      const ending: Newline = c === LF ? '\n' : text.charCodeAt(i + 1) === LF ? '\r\n' : '\r';
      ends[ending]++;
      if (first === null) first = ending;
      else if (ending !== first && firstOther === 0) firstOther = line;
      i += ending.length;
      assign(i);
      line++;
      fieldStart = true;
    } else {
      fieldStart = false;
      i++;
    }
  }
  assign(Infinity);
  return { lines, ends, first, firstOther };
}

/** Where a quoted field whose content starts at `from` ends: just after its closing quote and blanks, or the end of the text. */
function closingQuote(text: string, from: number, d: number): number {
  const n = text.length;
  let j = from;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q < 0) return n;
    if (text.charCodeAt(q + 1) === QUOTE) {
      j = q + 2;
      continue;
    }
    let k = q + 1;
    while (k < n && isBlankChar(text.charCodeAt(k), d)) k++;
    const c = text.charCodeAt(k);
    if (k >= n || c === d || c === CR || c === LF) return k;
    j = q + 1;
  }
}

/** White space as String.prototype.trim sees it, line breaks and the delimiter aside. */
function isBlankChar(c: number, d: number): boolean {
  if (c === d || c === CR || c === LF) return false;
  return c === 32 || c === 9 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
