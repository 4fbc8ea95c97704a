/** An indicator's value as a reader expects it, from its unit in the definitions module. */
import { indicatorDefinition } from '../lib/derive/definitions.ts';
import type { Lang } from './format.ts';
import { change, decimal, integer, money, moneyCents, percent } from './format.ts';

export function formatIndicator(code: string, value: number, lang: Lang): string {
  switch (indicatorDefinition(code)?.unit ?? 'number') {
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
