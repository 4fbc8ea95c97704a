/** A problem found in an export, as written to `reports/rejets.csv`. */
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
  /** Plain French. */
  readonly raison: string;
  readonly gravite: Severity;
}
