/**
 * The text similarity behind related practices (issue #19, part 3):
 * accents, case, plurals and stop words aside, shared rare words weigh more
 * than common ones.
 */
import { describe, expect, it } from 'vitest';
import { cosine, sharedWords, tfidf, wordForms, words } from '../../../src/lib/common/similarity.ts';

describe('words', () => {
  it('folds accents and case, drops stop words, short words, numbers and report boilerplate, and a plural ending', () => {
    expect(words('L’Accès aux LOGEMENTS pour les 16-30 ans : une initiative')).toEqual(['acce', 'logement', 'ans']);
    expect(words('Housing for the youth')).toEqual(['housing', 'youth']);
  });

  it('keeps each word as written, for the page to show', () => {
    expect(wordForms('Ateliers de littératie')).toEqual([{ key: 'atelier', form: 'ateliers' }, { key: 'litteratie', form: 'littératie' }]);
  });
});

describe('tfidf and cosine', () => {
  const docs = [words('emploi jeunes accompagnement'), words('emploi jeunes'), words('logement familles'), words('logement emploi')];
  const v = tfidf(docs);

  it('is 1 for the same text, 0 with nothing in common, between for some', () => {
    expect(cosine(v[0]!, v[0]!)).toBeCloseTo(1, 10);
    expect(cosine(v[1]!, v[2]!)).toBe(0);
    expect(cosine(v[0]!, v[1]!)).toBeGreaterThan(cosine(v[0]!, v[3]!));
    expect(cosine(v[0]!, tfidf([[]])[0]!)).toBe(0);
  });

  it('is symmetric', () => {
    expect(cosine(v[0]!, v[3]!)).toBe(cosine(v[3]!, v[0]!));
  });

  it('names the shared words, the rarer first', () => {
    // « jeune » is in two texts, « emploi » in three: « jeune » weighs more.
    expect(sharedWords(v[0]!, v[1]!, 3)).toEqual(['jeune', 'emploi']);
    expect(sharedWords(v[0]!, v[1]!, 1)).toEqual(['jeune']);
    expect(sharedWords(v[1]!, v[2]!, 3)).toEqual([]);
  });
});
