/**
 * Rows that share a key: identical ones are published once (a warning on
 * the others); differing ones are all rejected, since the tool cannot know
 * which is right (contract §1.3).
 */
import type { Kind } from '../contract/columns.ts';
import { addProblem } from './rows.ts';
import type { Candidate } from './rows.ts';
import { KEY_COLUMN, keyOf } from './rules.ts';

/** Rows named in a duplicate message at the most: a key shared by 800 000 rows must not write 800 000² words. */
const NAMED_OTHERS = 5;

/** The other rows of a group, the first few by line and file, and how many more. */
function othersOf(group: readonly Candidate[], c: Candidate): { lines: number[]; files: string[]; more: number } {
  const lines: number[] = [];
  const files: string[] = [];
  let more = 0;
  for (const o of group) {
    if (o === c) continue;
    if (lines.length < NAMED_OTHERS) {
      lines.push(o.line);
      files.push(o.fichier);
    } else more++;
  }
  return { lines, files, more };
}

/** Whether two rows carry the same published values (lists compared item by item). */
function sameValues(a: Candidate, b: Candidate): boolean {
  for (const { column } of a.layout.columns) {
    const x = a.values[column.name] ?? null;
    const y = b.values[column.name] ?? null;
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || x.some((v, i) => v !== y[i])) return false;
  }
  return true;
}

/**
 * Sets each candidate's outcome. Candidates already in error are rejected
 * and left out of the grouping.
 */
export function resolveDuplicates(kind: Kind, candidates: readonly Candidate[]): void {
  // Most keys are unique: keep a lone candidate, and an array only on a collision.
  const groups = new Map<string, Candidate | Candidate[]>();
  for (const c of candidates) {
    if (c.errors) {
      c.outcome = 'rejetee';
      continue;
    }
    const key = keyOf(kind, c.values);
    const seen = groups.get(key);
    if (seen === undefined) groups.set(key, c);
    else if (Array.isArray(seen)) seen.push(c);
    else groups.set(key, [seen, c]);
  }
  for (const entry of groups.values()) {
    if (!Array.isArray(entry)) {
      entry.outcome = 'publiee';
      continue;
    }
    const [first] = entry as [Candidate, ...Candidate[]];
    const identical = entry.every((c) => sameValues(first, c));
    entry.forEach((c, i) => {
      const colonne = c.layout.byName.get(KEY_COLUMN[kind])?.header ?? KEY_COLUMN[kind];
      if (identical) {
        if (i === 0) c.outcome = 'publiee';
        else {
          addProblem(c, 'avertissement', colonne, c.keyText, { code: 'doublon-identique', params: { line: first.line, file: first.fichier } });
          c.outcome = 'doublon';
        }
      } else {
        addProblem(c, 'erreur', colonne, c.keyText, { code: 'doublon-different', params: othersOf(entry, c) });
        c.outcome = 'rejetee';
      }
    });
  }
}
