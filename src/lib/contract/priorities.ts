/**
 * National priorities of the 2024-2029 guide, plus `autre` for regional
 * priorities (data contract §4).
 */
import { fold, slugify } from '../common/text.ts';

export interface Priority {
  readonly code: string;
  readonly labelFr: string;
  readonly labelEn: string;
}

export const PRIORITIES: readonly Priority[] = [
  { code: 'securite-alimentaire', labelFr: 'Sécurité alimentaire', labelEn: 'Food security' },
  {
    code: 'prevention',
    labelFr: 'Prévention de la pauvreté et de l’exclusion sociale',
    labelEn: 'Preventing poverty and social exclusion',
  },
  { code: 'prejuges', labelFr: 'Lutte contre les préjugés', labelEn: 'Fighting prejudice' },
  {
    code: 'centres-villes',
    labelFr: 'Réalités et enjeux des centres-villes, dont l’itinérance',
    labelEn: 'Downtown realities and issues, including homelessness',
  },
  { code: 'autre', labelFr: 'Autre priorité régionale', labelEn: 'Other regional priority' },
];

const LOOKUP = new Map<string, Priority>();
for (const p of PRIORITIES) {
  LOOKUP.set(p.code, p);
  LOOKUP.set(slugify(p.labelFr), p);
}

/** A priority written by code or by its French label, ignoring case and accents. */
export function findPriority(input: string): Priority | undefined {
  return LOOKUP.get(slugify(input)) ?? LOOKUP.get(fold(input));
}

/** A priority's label in a language; the code itself when unknown, a dash when none. */
export function priorityLabel(code: string | null, lang: 'fr' | 'en'): string {
  if (code === null) return '—';
  const p = PRIORITIES.find((x) => x.code === code);
  return p ? (lang === 'fr' ? p.labelFr : p.labelEn) : code;
}
