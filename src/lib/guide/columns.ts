/**
 * What the partners' guide shows of the contract's columns (§1.2, §1.4),
 * generated from the schema so the guide never drifts from the validator.
 */
import { HEADER_SYNONYMS, KINDS, SCHEMAS } from '../schema/contract.ts';
import type { Kind } from '../schema/contract.ts';
import { columnNamed, normaliseHeader } from '../ingest/headers.ts';

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
 * One row per column that has synonyms, in the contract's order; a kind is
 * listed when at least one synonym names the column in it (a synonym that
 * is another column's canonical name there, like `code` in a priorites
 * file, does not).
 */
export function synonymRows(): SynonymRow[] {
  return Object.entries(HEADER_SYNONYMS).map(([column, also]) => ({
    column,
    also,
    kinds: KINDS.filter((kind) => SCHEMAS[kind].some((c) => c.name === column) && also.some((s) => columnNamed(kind, normaliseHeader(s)) === column)),
  }));
}
