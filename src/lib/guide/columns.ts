/**
 * What the partners' guide shows of the contract's columns (§1.2, §1.4),
 * generated from the schema so the guide never drifts from the validator.
 */
import { HEADER_SYNONYMS, KINDS, SCHEMAS } from '../contract/columns.ts';
import type { Kind } from '../contract/columns.ts';
import { acceptedHeaders } from '../publish/templates.ts';

/** Who sends each kind of file: the regional partners, or the ministry (contract §1.2 `contexte`). */
export const SENDER: Record<Kind, 'partners' | 'ministry'> = {
  alliances: 'partners',
  priorites: 'partners',
  initiatives: 'partners',
  indicateurs: 'partners',
  contexte: 'ministry',
};

/** The order the guide lists kinds in: what partners send first, the ministry's last. */
export const GUIDE_KINDS: readonly Kind[] = [...KINDS].sort((a, b) => Number(SENDER[a] === 'ministry') - Number(SENDER[b] === 'ministry'));

export interface SynonymRow {
  readonly column: string;
  /** The other headers that name it, as the contract lists them (normalised). */
  readonly also: readonly string[];
  /** The kinds whose files have the column and read those headers as it. */
  readonly kinds: readonly Kind[];
}

/**
 * One row per column that has synonyms, in the contract's order, with the
 * kinds whose files read them as that column: a synonym that is another
 * column's own name in a kind (`code` in a priorites file) does not count
 * there (`acceptedHeaders`, as the data dictionary and the templates print).
 */
export function synonymRows(): SynonymRow[] {
  return Object.keys(HEADER_SYNONYMS).map((name) => {
    const perKind = KINDS.flatMap((kind) => {
      const column = SCHEMAS[kind].find((c) => c.name === name);
      const accepted = column ? acceptedHeaders(kind, column) : [];
      return accepted.length > 0 ? [{ kind, accepted }] : [];
    });
    const also = new Set(perKind.flatMap((k) => k.accepted));
    return { column: name, also: (HEADER_SYNONYMS[name] ?? []).filter((s) => also.has(s)), kinds: perKind.map((k) => k.kind) };
  });
}
