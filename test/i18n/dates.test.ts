import { describe, expect, it } from 'vitest';
import { isoLongDate, longDate } from '../../src/i18n/dates.ts';

describe('longDate (no Intl in the reader’s browser, issue #21)', () => {
  it('writes « 1er » for the first of the month in French, non-breaking space between day and month', () => {
    expect(isoLongDate('2025-03-01', 'fr')).toBe('1er\u00a0mars 2025');
    expect(isoLongDate('2025-03-31', 'fr')).toBe('31\u00a0mars 2025');
    expect(isoLongDate('2026-12-03', 'fr')).toBe('3\u00a0décembre 2026');
  });
  it('writes English dates month first', () => {
    expect(isoLongDate('2025-03-01', 'en')).toBe('March\u00a01, 2025');
    expect(longDate(2026, 12, 3, 'en')).toBe('December\u00a03, 2026');
  });
  it('says the same as Intl, but for « 1er » and the spaces', () => {
    for (const iso of ['2024-01-15', '2025-08-09', '2026-02-28']) {
      for (const lang of ['fr', 'en'] as const) {
        const intl = new Date(`${iso}T12:00:00Z`).toLocaleDateString(lang === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long', timeZone: 'UTC' });
        expect(isoLongDate(iso, lang).replace(/\u00a0/g, ' ')).toBe(intl);
      }
    }
  });
  it('refuses what is not a date', () => {
    expect(() => isoLongDate('2025-13-01', 'fr')).toThrow(RangeError);
    expect(() => isoLongDate('hier', 'en')).toThrow(RangeError);
  });
});
