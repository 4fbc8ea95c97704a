/**
 * What each column accepts, in words a partner reads (the list of codes
 * with their labels, or the format with examples), and the accepted value
 * closest to one that was refused (« vous vouliez dire « completee »
 * (Complétée) ? »). One source for `npm run validate`, the checker
 * (`/verifier/`) and the partners' guide (`/partenaires/`).
 *
 * The closest value is only offered when one is near: a typo (edit
 * distance, the `leven` library, relative to the length), the start of a
 * longer name (« Gaspésie » for Gaspésie–Îles-de-la-Madeleine), a known
 * other word for a status (« finie », « terminé » for completee), or a
 * date written month first. Nothing is guessed beyond that.
 */
import leven from 'leven';
import { fold, slugify } from '../common/text.ts';
import { SCHEMAS } from './columns.ts';
import type { ColumnType } from './columns.ts';
import { SECTORS, SECTOR_LABELS, STATUSES, STATUS_LABELS, TARGETS, TARGET_LABELS } from './codes.ts';
import { mrcsOfRegion } from './mrc.ts';
import { PRIORITIES } from './priorities.ts';
import { REGIONS, regionByCode } from './regions.ts';
import type { Cause, ReasonLang } from './reasons.ts';

/** An accepted code and what it means, in the reader's language. */
export interface AcceptedValue {
  readonly code: string;
  readonly label: string;
}

/** What a column accepts: a closed list of codes, or a format described with examples. */
export interface Accepted {
  /** The codes, when the list is closed (statuses, regions, priorities…). */
  readonly values: readonly AcceptedValue[];
  /** The format in words (« un montant en dollars, positif ou nul »), when the column takes free values. */
  readonly format: string;
  /** Examples of accepted values, as written in a file. */
  readonly examples: readonly string[];
}

type Text = { readonly fr: string; readonly en: string };

const FORMATS: Partial<Record<ColumnType, { text: Text; examples: readonly string[] }>> = {
  amount: {
    text: { fr: 'un montant en dollars, positif ou nul, sans texte', en: 'an amount in dollars, zero or more, without text' },
    examples: ['12500', '12 500,50 $', '12,500.50'],
  },
  count: { text: { fr: 'un nombre entier, positif ou nul', en: 'a whole number, zero or more' }, examples: ['1234', '1 234'] },
  'positive-count': { text: { fr: 'un nombre entier, 1 ou plus', en: 'a whole number, 1 or more' }, examples: ['1', '12'] },
  date: {
    text: { fr: 'une date, le jour avant le mois quand il est écrit en premier', en: 'a date, the day before the month when it comes first' },
    examples: ['2025-03-31', '31/03/2025', '2025/03/31'],
  },
  year: { text: { fr: 'une année de reddition de comptes : deux années qui se suivent', en: 'a reporting year: two consecutive years' }, examples: ['2024-2025'] },
  'yes-no': { text: { fr: 'oui ou non; vide si ce n’est pas connu', en: 'oui or non (yes or no); empty if not known' }, examples: ['oui', 'non', 'o', 'n', 'yes', 'no', '1', '0'] },
  url: { text: { fr: 'une adresse Web complète, qui commence par https:// ou http://', en: 'a full web address, starting with https:// or http://' }, examples: ['https://exemple.org'] },
  indicator: {
    text: { fr: 'le numéro d’un indicateur du guide, ou R. suivi d’un code court pour un indicateur régional', en: 'the number of one of the guide’s indicators, or R. followed by a short code for a regional indicator' },
    examples: ['1.1', '1.2', '2.1', '2.3', 'R.logement'],
  },
  'mrc-list': { text: { fr: 'des noms de MRC séparés par une barre verticale |; vide si toute la région', en: 'MRC names separated by a vertical bar |; empty if region-wide' }, examples: ['Maskinongé | Les Chenaux'] },
  identifier: { text: { fr: 'un identifiant court, unique', en: 'a short identifier, unique' }, examples: ['INI-001'] },
};

const INDICATOR_VALUE: Record<'yes-no' | 'whole' | 'number', { text: Text; examples: readonly string[] }> = {
  'yes-no': { text: { fr: 'oui ou non (indicateurs 1.1, 1.2 et 2.3)', en: 'oui or non, yes or no (indicators 1.1, 1.2 and 2.3)' }, examples: ['oui', 'non'] },
  whole: { text: { fr: 'un nombre entier, positif ou nul (indicateur 2.1)', en: 'a whole number, zero or more (indicator 2.1)' }, examples: ['12'] },
  number: { text: { fr: 'un nombre (indicateur régional R.*)', en: 'a number (regional indicator R.*)' }, examples: ['12', '12,5'] },
};

/**
 * The canonical column's type: the same name has the same type in every
 * kind, but `alliance`, an identifier in the Alliances' own file and a
 * reference to one elsewhere (where its reasons are given).
 */
export function columnType(column: string): ColumnType | null {
  if (column === 'alliance') return 'alliance';
  for (const columns of Object.values(SCHEMAS)) {
    const found = columns.find((c) => c.name === column);
    if (found) return found.type;
  }
  return null;
}

function codes(type: ColumnType, lang: ReasonLang, cause: Cause): AcceptedValue[] {
  switch (type) {
    case 'status':
      return STATUSES.map((code) => ({ code, label: STATUS_LABELS[code][lang] }));
    case 'priority':
      return PRIORITIES.map((p) => ({ code: p.code, label: lang === 'fr' ? p.labelFr : p.labelEn }));
    case 'region':
      return REGIONS.map((r) => ({ code: r.code, label: r.name }));
    case 'targets':
      return TARGETS.map((code) => ({ code, label: TARGET_LABELS[code][lang] }));
    case 'sector-list':
      return SECTORS.map((code) => ({ code, label: SECTOR_LABELS[code][lang] }));
    case 'alliance': {
      const ids = list(cause, 'alliances');
      const names = list(cause, 'names');
      return ids.map((code, i) => ({ code, label: names[i] ?? '' }));
    }
    case 'mrc-list': {
      const region = String(cause.params?.['region'] ?? '');
      return region === '' ? [] : mrcsOfRegion(region).map((m) => ({ code: m.name, label: '' }));
    }
    default:
      return [];
  }
}

function list(cause: Cause, name: string): string[] {
  const v = cause.params?.[name];
  return Array.isArray(v) ? v.map(String) : [];
}

/**
 * What the cause's column accepts, in a language; null when the reason is
 * not about a value's form (a duplicate key, a date after another).
 */
export function acceptedFor(cause: Cause, lang: ReasonLang, indicator?: string): Accepted | null {
  if (cause.column === undefined) return null;
  const type = columnType(cause.column);
  if (type === null) return null;
  if (type === 'indicator-value') {
    const which = indicator === undefined ? null : ['1.1', '1.2', '2.3'].includes(indicator) ? 'yes-no' : indicator === '2.1' ? 'whole' : 'number';
    if (which === null) return null;
    const f = INDICATOR_VALUE[which];
    return { values: [], format: f.text[lang], examples: f.examples };
  }
  const values = codes(type, lang, cause);
  const format = FORMATS[type];
  if (values.length === 0 && format === undefined) return null;
  return { values, format: format?.text[lang] ?? '', examples: format?.examples ?? [] };
}

/** Other words partners write for a status (folded, dashes for spaces): a suggestion, never read as the status. */
const STATUS_WORDS: Readonly<Record<string, (typeof STATUSES)[number]>> = Object.fromEntries(
  (
    [
      ['completee', ['fini', 'finie', 'finis', 'finies', 'termine', 'terminee', 'terminees', 'acheve', 'achevee', 'complete', 'completes', 'complet', 'realise', 'realisee', 'ferme', 'fermee', 'clos', 'close', 'cloture', 'cloturee', 'done', 'finished', 'completed', 'closed']],
      ['demarree', ['demarre', 'debute', 'debutee', 'commence', 'commencee', 'lance', 'lancee', 'nouveau', 'nouvelle', 'started', 'new']],
      ['en-cours', ['cours', 'en-cour', 'encours', 'en-realisation', 'en-cours-de-realisation', 'actif', 'active', 'ongoing', 'in-progress', 'underway', 'current']],
      ['abandonnee', ['abandonne', 'annule', 'annulee', 'arrete', 'arretee', 'cancelled', 'canceled', 'abandoned', 'stopped']],
    ] as const
  ).flatMap(([code, words]) => words.map((w) => [w, code] as const)),
);

/** A candidate a refused value may be near: the text compared, and the value to suggest. */
interface Candidate {
  readonly text: string;
  readonly value: AcceptedValue;
}

function candidates(type: ColumnType, lang: ReasonLang, cause: Cause): Candidate[] {
  const values = codes(type, lang, cause);
  const out: Candidate[] = [];
  for (const v of values) {
    out.push({ text: slugify(v.code), value: v });
    if (v.label !== '') out.push({ text: slugify(v.label), value: v });
  }
  // The French labels too on an English page: partners write French.
  if (lang === 'en') for (const v of codes(type, 'fr', cause)) if (v.label !== '') out.push({ text: slugify(v.label), value: values.find((x) => x.code === v.code) ?? v });
  return out;
}

/** How far a typo may go: one letter in a short word, two from 6 letters, three from 12. */
const tolerance = (length: number): number => (length < 4 ? 0 : length < 6 ? 1 : length < 12 ? 2 : 3);

/**
 * The accepted value closest to a refused one, when one is near; null
 * otherwise (`18` for a region: no region is near, and none is guessed).
 */
export function closestValue(cause: Cause, value: string, lang: ReasonLang): AcceptedValue | null {
  if (cause.column === undefined) return null;
  const type = columnType(cause.column);
  if (type === null) return null;
  if (type === 'date' && cause.code === 'date-mois-premier') {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
    return m ? { code: `${m[2]!.padStart(2, '0')}/${m[1]!.padStart(2, '0')}/${m[3]}`, label: '' } : null;
  }
  // A list's refused item is in the cause (`secteur inconnu : « X »`, `MRC inconnue : « X »`).
  const item = typeof cause.params?.['item'] === 'string' ? (cause.params['item'] as string) : value;
  const typed = slugify(item);
  if (typed === '') return null;
  if (type === 'status') {
    const code = STATUS_WORDS[typed] ?? STATUS_WORDS[typed.replace(/s$/, '')];
    if (code) return { code, label: STATUS_LABELS[code][lang] };
  }
  const all = candidates(type, lang, cause);
  if (all.length === 0) return null;
  // The start of one name only (at least 4 letters): « Gaspésie–Îles » for Gaspésie–Îles-de-la-Madeleine.
  if (typed.length >= 4 && !/^\d+$/.test(typed)) {
    const starting = new Set(all.filter((c) => c.text.startsWith(typed) || (typed.startsWith(c.text) && c.text.length >= 4)).map((c) => c.value.code));
    if (starting.size === 1) return all.find((c) => starting.has(c.value.code))!.value;
  }
  let best: { value: AcceptedValue; distance: number } | null = null;
  let tie = false;
  for (const c of all) {
    const max = tolerance(Math.max(c.text.length, typed.length));
    if (max === 0) continue;
    const d = leven(typed, c.text, { maxDistance: max + 1 });
    if (d > max) continue;
    if (best === null || d < best.distance) {
      best = { value: c.value, distance: d };
      tie = false;
    } else if (d === best.distance && c.value.code !== best.value.code) tie = true;
  }
  return best !== null && !tie ? best.value : null;
}

/** Region codes are written `01`…`17`: a value such as `4` is read, `18` is not a region. */
export function regionName(code: string): string {
  return regionByCode(code)?.name ?? code;
}

/** Folded comparison of two values (suggestion equal to what was written: none). */
export function sameValue(a: string, b: string): boolean {
  return fold(a) === fold(b);
}
