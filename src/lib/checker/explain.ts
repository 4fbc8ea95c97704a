/**
 * How to fix each problem, in the partner's language (issue #20): the
 * reason, what the column accepts, the closest accepted value when one is
 * near, and the partners' guide's entry; problems of a file grouped by
 * reason when they repeat, and the plain-words summary of a check. Shared
 * by `npm run validate` and the checker (`/verifier/`), so that both say
 * the same thing; the texts come from the catalogue
 * (src/lib/contract/reasons.ts, src/lib/contract/accepted.ts).
 */
import { acceptedFor, closestValue } from '../contract/accepted.ts';
import type { Accepted, AcceptedValue } from '../contract/accepted.ts';
import { fixText, guideAnchor, reasonText, scopeOf } from '../contract/reasons.ts';
import type { Cause, ReasonCode, ReasonLang, Scope } from '../contract/reasons.ts';
import type { Problem, Severity } from '../ingest/problems.ts';

export type { Accepted, AcceptedValue } from '../contract/accepted.ts';

/** A problem explained in a language. */
export interface Explanation {
  readonly reason: string;
  readonly fix: string;
  readonly accepted: Accepted | null;
  /** The accepted value nearest the one written, when one is near. */
  readonly suggestion: AcceptedValue | null;
  /** The guide's anchor (`erreur-statut`), on `/partenaires/` (or `/en/partenaires/`). */
  readonly guide: string;
}

/** The indicator a value was checked against (what `valeur` of `indicateurs` accepts depends on it). */
function indicatorOf(cause: Cause): string | undefined {
  const shown = cause.code === 'autres-lignes' && cause.inner ? cause.inner : cause;
  if (shown.code === 'indicateur-entier') return '2.1';
  const v = shown.params?.['indicator'];
  return typeof v === 'string' ? v : undefined;
}

export function explain(p: Pick<Problem, 'cause' | 'valeur'>, lang: ReasonLang): Explanation {
  const shown = p.cause.code === 'autres-lignes' && p.cause.inner ? { ...p.cause.inner, ...(p.cause.column === undefined ? {} : { column: p.cause.column }) } : p.cause;
  return {
    reason: reasonText(p.cause, lang),
    fix: fixText(p.cause, lang),
    accepted: acceptedFor(shown, lang, indicatorOf(p.cause)),
    suggestion: p.cause.code === 'autres-lignes' ? null : closestValue(shown, p.valeur, lang),
    guide: guideAnchor(p.cause),
  };
}

/** One value of a group, with its lines and the suggestion for it. */
export interface GroupValue {
  readonly valeur: string;
  readonly lignes: readonly number[];
  readonly suggestion: AcceptedValue | null;
}

/** Problems of one file that share a reason (severity, column and code), however many lines. */
export interface ProblemGroup {
  readonly gravite: Severity;
  readonly code: ReasonCode;
  readonly scope: Scope;
  /** The column as written in the file; '' when the reason is the row's or the file's. */
  readonly colonne: string;
  /** Every line concerned, the ones not listed included (the problems capped per reason, contract §1.5). */
  readonly count: number;
  /** The lines listed, ascending (0: the file as a whole). */
  readonly lignes: readonly number[];
  /** Lines counted but not listed. */
  readonly omitted: number;
  /** The values written, each with its lines (one entry when every line has the same value; none for a header or a file). */
  readonly values: readonly GroupValue[];
  /** The reason, as the first problem of the group gives it, in the language. */
  readonly reason: string;
  readonly fix: string;
  readonly accepted: Accepted | null;
  /** The suggestion when every line has the same value. */
  readonly suggestion: AcceptedValue | null;
  readonly guide: string;
  /** « 214 lignes », « ligne 12 », « fichier entier », « en-tête »: where, in words. */
  readonly where: string;
}

const WORDS = {
  fr: { line: 'ligne', lines: 'lignes', file: 'fichier entier', header: 'en-tête' },
  en: { line: 'row', lines: 'rows', file: 'whole file', header: 'header' },
} as const;

/** Where a group is, in words: « en-tête », « fichier entier », « ligne 12 », « 214 lignes ». */
function whereText(scope: Scope, lines: readonly number[], omitted: number, lang: ReasonLang): string {
  const w = WORDS[lang];
  if (scope === 'column') return w.header;
  if (omitted === 0 && lines.length === 1) return lines[0] === 0 ? w.file : `${w.line} ${lines[0]}`;
  return linesText(lines.length + omitted, lang);
}

/** « 1 ligne », « 214 lignes » (numbers with the language's separators). */
export function linesText(n: number, lang: ReasonLang): string {
  const w = WORDS[lang];
  return `${new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA').format(n)} ${n === 1 ? w.line : w.lines}`;
}

/**
 * A file's problems grouped by reason, errors first, then by first line.
 * A capped reason's summary (`autres-lignes`) adds its count to its group.
 */
export function groupProblems(problems: readonly Problem[], lang: ReasonLang): ProblemGroup[] {
  interface Building {
    first: Problem;
    code: ReasonCode;
    lines: number[];
    omitted: number;
    values: Map<string, number[]>;
  }
  const groups = new Map<string, Building>();
  for (const p of problems) {
    const counted = p.cause.code === 'autres-lignes' && p.cause.inner !== undefined;
    const code = counted ? p.cause.inner!.code : p.cause.code;
    const key = `${p.gravite}\u0000${p.colonne}\u0000${code}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = { first: p, code, lines: [], omitted: 0, values: new Map() };
      groups.set(key, g);
    }
    if (counted) {
      g.omitted += Number(p.cause.params?.['count'] ?? 0);
      continue;
    }
    if (g.first.cause.code === 'autres-lignes') g.first = p;
    g.lines.push(p.ligne);
    const list = g.values.get(p.valeur);
    if (list) list.push(p.ligne);
    else g.values.set(p.valeur, [p.ligne]);
  }
  const built = [...groups.values()].map((g): ProblemGroup => {
    const e = explain(g.first, lang);
    const scope = scopeOf(g.code);
    const count = g.lines.length + g.omitted;
    const values = scope === 'value' ? [...g.values].map(([valeur, lignes]): GroupValue => ({ valeur, lignes, suggestion: closestValue(g.first.cause, valeur, lang) })) : [];
    const where = whereText(scope, g.lines, g.omitted, lang);
    return {
      gravite: g.first.gravite,
      code: g.code,
      scope,
      colonne: g.first.colonne,
      count,
      lignes: [...g.lines].sort((a, b) => a - b),
      omitted: g.omitted,
      values,
      reason: e.reason,
      fix: e.fix,
      accepted: e.accepted,
      suggestion: values.length === 1 ? values[0]!.suggestion : null,
      guide: e.guide,
      where,
    };
  });
  const rank = (g: ProblemGroup): number => (g.gravite === 'erreur' ? 0 : 1);
  return built.sort((a, b) => rank(a) - rank(b) || (a.lignes[0] ?? 0) - (b.lignes[0] ?? 0));
}

/**
 * What a column accepts, on one line: the codes with their labels
 * (« demarree (Démarrée), en-cours (En cours) »), or the format and its
 * examples (« un montant en dollars… — par exemple 12500, 12 500,50 $ »).
 */
export function acceptedText(accepted: Accepted, lang: ReasonLang, separator = ', '): string {
  if (accepted.values.length > 0) return accepted.values.map((v) => (v.label === '' ? v.code : `${v.code} (${v.label})`)).join(separator);
  if (accepted.examples.length === 0) return accepted.format;
  return `${accepted.format} — ${lang === 'fr' ? 'par exemple' : 'for example'} ${accepted.examples.join(separator)}`;
}

/**
 * Lines as ranges, for a list shown on demand: « 2–40, 45, 47 ».
 * Bounded by the problems kept (100 per reason and file).
 */
export function lineRanges(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(j > i + 1 ? `${sorted[i]}–${sorted[j]}` : j === i + 1 ? `${sorted[i]}, ${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return out.join(', ');
}
