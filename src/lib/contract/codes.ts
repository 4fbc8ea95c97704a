/** Closed code lists of the data contract §1.2 (statuses, sectors, targets). */

export const STATUSES = ['demarree', 'en-cours', 'completee', 'abandonnee'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, { fr: string; en: string }> = {
  demarree: { fr: 'Démarrée', en: 'Started' },
  'en-cours': { fr: 'En cours', en: 'Ongoing' },
  completee: { fr: 'Complétée', en: 'Completed' },
  abandonnee: { fr: 'Abandonnée', en: 'Abandoned' },
};

export const SECTORS = [
  'communautaire',
  'municipal',
  'sante',
  'education',
  'emploi',
  'habitation',
  'affaires',
  'philanthropie',
  'autre',
] as const;
export type Sector = (typeof SECTORS)[number];

/** Sector names as the catalogue's facets and the practice pages show them. */
export const SECTOR_LABELS: Record<Sector, { fr: string; en: string }> = {
  communautaire: { fr: 'Communautaire', en: 'Community' },
  municipal: { fr: 'Municipal', en: 'Municipal' },
  sante: { fr: 'Santé et services sociaux', en: 'Health and social services' },
  education: { fr: 'Éducation', en: 'Education' },
  emploi: { fr: 'Emploi', en: 'Employment' },
  habitation: { fr: 'Habitation', en: 'Housing' },
  affaires: { fr: 'Affaires', en: 'Business' },
  philanthropie: { fr: 'Philanthropie', en: 'Philanthropy' },
  autre: { fr: 'Autre', en: 'Other' },
};

export const TARGETS = ['oui', 'non', 'partiellement'] as const;
export type Target = (typeof TARGETS)[number];

export const TARGET_LABELS: Record<Target, { fr: string; en: string }> = {
  oui: { fr: 'Oui', en: 'Yes' },
  non: { fr: 'Non', en: 'No' },
  partiellement: { fr: 'Partiellement', en: 'Partly' },
};

/** Indicators the partners report themselves (contract §1.2, `indicateurs`). */
export const REPORTED_YES_NO = ['1.1', '1.2', '2.3'] as const;
export const REPORTED_NUMBER = ['2.1'] as const;
