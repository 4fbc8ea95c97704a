/**
 * Numbers, years and plurals as the pages show them (issue #9, part 7):
 * one minus sign (U+2212), year ranges that never wrap, thousands
 * separators in sentences, plurals through Intl.PluralRules.
 */
import { describe, expect, it } from 'vitest';
import { change, date, decimal, decimalsFor, integer, money, moneyCents, moneyShort, percent, typography, year, yearRanges, percentagePoints } from '../../src/i18n/format.ts';
import type { Lang } from '../../src/i18n/format.ts';
import { plural, t } from '../../src/i18n/index.ts';
import { formatIndicator } from '../../src/i18n/indicatorFormat.ts';
import { moneyAxis } from '../../src/charts/common.ts';

const MINUS = '\u2212';
const NBSP = '\u00a0';
const WJ = '\u2060';

describe('negative numbers: the minus sign, never a hyphen-minus', () => {
  const formatters: Array<[string, (v: number, lang: Lang) => string]> = [
    ['money', money],
    ['moneyCents', moneyCents],
    ['moneyShort', moneyShort],
    ['integer', integer],
    ['decimal', (v, lang) => decimal(v, lang)],
    ['percent', (v, lang) => percent(v, lang)],
    ['change', change],
  ];
  for (const [name, format] of formatters) {
    for (const lang of ['fr', 'en'] as const) {
      it(`${name} (${lang})`, () => {
        for (const value of [-0.163, -16.3, -1264, -2_500_000]) {
          const shown = format(value, lang);
          expect(shown, `${value}`).not.toContain('-');
          expect(shown, `${value}`).toContain(MINUS);
        }
      });
    }
  }

  it('writes the forms readers expect', () => {
    expect(change(-0.163, 'fr')).toBe(`${MINUS}16,3${NBSP}%`);
    expect(change(-0.163, 'en')).toBe(`${MINUS}16.3%`);
    expect(change(0.125, 'fr')).toBe(`+12,5${NBSP}%`);
    expect(percent(-0.046, 'en')).toBe(`${MINUS}4.6%`);
    expect(integer(-1264, 'fr')).toBe(`${MINUS}1${NBSP}264`);
    expect(money(-12500, 'en')).toBe(`${MINUS}$12,500`);
    expect(integer(1264, 'fr')).toBe(`1${NBSP}264`);
  });
});

describe('reporting years', () => {
  it('an en dash that never wraps, in both languages', () => {
    for (const lang of ['fr', 'en'] as const) {
      expect(year('2025-2026', lang)).toBe(`2025\u2013${WJ}2026`);
      expect(year('24-25', lang)).toBe(`24\u2013${WJ}25`);
    }
  });

  it('is idempotent and leaves other text alone', () => {
    const shown = year('2025-2026', 'fr');
    expect(year(shown, 'fr')).toBe(shown);
    expect(year('2025–2026', 'en')).toBe(shown);
    expect(year('cycle', 'fr')).toBe('cycle');
  });

  it('ranges in prose, not in paths or file names', () => {
    expect(yearRanges('Plan 2024-2029, mesure 3.1.1.1')).toBe(`Plan 2024\u2013${WJ}2029, mesure 3.1.1.1`);
    const path = 'https://exemple.org/editions/2024-2025/ et alliances-2024-2025-r1.zip';
    expect(yearRanges(path)).toBe(path);
  });
});

describe('plurals through Intl.PluralRules', () => {
  it('French: 0 and 1 are singular; a zero form when the dictionary has one', () => {
    expect(plural('fr', 'map.mrc.value', 1)).toBe('1 initiative');
    expect(plural('fr', 'map.mrc.value', 0)).toBe('0 initiative');
    expect(plural('fr', 'map.mrc.value', 2)).toBe('2 initiatives');
    expect(plural('fr', 'region.mrc.note', 0)).toContain('aucune initiative ne vise toute la région');
    expect(plural('fr', 'region.mrc.note', 1)).toContain('1 initiative vise toute la région et n’est rattachée');
    expect(plural('fr', 'region.mrc.note', 10)).toContain('10 initiatives visent toute la région et ne sont rattachées');
    expect(plural('fr', 'region.alliances', 1)).toBe('Alliance de la région');
    expect(plural('fr', 'region.alliances', 3)).toBe('Alliances de la région');
  });

  it('English: only 1 is singular', () => {
    expect(plural('en', 'map.mrc.value', 1)).toBe('1 initiative');
    expect(plural('en', 'map.mrc.value', 0)).toBe('0 initiatives');
    expect(plural('en', 'region.mrc.note', 1)).toContain('1 initiative covers the whole region');
    expect(plural('en', 'region.mrc.note', 2)).toContain('2 initiatives cover the whole region');
    expect(plural('en', 'region.alliances', 2)).toBe('The region’s Alliances');
  });

  it('counts with thousands separators, and French large-number forms fall back to `other`', () => {
    expect(plural('fr', 'map.mrc.value', 1264)).toBe(`1${NBSP}264 initiatives`);
    expect(plural('en', 'map.mrc.value', 1264)).toBe('1,264 initiatives');
    // Intl.PluralRules('fr') says `many` for 1 000 000: the dictionary has no such form.
    expect(plural('fr', 'map.mrc.value', 1_000_000)).toBe(`1${NBSP}000${NBSP}000 initiatives`);
  });
});

describe('sentences', () => {
  it('show a bare number with thousands separators and the minus sign', () => {
    expect(t('fr', 'chart.persons.summary', { year: '2025-2026', value: 1264 })).toBe(`En 2025\u2013${WJ}2026, les initiatives ont rejoint 1${NBSP}264 personnes.`);
    expect(t('en', 'chart.persons.summary', { year: '2025-2026', value: -1264 })).toContain(`${MINUS}1,264`);
  });
});

describe('percentagePoints', () => {
  it('writes a change of a share with its sign, the singular below 2 in French, never +0', () => {
    expect(percentagePoints(1.54, 'fr')).toBe(`+1,5${NBSP}point`);
    expect(percentagePoints(-15.6, 'fr')).toBe(`${MINUS}15,6${NBSP}points`);
    expect(percentagePoints(0.04, 'fr')).toBe(`0,0${NBSP}point`);
    expect(percentagePoints(-0.04, 'en')).toBe(`0.0${NBSP}points`);
    expect(percentagePoints(1, 'en')).toBe(`+1.0${NBSP}point`);
    expect(percentagePoints(2.25, 'en')).toBe(`+2.3${NBSP}points`);
  });
});

describe('no page shows ∞, NaN or exponent notation (contract §1.5)', () => {
  const formatters: Array<[string, (v: number, lang: Lang) => string]> = [
    ['money', money],
    ['moneyCents', moneyCents],
    ['moneyShort', moneyShort],
    ['integer', integer],
    ['decimal', (v, lang) => decimal(v, lang)],
    ['percent', (v, lang) => percent(v, lang)],
    ['change', change],
    ['percentagePoints', percentagePoints],
    ['formatIndicator 3.3-pour-1000', (v, lang) => formatIndicator('3.3-pour-1000', v, lang)],
    ['formatIndicator 1.3', (v, lang) => formatIndicator('1.3', v, lang)],
    ['moneyAxis', (v, lang) => moneyAxis([1e6, 5e6], lang)(v)],
  ];

  for (const [name, format] of formatters) {
    for (const lang of ['fr', 'en'] as const) {
      it(`${name} (${lang}) refuses a non-finite value, naming it`, () => {
        for (const value of [Infinity, -Infinity, NaN]) expect(() => format(value, lang)).toThrow(new RegExp(`cannot show ${String(value)}`));
      });

      it(`${name} (${lang}) writes 1e21 and 1e-7 in plain digits`, () => {
        for (const value of [1e21, 1.7e308, 1e-7]) {
          const text = format(value, lang);
          expect(text, String(value)).not.toMatch(/\d[eE][+-]?\d|∞|NaN|Infinity/);
        }
      });
    }
  }
});

/** Every rule of the README's « Style des nombres / Number style » (issue #21, item 3). */
describe('the number style of the README', () => {
  it('money in tables: whole dollars', () => {
    expect(money(12_500, 'fr')).toBe(`12${NBSP}500${NBSP}$`);
    expect(money(12_500, 'en')).toBe('$12,500');
  });

  it('short money: in full under 10 000 $, whole k$ under a million, M$ with two decimals from a million; never `3 173 k$`', () => {
    expect(moneyShort(8_750, 'fr')).toBe(`8${NBSP}750${NBSP}$`);
    expect(moneyShort(185_400, 'fr')).toBe(`185${NBSP}k$`);
    expect(moneyShort(185_400, 'en')).toBe('$185K');
    expect(moneyShort(5_380_000, 'fr')).toBe(`5,38${NBSP}M$`);
    expect(moneyShort(5_380_000, 'en')).toBe('$5.38M');
    expect(moneyShort(145_360_000, 'fr')).toBe(`145,36${NBSP}M$`);
    expect(moneyShort(3_173_000, 'fr')).toBe(`3,17${NBSP}M$`);
    expect(moneyShort(1_000_000, 'fr')).toBe(`1,00${NBSP}M$`);
    // 999 600 $ would round to 1 000 k$: a million, then.
    expect(moneyShort(999_600, 'fr')).toBe(`1,00${NBSP}M$`);
    expect(moneyShort(-185_400, 'en')).toBe(`${MINUS}$185K`);
  });

  it('per-person amounts in dollars and cents', () => {
    expect(moneyCents(5.782, 'fr')).toBe(`5,78${NBSP}$`);
    expect(moneyCents(5, 'en')).toBe('$5.00');
  });

  it('percentages always with one decimal', () => {
    expect(percent(0.33, 'fr')).toBe(`33,0${NBSP}%`);
    expect(percent(0.266, 'fr')).toBe(`26,6${NBSP}%`);
    expect(percent(1, 'en')).toBe('100.0%');
    expect(percent(0, 'fr')).toBe(`0,0${NBSP}%`);
  });

  it('changes signed, with one decimal', () => {
    expect(change(0.1, 'fr')).toBe(`+10,0${NBSP}%`);
    expect(change(0.103, 'fr')).toBe(`+10,3${NBSP}%`);
    expect(change(0.1, 'en')).toBe('+10.0%');
    expect(change(0, 'fr')).toBe(`0,0${NBSP}%`);
  });

  it('percentage points with one decimal', () => {
    expect(percentagePoints(1.5, 'fr')).toBe(`+1,5${NBSP}point`);
    expect(percentagePoints(3, 'fr')).toBe(`+3,0${NBSP}points`);
  });

  it('counts as integers; a decimal quantity with a fixed number of decimals (no `30` beside `30,1`)', () => {
    expect(integer(1264.4, 'fr')).toBe(`1${NBSP}264`);
    expect(decimal(30, 'fr')).toBe('30,0');
    expect(decimal(30.1, 'fr')).toBe('30,1');
    expect(formatIndicator('2.1', 30, 'fr')).toBe('30,0');
    expect(formatIndicator('2.1', 30.14, 'fr')).toBe('30,1');
    expect(formatIndicator('3.3-pour-1000', 12, 'en')).toBe('12.0');
  });

  it('dates: « 1er » for the first of a month in French, the day kept with its month', () => {
    expect(date('2025-03-01', 'fr')).toBe(`1er${NBSP}mars 2025`);
    expect(date('2025-03-31', 'fr')).toBe(`31${NBSP}mars 2025`);
    expect(date('2025-03-01', 'en')).toBe('March 1, 2025');
    expect(date('2025-03-11', 'fr')).toBe(`11${NBSP}mars 2025`);
  });

  it('French typography: no-break spaces before : ; ! ? » and after «, before % and $ after a number, inside numbers; typographic apostrophes', () => {
    expect(typography("Statut : l'initiative « en cours » ; 5 000 $ et 12 %", 'fr')).toBe(`Statut${NBSP}: l’initiative «${NBSP}en cours${NBSP}»${NBSP}; 5${NBSP}000${NBSP}$ et 12${NBSP}%`);
    expect(typography("Write 5 000: the year's figure", 'en')).toBe(`Write 5${NBSP}000: the year’s figure`);
    const once = typography("l'année : 1 000", 'fr');
    expect(typography(once, 'fr')).toBe(once);
  });
});

describe('a partner’s regional indicator', () => {
  it('takes the decimals its values need, the same for all of them', () => {
    expect(decimalsFor([9614, 6349])).toBe(0);
    expect(decimalsFor([30, 30.1])).toBe(1);
    expect(decimalsFor([1 / 3])).toBe(2);
  });
});
