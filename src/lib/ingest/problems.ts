/** A problem found in an export, as written to `reports/rejets.csv`. */
import { reasonText } from '../contract/reasons.ts';
import type { Cause } from '../contract/reasons.ts';

export type Severity = 'erreur' | 'avertissement';

export interface Problem {
  /** Path of the file, relative to the input folder, with `/`. */
  readonly fichier: string;
  /** Line as a spreadsheet shows it (header = 1); 0 for the file as a whole. */
  readonly ligne: number;
  /** Column as written in the file's header, or empty. */
  readonly colonne: string;
  /** The value as read, or empty. */
  readonly valeur: string;
  /** Plain French: `reasonText(cause)`. */
  readonly raison: string;
  readonly gravite: Severity;
  /** Why, as data (src/lib/contract/reasons.ts): the reason in either language, how to fix it, the guide's entry. */
  readonly cause: Cause;
}

/** A problem of a cause: its French reason written from the catalogue. */
export function problemOf(fichier: string, ligne: number, colonne: string, valeur: string, cause: Cause, gravite: Severity): Problem {
  return { fichier, ligne, colonne, valeur, raison: reasonText(cause), gravite, cause };
}
