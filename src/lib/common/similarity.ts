/**
 * Text similarity for "practices found by what they share" (issue #19,
 * part 3): TF-IDF vectors over folded words (accents and case ignored,
 * French and English stop words dropped, a final plural `s`/`x` removed),
 * compared by cosine. Hand-written: no installed library does this for
 * French text, and the project adds no dependency. Pure and deterministic.
 */
import { fold } from './text.ts';

/** Words that say nothing about what a practice does (folded, French then English). */
const STOP_WORDS = new Set(
  (
    'a au aux avec ce ces cet cette chaque dans de des du elle elles en entre est et etre eux il ils la le les leur leurs lui mais meme mes ' +
    'moi mon ne nos notre nous on ou par pas plus pour qu que qui sa sans se ses son sont sur ta te tes toi ton tous tout toute toutes tu ' +
    'un une vos votre vous ete fait font ont avoir afin ainsi apres avant aussi bien car dont deux fois lieu lorsque ceux celle celles ' +
    'cela celui comme donc encore ici la-bas peu puis quand quel quelle selon sous tres vers vise via ' +
    'the and for with from that this are was were has have had its into over than then they their them these those what which who ' +
    'will would can could not but all any our out you your about more most other some such only also been being both each few how'
  ).split(' '),
);

/**
 * Words every practice's text uses in a report (folded keys): the kind of
 * text, its schedule, why it was retained. They would make any two
 * descriptions look alike.
 */
const REPORT_WORDS = new Set(
  (
    'initiative activite pratique gagnante retenue retenu mise avant comite regional regionale volet semaine jour mois annee ' +
    'lieu personne participante participant objectif fixe elle saint sainte chaque toute tous chez pendant ' +
    // The partners an activity is held with: the sectors say it better.
    'avec entreprise locale municipalite mrc'
  ).split(' '),
);

/** The key of one word (folded, plural ending removed), or null for a stop word, a short word or a number. */
function wordKey(word: string): string | null {
  const w = fold(word).replace(/[^a-z0-9]/g, '');
  if (w.length < 3 || /^\d+$/.test(w) || STOP_WORDS.has(w)) return null;
  const key = w.length > 4 && /[sx]$/.test(w) ? w.slice(0, -1) : w;
  return REPORT_WORDS.has(key) || STOP_WORDS.has(key) ? null : key;
}

/** The words of a text that carry meaning, as keys: folded, without stop words, short words or numbers, plural ending removed. */
export function words(text: string): string[] {
  return wordForms(text).map((t) => t.key);
}

/** Each meaningful word of a text: its key and the word as written (lower case), in text order. */
export function wordForms(text: string): { key: string; form: string }[] {
  const out: { key: string; form: string }[] = [];
  for (const form of text.toLocaleLowerCase('fr').split(/[^\p{L}\p{N}]+/u)) {
    const key = wordKey(form);
    if (key !== null) out.push({ key, form });
  }
  return out;
}

/** A document's vector: weight per word, and its norm. */
export interface TermVector {
  readonly weights: ReadonlyMap<string, number>;
  readonly norm: number;
}

/**
 * TF-IDF vectors of documents (each a list of words): term frequency times
 * log(1 + N / document frequency), so a word every document has weighs little.
 */
export function tfidf(documents: readonly (readonly string[])[]): TermVector[] {
  const df = new Map<string, number>();
  for (const doc of documents) for (const w of new Set(doc)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = documents.length;
  return documents.map((doc) => {
    const tf = new Map<string, number>();
    for (const w of doc) tf.set(w, (tf.get(w) ?? 0) + 1);
    const weights = new Map<string, number>();
    let sum = 0;
    // Sorted words: the same sums in the same order on every run.
    for (const w of [...tf.keys()].sort()) {
      const weight = tf.get(w)! * Math.log(1 + n / df.get(w)!);
      weights.set(w, weight);
      sum += weight * weight;
    }
    return { weights, norm: Math.sqrt(sum) };
  });
}

/** Cosine of two vectors, 0 when either is empty. */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  // Maps keep their (sorted) insertion order: the same sum on every run.
  for (const [w, x] of small.weights) {
    const y = large.weights.get(w);
    if (y !== undefined) dot += x * y;
  }
  return dot / (a.norm * b.norm);
}

/** The words two vectors share, heaviest first (by the product of weights), then alphabetically. */
export function sharedWords(a: TermVector, b: TermVector, limit: number): string[] {
  return [...a.weights]
    .filter(([w]) => b.weights.has(w))
    .map(([w, x]) => [w, x * b.weights.get(w)!] as const)
    .sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0))
    .slice(0, limit)
    .map(([w]) => w);
}
