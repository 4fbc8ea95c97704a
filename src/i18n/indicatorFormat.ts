/** An indicator's value as a reader expects it, from its unit in the definitions module. */
import { indicatorDefinition } from '../lib/derive/definitions.ts';
import type { Lang } from './format.ts';
import { change, decimal, integer, money, moneyCents, number, percent } from './format.ts';
import { plural, t } from './index.ts';

export function formatIndicator(code: string, value: number, lang: Lang): string {
  const definition = indicatorDefinition(code);
  // A partner's regional indicator: its unit is the partner's, its decimals what the value needs.
  if (!definition) return number(value, lang);
  switch (definition.unit) {
    case 'proportion':
      return percent(value, lang);
    case 'change':
      return change(value, lang);
    case 'dollars':
      return money(value, lang);
    case 'number':
      return decimal(value, lang, 1);
    case 'dollars-per-person':
      return moneyCents(value, lang);
    case 'per-1000':
      return decimal(value, lang, 1);
    default:
      return integer(value, lang);
  }
}

/** What a guide indicator's numerator and denominator count (definitions.ts's formulas), in readers' words. */
const PART_UNITS: Readonly<Record<string, readonly [PartUnit, PartUnit]>> = {
  '1.1': ['unit.alliances', 'unit.alliances'],
  '1.2': ['unit.alliances', 'unit.alliances'],
  '1.3': ['unit.persons', 'unit.persons'],
  '2.1': ['unit.actors', 'unit.alliances'],
  '2.2': ['unit.initiatives', 'unit.initiatives'],
  '2.3': ['unit.alliances', 'unit.alliances'],
  '2.4': ['unit.initiatives', 'unit.initiatives'],
  '3.1': ['unit.initiatives', 'unit.initiatives'],
  '3.2': ['unit.initiatives', 'unit.initiatives'],
  '3.3': ['unit.persons', 'unit.persons'],
  '3.4': ['unit.initiatives', 'unit.initiatives'],
};
type PartUnit = 'unit.alliances' | 'unit.initiatives' | 'unit.persons' | 'unit.actors';

/** A count with what it counts: `22 acteurs`, `1 Alliance` / `22 stakeholders`; a bare integer when the indicator names no unit. */
export function countOf(code: string, part: 'numerator' | 'denominator', value: number, lang: Lang): string {
  const unit = PART_UNITS[code]?.[part === 'numerator' ? 0 : 1];
  if (!unit || !Number.isInteger(value)) return Number.isInteger(value) ? integer(value, lang) : decimal(value, lang, 2);
  return plural(lang, unit, value);
}

/**
 * An indicator's value with its unit where the number alone does not say
 * it: 2.1, a mean of stakeholders per Alliance (`22,0 acteurs par
 * Alliance`), and the counts of Alliances of 1.1 and 1.2 (`3 Alliances`).
 */
export function valueWithUnit(code: string, value: number, lang: Lang): string {
  if (code === '2.1') return t(lang, 'unit.actorsPerAlliance', { value: decimal(value, lang, 1) });
  if (indicatorDefinition(code)?.unit === 'alliances' && Number.isInteger(value)) return plural(lang, 'unit.alliances', value);
  return formatIndicator(code, value, lang);
}
