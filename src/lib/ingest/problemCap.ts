/**
 * Bounded problem lists (contract §1.5): a file of 800 000 broken lines
 * must not hold millions of problems in memory, nor print them. Per file,
 * the first problems of each reason are kept in full; the rest are only
 * counted, and one summary line says how many there were. The tally of
 * rows (published, rejected, duplicates) and the count of warnings stay
 * exact: they never come from the kept problems.
 */
import type { Problem } from './problems.ts';
import { problemOf } from './problems.ts';
import type { Cause } from '../contract/reasons.ts';

/** Problems of one reason kept in full per file (and per column); far more than a partner reads. */
export const PROBLEMS_PER_REASON = 100;

interface Group {
  readonly first: Problem;
  kept: number;
  omitted: number;
  /** Line of the first problem not kept: the summary stands there. */
  firstOmitted: number;
}

/**
 * What makes two problems "the same reason": severity, column, and the
 * cause's code, whatever its parameters (`MRC inconnue : « X »`,
 * `même clé que la ligne 12 …` are each one reason).
 */
function reasonKey(gravite: string, colonne: string, cause: Cause): string {
  return `${gravite}\u0000${colonne}\u0000${cause.code}`;
}

const count = new Intl.NumberFormat('fr-CA');

/** One per file: decides which problems are kept, and summarises the others. */
export class ProblemCap {
  private readonly groups = new Map<string, Group>();

  constructor(
    readonly fichier: string,
    private readonly max: number = PROBLEMS_PER_REASON,
  ) {}

  /** Whether the problem is kept in full; when not, it is counted for the summary. */
  admit(p: Problem): boolean {
    return this.admitReason(p.gravite, p.colonne, p.cause, p.ligne, p);
  }

  /** The same, before the problem is built: a problem the cap leaves out need never exist. */
  admitReason(gravite: Problem['gravite'], colonne: string, cause: Cause, ligne: number, p?: Problem): boolean {
    const key = reasonKey(gravite, colonne, cause);
    const group = this.groups.get(key);
    if (group === undefined) {
      this.groups.set(key, { first: p ?? problemOf(this.fichier, ligne, colonne, '', cause, gravite), kept: 1, omitted: 0, firstOmitted: 0 });
      return true;
    }
    if (group.kept < this.max) {
      group.kept++;
      return true;
    }
    if (group.omitted === 0 || ligne < group.firstOmitted) group.firstOmitted = ligne;
    group.omitted++;
    return false;
  }

  /** Problems not kept, so far. */
  get omitted(): number {
    let n = 0;
    for (const g of this.groups.values()) n += g.omitted;
    return n;
  }

  /** One problem per reason that had problems left out: « … et 799 900 autres lignes : même raison ». */
  summaries(): Problem[] {
    const out: Problem[] = [];
    for (const g of this.groups.values()) {
      if (g.omitted === 0) continue;
      const cause: Cause = { code: 'autres-lignes', params: { count: g.omitted }, inner: g.first.cause, ...(g.first.cause.column === undefined ? {} : { column: g.first.cause.column }) };
      out.push(problemOf(g.first.fichier, g.firstOmitted, g.first.colonne, '', cause, g.first.gravite));
    }
    return out;
  }
}

/** The caps of every file of one ingestion, by file name. */
export class ProblemCaps {
  private readonly caps = new Map<string, ProblemCap>();

  constructor(private readonly max: number = PROBLEMS_PER_REASON) {}

  of(fichier: string): ProblemCap {
    let cap = this.caps.get(fichier);
    if (cap === undefined) {
      cap = new ProblemCap(fichier, this.max);
      this.caps.set(fichier, cap);
    }
    return cap;
  }

  /** Pushes the problem to `into` when its file's cap keeps it. */
  push(into: Problem[], p: Problem): void {
    if (this.of(p.fichier).admit(p)) into.push(p);
  }

  summaries(): Problem[] {
    return [...this.caps.values()].flatMap((c) => c.summaries());
  }
}

/** Characters of a value quoted in a problem: enough to find it, never a 5 MB title. */
export const VALUE_CHARS = 200;

/** The value cut to `VALUE_CHARS`, with « … (N caractères) » saying how long it was. */
export function clipText(value: string): string {
  if (value.length <= VALUE_CHARS) return value;
  return `${value.slice(0, VALUE_CHARS)}… (${count.format(value.length)} caractères)`;
}

export function clipValue(p: Problem): Problem {
  return p.valeur.length <= VALUE_CHARS ? p : { ...p, valeur: clipText(p.valeur) };
}
