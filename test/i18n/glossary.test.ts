/**
 * The search glossary (issue #19, part 5): French words of an English
 * page's French text → the English words its metadata carries.
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY, englishTerms } from '../../src/i18n/glossary.ts';

describe('englishTerms', () => {
  it('finds a word in its plural and without its accents, case aside', () => {
    expect(englishTerms(['Soutien au LOGEMENT'])).toEqual(['housing']);
    expect(englishTerms(['Deux logements sociaux'])).toEqual(['housing']);
    expect(englishTerms(['Accompagnement des personnes en situation d’itinérance'])).toEqual(['homelessness', 'homeless']);
    expect(englishTerms(['Mobilisation des aînés isolés'])).toEqual(['seniors', 'elderly', 'isolation', 'loneliness']);
  });

  it('matches phrases word for word, and only whole words', () => {
    expect(englishTerms(['Réduire l’insécurité alimentaire des familles'])).toEqual(['food', 'security', 'families']);
    // « logé » is not « logement », « sécurité » alone is no food security, « relogement » no word of the glossary.
    expect(englishTerms(['Sécurité au travail'])).toEqual([]);
    expect(englishTerms(['relogement'])).toEqual([]);
  });

  it('reads every text given, skips missing ones, and gives each word once', () => {
    expect(englishTerms([null, 'Frigo communautaire', undefined, 'Repas communautaires'])).toEqual(['food', 'community']);
    expect(englishTerms([])).toEqual([]);
  });

  it('never translates a French word into a word that begins like "housing" but means something else', () => {
    // Pagefind matches words by their beginning: "housing" (stem "hous") would find "household".
    const english = GLOSSARY.flatMap(([, en]) => en.split(' '));
    expect(english.filter((w) => w.startsWith('hous'))).toEqual(['housing']);
  });
});
