import { describe, expect, it } from 'vitest';
import { GUIDE_KINDS, SENDER, synonymRows } from '../../../src/lib/guide/columns.ts';
import { HEADER_SYNONYMS, KINDS } from '../../../src/lib/contract/columns.ts';

describe('the guide’s columns and synonyms', () => {
  it('lists every kind once, the ministry’s contexte last', () => {
    expect([...GUIDE_KINDS].sort()).toEqual([...KINDS].sort());
    expect(GUIDE_KINDS.at(-1)).toBe('contexte');
    expect(SENDER.initiatives).toBe('partners');
  });

  it('prints every synonym of the contract, once', () => {
    const rows = synonymRows();
    expect(rows.map((r) => r.column)).toEqual(Object.keys(HEADER_SYNONYMS));
    expect(rows.flatMap((r) => r.also)).toEqual(Object.values(HEADER_SYNONYMS).flat());
  });

  it('names the kinds a synonym applies in (titre is libelle only where titre is not a column)', () => {
    const byColumn = new Map(synonymRows().map((r) => [r.column, r.kinds]));
    expect(byColumn.get('titre')).toEqual(['initiatives']);
    expect(byColumn.get('libelle')).toEqual(['priorites', 'indicateurs']);
    expect(byColumn.get('annee')).toEqual(['initiatives', 'indicateurs', 'contexte']);
    // `code` is a synonym of id, but id exists only in initiatives.
    expect(byColumn.get('id')).toEqual(['initiatives']);
  });
});
