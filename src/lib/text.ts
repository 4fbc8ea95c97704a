/**
 * Text normalisation shared by every matcher (headers, codes, names).
 * Partners type names by hand: case, accents, dashes and spacing vary, so
 * comparisons are made on a folded form.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower case, without accents, surrounding blanks removed. */
export function fold(value: string): string {
  return value.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().trim();
}

/** Folded, with every run of non-alphanumeric characters turned into one `-`. */
export function slugify(value: string): string {
  return fold(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
