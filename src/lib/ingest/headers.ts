/**
 * Header names: case, accents, spaces, hyphens, apostrophes, `$`, `%`,
 * parentheses and surrounding blanks do not matter (`Montant FQIS ($)`,
 * `montant_fqis`, ` MONTANT-FQIS ` are one column), and the synonyms of
 * contract §1.4 name the same column within a kind. A file's kind is the
 * one whose required columns its header names, never its file name.
 */
import leven from 'leven';
import { KINDS, SCHEMAS, requiredColumns } from '../contract/columns.ts';
import type { Kind } from '../contract/columns.ts';
import { fold } from '../common/text.ts';

export function normaliseHeader(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** What one header of a file is, for a kind. */
export type HeaderRole =
  | { readonly role: 'column'; readonly column: string }
  /** Names a column an earlier header (or its canonical name) already names. */
  | { readonly role: 'taken'; readonly column: string; readonly by: number; readonly canonical: boolean }
  | { readonly role: 'empty' }
  | { readonly role: 'other' };

export interface HeaderResolution {
  readonly roles: readonly HeaderRole[];
  /** Canonical column → header position. */
  readonly positions: ReadonlyMap<string, number>;
}

/** Normalised header → canonical column, per kind: canonical names first, then synonyms. */
const NAMES = new Map<Kind, { canonical: Set<string>; synonyms: Map<string, string> }>(
  KINDS.map((kind) => {
    const canonical = new Set(SCHEMAS[kind].map((c) => c.name));
    const synonyms = new Map<string, string>();
    for (const c of SCHEMAS[kind]) {
      for (const s of c.synonyms) {
        const n = normaliseHeader(s);
        if (!canonical.has(n) && !synonyms.has(n)) synonyms.set(n, c.name);
      }
    }
    return [kind, { canonical, synonyms }];
  }),
);

/** The canonical column a normalised header names in a kind, if any. */
export function columnNamed(kind: Kind, normalised: string): string | null {
  const names = NAMES.get(kind)!;
  if (names.canonical.has(normalised)) return normalised;
  return names.synonyms.get(normalised) ?? null;
}

/**
 * Maps a file's normalised header to a kind's columns. A canonical name
 * wins over a synonym of the same column (contract §1.4), whatever their
 * order; otherwise the first header naming a column wins.
 */
export function resolveHeader(kind: Kind, normalisedHeader: readonly string[]): HeaderResolution {
  const names = NAMES.get(kind)!;
  const positions = new Map<string, number>();
  const roles: HeaderRole[] = new Array(normalisedHeader.length);
  normalisedHeader.forEach((n, i) => {
    if (names.canonical.has(n) && !positions.has(n)) positions.set(n, i);
  });
  normalisedHeader.forEach((n, i) => {
    if (n === '') {
      roles[i] = { role: 'empty' };
      return;
    }
    const column = names.canonical.has(n) ? n : names.synonyms.get(n);
    if (column === undefined) {
      roles[i] = { role: 'other' };
      return;
    }
    const at = positions.get(column);
    if (at === undefined) positions.set(column, i);
    const by = positions.get(column)!;
    roles[i] = by === i ? { role: 'column', column } : { role: 'taken', column, by, canonical: names.canonical.has(n) };
  });
  return { roles, positions };
}

/** A missing required column and the file's header that looks closest to it. */
export interface MissingColumn {
  readonly column: string;
  /** As written in the file; null when no header looks like it. */
  readonly closest: string | null;
}

export interface KindMatch {
  readonly kind: Kind | null;
  /** When no kind matches: the closest kind and the columns it lacks. */
  readonly closest?: { kind: Kind; missing: MissingColumn[] };
}

/**
 * A file's kind: the one whose required columns its header all names; when
 * two qualify, the one naming more of the file's headers (then the one
 * with more required columns: initiatives also name annee and region).
 */
export function recogniseKind(header: readonly string[]): KindMatch {
  const normalised = header.map(normaliseHeader);
  let chosen: { kind: Kind; named: number; required: number } | null = null;
  let closest: { kind: Kind; missing: string[]; named: number; resolution: HeaderResolution } | undefined;
  for (const kind of KINDS) {
    const resolution = resolveHeader(kind, normalised);
    const required = requiredColumns(kind);
    const missing = required.filter((c) => !resolution.positions.has(c));
    const named = resolution.positions.size;
    if (missing.length === 0) {
      if (chosen === null || named > chosen.named || (named === chosen.named && required.length > chosen.required)) {
        chosen = { kind, named, required: required.length };
      }
    } else if (
      closest === undefined ||
      // The kind naming most of the file's headers, then the one lacking
      // fewest columns, then the one whose header is most complete (an
      // initiatives file missing one column is not "an alliances file missing nom").
      named > closest.named ||
      (named === closest.named &&
        (missing.length < closest.missing.length ||
          (missing.length === closest.missing.length && required.length > requiredColumns(closest.kind).length)))
    ) {
      closest = { kind, missing, named, resolution };
    }
  }
  if (chosen !== null) return { kind: chosen.kind };
  if (closest === undefined) return { kind: null };
  const unused = header.filter((_, i) => normalised[i] !== '' && closest.resolution.roles[i]?.role !== 'column');
  return {
    kind: null,
    closest: { kind: closest.kind, missing: closest.missing.map((column) => ({ column, closest: closestHeader(column, closest.kind, unused) })) },
  };
}

/**
 * The header (as written) that looks most like a column: Levenshtein
 * distance (the `leven` library) between the normalised header and the
 * column's name or any of its synonyms, relative to the longer of the two;
 * a header that contains all the name's words, or one of its distinctive
 * words one letter off, also counts as close. Null when nothing is close.
 */
export function closestHeader(column: string, kind: Kind, headers: readonly string[]): string | null {
  const names = [column, ...(SCHEMAS[kind].find((c) => c.name === column)?.synonyms ?? [])].map(normaliseHeader);
  let best: { header: string; score: number } | null = null;
  for (const header of headers) {
    const n = normaliseHeader(header);
    if (n === '') continue;
    const words = n.split('_');
    for (const name of names) {
      const nameWords = name.split('_');
      const contains = nameWords.every((w) => words.includes(w)) || words.every((w) => nameWords.includes(w));
      // A distinctive word (5 letters or more) typed one letter off: `Débuté le` for date_debut.
      const word = nameWords.some((w) => w.length >= 5 && words.some((h) => leven(h, w, { maxDistance: 2 }) <= 1));
      const score = Math.max(contains ? 0.75 : 0, word ? 0.65 : 0, 1 - leven(n, name) / Math.max(n.length, name.length));
      if (score >= 0.6 && (best === null || score > best.score)) best = { header, score };
    }
  }
  return best?.header ?? null;
}

/**
 * Column names that look like personal data: never published, and the
 * warning says so. Matched on the normalised header, as whole words.
 */
const PERSONAL = [
  'courriel', 'email', 'e_mail', 'mail', 'telephone', 'tel', 'phone', 'cellulaire', 'cell',
  'contact', 'responsable_nom', 'nom_responsable', 'nom_du_responsable', 'nas', 'assurance_sociale', 'adresse',
  'address', 'prenom', 'nom_famille', 'date_naissance', 'naissance', 'courriel_contact',
];

export function looksPersonal(normalised: string): boolean {
  const words = normalised.split('_');
  return PERSONAL.some((p) =>
    p.includes('_') ? normalised.includes(p) : words.includes(p),
  );
}
