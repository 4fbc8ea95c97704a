/**
 * Text normalisation shared by every matcher (headers, codes, names).
 * Partners type names by hand: case, accents, dashes and spacing vary, so
 * comparisons are made on a folded form. The same few values recur on
 * every row, so results are memoised (bounded).
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const MEMO_LIMIT = 50_000;

function memoised(fn: (value: string) => string): (value: string) => string {
  const cache = new Map<string, string>();
  return (value) => {
    let result = cache.get(value);
    if (result === undefined) {
      result = fn(value);
      if (cache.size >= MEMO_LIMIT) cache.clear();
      cache.set(value, result);
    }
    return result;
  };
}

/** Lower case, without accents, surrounding blanks removed. */
export const fold = memoised((value) =>
  value.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().trim(),
);

/** Folded, with every run of non-alphanumeric characters turned into one `-`. */
export const slugify = memoised((value) =>
  fold(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, ''),
);
