/**
 * Header names: case, accents, spaces, hyphens and surrounding blanks do
 * not matter (`Montant FQIS`, `montant_fqis`, ` MONTANT-FQIS ` are one
 * column). Kind recognition: a file's kind is the one whose required
 * columns its header names, never its file name.
 */
import { KINDS, SCHEMAS, requiredColumns } from '../schema/contract.ts';
import type { Kind } from '../schema/contract.ts';
import { fold } from '../text.ts';

export function normaliseHeader(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

export interface KindMatch {
  readonly kind: Kind | null;
  /** When no kind matches: the closest kind and the columns it lacks. */
  readonly closest?: { kind: Kind; missing: string[] };
}

export function recogniseKind(normalisedHeader: readonly string[]): KindMatch {
  const present = new Set(normalisedHeader);
  let chosen: Kind | null = null;
  let closest: { kind: Kind; missing: string[] } | undefined;
  for (const kind of KINDS) {
    const required = requiredColumns(kind);
    const missing = required.filter((c) => !present.has(c));
    if (missing.length === 0) {
      // The most specific kind wins (initiatives also name annee and region).
      if (chosen === null || required.length > requiredColumns(chosen).length) chosen = kind;
    } else if (
      closest === undefined ||
      missing.length < closest.missing.length ||
      // On a tie, the kind whose header is most complete (an initiatives
      // file missing one column is not "an alliances file missing nom").
      (missing.length === closest.missing.length && required.length > requiredColumns(closest.kind).length)
    ) {
      closest = { kind, missing };
    }
  }
  if (chosen !== null) return { kind: chosen };
  return closest ? { kind: null, closest } : { kind: null };
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

/** Whether a normalised name is a column of the kind's schema. */
export function isKnownColumn(kind: Kind, normalised: string): boolean {
  return SCHEMAS[kind].some((c) => c.name === normalised);
}
