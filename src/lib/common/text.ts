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

/**
 * Text lengths beyond which the pages, feeds and share cards show a text
 * cut (contract §1.5): the datasets publish it in full, and the ingest
 * warns about it (a plausibility warning).
 */
export const TITLE_MAX = 300;
export const LONG_TEXT_MAX = 5000;

/** A text's length in characters (code points, so an emoji is one). */
export function charLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

export interface CutText {
  readonly text: string;
  /** The text was longer than the limit: the full text is in the datasets. */
  readonly cut: boolean;
}

/**
 * A text of at most `max` characters, then « … » when it was longer: cut
 * between characters (never inside an emoji's surrogate pair), at the last
 * space of the last twentieth when there is one, so no word is split.
 * The one function every page, feed and share card cuts long text with.
 */
export function cutText(text: string, max: number): CutText {
  if (text.length <= max) return { text, cut: false };
  let end = 0;
  let count = 0;
  while (end < text.length && count < max) {
    const c = text.charCodeAt(end);
    const next = text.charCodeAt(end + 1);
    end += c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    count++;
  }
  if (end >= text.length) return { text, cut: false };
  let kept = text.slice(0, end);
  const space = kept.search(/\s\S*$/);
  if (space > 0 && space >= end - Math.ceil(max / 20)) kept = kept.slice(0, space);
  return { text: `${kept.trimEnd()}…`, cut: true };
}
