import { describe, it, expect } from 'vitest';
import { DICTIONARIES, localePath, t, unlocalisedPath } from '../../src/i18n/index.ts';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('UI strings', () => {
  const fr = DICTIONARIES.fr;
  const en = DICTIONARIES.en;

  it('exist in both languages, key for key', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('are never empty, and take the same placeholders in both languages', () => {
    for (const key of Object.keys(fr)) {
      expect(fr[key]!.trim(), key).not.toBe('');
      expect(en[key]!.trim(), key).not.toBe('');
      expect(placeholders(en[key]!), key).toEqual(placeholders(fr[key]!));
    }
  });

  it('are really translated (French and English differ for sentences)', () => {
    // Proper names and words the two languages share.
    const SAME = new Set(['site.title', 'indicators.section']);
    const same = Object.keys(fr).filter((k) => fr[k] === en[k] && fr[k]!.includes(' ') && !SAME.has(k));
    expect(same).toEqual([]);
  });

  it('fill placeholders', () => {
    expect(t('fr', 'home.keyFigures', { year: '2025-2026' })).toBe('Chiffres clés 2025-2026');
    expect(t('en', 'home.keyFigures', { year: '2025–2026' })).toBe('Key figures 2025–2026');
  });

  it('maps paths between languages', () => {
    expect(localePath('fr', '/regions/laval/')).toBe('/regions/laval/');
    expect(localePath('en', '/regions/laval/')).toBe('/en/regions/laval/');
    expect(unlocalisedPath('/en/regions/laval/')).toBe('/regions/laval/');
    expect(unlocalisedPath('/en/')).toBe('/');
    expect(unlocalisedPath('/energie/')).toBe('/energie/');
  });
});
