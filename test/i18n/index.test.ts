import { describe, it, expect } from 'vitest';
import { localePath, unlocalisedPath } from '../../src/lib/site/url.ts';
import { DICTIONARIES, t } from '../../src/i18n/index.ts';
import { SCHEMAS } from '../../src/lib/contract/columns.ts';
import type { Kind } from '../../src/lib/contract/columns.ts';
import { dataPackage } from '../../src/lib/publish/datapackage.ts';
import type { Field } from '../../src/lib/publish/datapackage.ts';
import { englishDescription } from '../../src/lib/publish/fieldsEnglish.ts';
import { INDICATORS } from '../../src/lib/derive/definitions.ts';

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
    const words = (s: string): number => s.replace(/\{\w+\}/g, '').match(/\p{L}+/gu)?.length ?? 0;
    const same = Object.keys(fr).filter((k) => fr[k] === en[k] && words(fr[k]!) > 1 && !SAME.has(k));
    expect(same).toEqual([]);
  });

  it('fill placeholders (a year range as year() shows it)', () => {
    expect(t('fr', 'home.keyFigures', { year: '2025-2026' })).toBe('Chiffres clés 2025\u2013\u20602026');
    expect(t('en', 'home.keyFigures', { year: '2025–2026' })).toBe('Key figures 2025\u2013\u20602026');
  });

  it('write plurals as forms, never `(s)`, and nothing provisional', () => {
    for (const [lang, dictionary] of Object.entries(DICTIONARIES)) {
      for (const [key, text] of Object.entries(dictionary)) {
        expect(text, `${lang} ${key}`).not.toMatch(/\p{L}\(s\)/u);
        expect(text, `${lang} ${key}`).not.toMatch(/provisoire|provisional/i);
      }
    }
  });

  it('give every plural its `one` and `other` forms', () => {
    const bases = Object.keys(fr).filter((k) => /\.(zero|one|many)$/.test(k)).map((k) => k.replace(/\.(zero|one|many)$/, ''));
    expect(bases.length).toBeGreaterThan(3);
    for (const base of bases) {
      expect(fr, base).toHaveProperty([`${base}.one`]);
      expect(fr, base).toHaveProperty([`${base}.other`]);
    }
  });

  it('maps paths between languages', () => {
    expect(localePath('fr', '/regions/laval/')).toBe('/regions/laval/');
    expect(localePath('en', '/regions/laval/')).toBe('/en/regions/laval/');
    expect(unlocalisedPath('/en/regions/laval/')).toBe('/regions/laval/');
    expect(unlocalisedPath('/en/')).toBe('/');
    expect(unlocalisedPath('/energie/')).toBe('/energie/');
  });
});

/** One-word labels the two languages share (`Description`, `MRC`). */
const sameWord = (fr: string, en: string): boolean => fr === en && !fr.includes(' ');

describe('the data dictionary, in both languages', () => {
  it('every input column has a French and an English description, translated', () => {
    for (const kind of Object.keys(SCHEMAS) as Kind[]) {
      for (const c of SCHEMAS[kind]) {
        const where = `${kind}.${c.name}`;
        expect(c.fr.trim(), where).not.toBe('');
        expect(c.en.trim(), where).not.toBe('');
        if (!sameWord(c.fr, c.en)) expect(c.en, where).not.toBe(c.fr);
      }
    }
  });

  it('every published field has an English description for the English data page', () => {
    const resources = (dataPackage({ created: '2026-01-01T00:00:00.000Z', fictional: true }) as { resources: Array<{ name: string; schema?: { fields: Field[] } }> }).resources;
    let checked = 0;
    for (const r of resources) {
      const fields = r.schema?.fields ?? [];
      for (const f of fields) {
        const en = englishDescription(r.name, fields.map((x) => x.name), f.name);
        expect(en, `${r.name}.${f.name}`).toBeTruthy();
        expect(f.description.trim(), `${r.name}.${f.name}`).not.toBe('');
        if (!sameWord(f.description, en!)) expect(en, `${r.name}.${f.name}`).not.toBe(f.description);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});

describe('the indicator definitions, in both languages', () => {
  it('every indicator has a French and an English title and formula, translated', () => {
    for (const d of INDICATORS) {
      for (const text of [d.titleFr, d.titleEn, d.formulaFr, d.formulaEn]) expect(text.trim(), d.code).not.toBe('');
      expect(d.titleEn, d.code).not.toBe(d.titleFr);
      expect(d.formulaEn, d.code).not.toBe(d.formulaFr);
      expect(`${d.titleFr} ${d.titleEn}`, d.code).not.toMatch(/provisoire|provisional/i);
    }
  });

  it('the guide\'s indicators carry its official wording (§5.1)', () => {
    const guide = INDICATORS.filter((d) => d.guideSection === '5.1' && /^\d\.\d$/.test(d.code));
    expect(guide.map((d) => d.code)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4']);
    expect(guide.find((d) => d.code === '3.3')!.titleFr).toBe('Nombre de personnes directement rejointes par les projets et les initiatives');
    expect(guide.find((d) => d.code === '2.1')!.titleFr).toBe('Représentativité des acteurs participant à la mise en œuvre');
  });
});
