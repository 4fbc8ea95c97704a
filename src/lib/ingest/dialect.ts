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

/** The line ending of the file: the first one met, CRLF or LF (or CR alone). */
export function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr >= 0 && (lf < 0 || cr < lf)) return text[cr + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}
