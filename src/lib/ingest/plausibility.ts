/**
 * Plausibility of an initiative (contract §1.5): values that are possible
 * but unusual enough to be checked by a person. The row is kept and
 * published; the ingest warns about each finding (rules.ts) and the
 * data-quality page lists them (derive/plausibility.ts). One list of rules,
 * read by both, so the page never says what the report does not.
 */
import { LONG_TEXT_MAX, TITLE_MAX, charLength } from '../common/text.ts';
import type { ContexteRow, InitiativeRow } from './types.ts';
import type { Cause } from '../contract/reasons.ts';

/** Above this, a year's FQIS amount for one initiative is unusual (whatever the envelope). */
export const PLAUSIBLE_AMOUNT = 1_000_000;
/** Start dates the contract finds usual (§1.5): up to the end of the 2024-2029 program. */
export const START_FROM = '2017-04-01';
export const START_TO = '2029-10-31';
/** End dates up to five years after the program's end. */
export const END_TO = '2034-10-31';

export type PlausibilityRule =
  | 'montant-enveloppe'
  | 'montant-eleve'
  | 'personnes-population'
  | 'date-debut-tot'
  | 'date-debut-tard'
  | 'date-fin-tard'
  | 'titre-long'
  | 'description-longue'
  | 'resultats-longs';

/** The rules in the order the report and the page list them. */
export const PLAUSIBILITY_RULES: readonly PlausibilityRule[] = [
  'montant-enveloppe',
  'montant-eleve',
  'personnes-population',
  'date-debut-tot',
  'date-debut-tard',
  'date-fin-tard',
  'titre-long',
  'description-longue',
  'resultats-longs',
];

export interface Finding {
  readonly rule: PlausibilityRule;
  /** The canonical column the finding is about. */
  readonly column: keyof InitiativeRow;
  /** The figure it was compared with (the envelope, the population, a length), if any. */
  readonly reference?: number;
}

export type PlausibilityRow = Pick<InitiativeRow, 'montant_fqis' | 'personnes_rejointes' | 'date_debut' | 'date_fin' | 'titre' | 'description' | 'resultats'>;

/**
 * What is unusual in an initiative, given its Alliance's five-year envelope
 * and its region's population that year (null when not known). An amount
 * above the envelope is reported as such, not also as above 1 000 000 $.
 */
export function plausibilityFindings(row: Partial<PlausibilityRow>, envelope: number | null, population: number | null): Finding[] {
  const found: Finding[] = [];
  const amount = row.montant_fqis;
  if (typeof amount === 'number') {
    if (envelope !== null && amount > envelope) found.push({ rule: 'montant-enveloppe', column: 'montant_fqis', reference: envelope });
    else if (amount > PLAUSIBLE_AMOUNT) found.push({ rule: 'montant-eleve', column: 'montant_fqis', reference: PLAUSIBLE_AMOUNT });
  }
  const persons = row.personnes_rejointes;
  if (typeof persons === 'number' && population !== null && persons > population) {
    found.push({ rule: 'personnes-population', column: 'personnes_rejointes', reference: population });
  }
  const start = row.date_debut;
  if (typeof start === 'string') {
    if (start < START_FROM) found.push({ rule: 'date-debut-tot', column: 'date_debut' });
    else if (start > START_TO) found.push({ rule: 'date-debut-tard', column: 'date_debut' });
  }
  const end = row.date_fin;
  if (typeof end === 'string' && end > END_TO) found.push({ rule: 'date-fin-tard', column: 'date_fin' });
  const long = (column: 'titre' | 'description' | 'resultats', rule: PlausibilityRule, max: number): void => {
    const text = row[column];
    if (typeof text === 'string' && text.length > max) {
      const length = charLength(text);
      if (length > max) found.push({ rule, column, reference: length });
    }
  };
  long('titre', 'titre-long', TITLE_MAX);
  long('description', 'description-longue', LONG_TEXT_MAX);
  long('resultats', 'resultats-longs', LONG_TEXT_MAX);
  return found;
}

/** The report's cause for a finding (the row is kept): the catalogue writes it (src/lib/contract/reasons.ts). */
export function findingCause(f: Finding): Cause {
  switch (f.rule) {
    case 'montant-enveloppe':
      return { code: 'montant-enveloppe', params: { envelope: f.reference ?? 0 } };
    case 'montant-eleve':
      return { code: 'montant-eleve' };
    case 'personnes-population':
      return { code: 'personnes-population', params: { population: f.reference ?? 0 } };
    case 'date-debut-tot':
    case 'date-debut-tard':
    case 'date-fin-tard':
      return { code: f.rule };
    case 'titre-long':
      return { code: 'titre-long', params: { length: f.reference ?? 0 } };
    case 'description-longue':
    case 'resultats-longs':
      return { code: 'texte-long', params: { length: f.reference ?? 0 } };
  }
}

/** `annee` and region → population, from the contexte rows. */
export type Populations = ReadonlyMap<string, number>;

export const populationKey = (annee: string, region: string): string => `${annee}\u0000${region}`;

export function populationIndex(rows: readonly Pick<ContexteRow, 'annee' | 'region' | 'population'>[]): Populations {
  return new Map(rows.map((r) => [populationKey(r.annee, r.region), r.population]));
}
