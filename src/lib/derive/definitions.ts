/**
 * Every indicator of `indicateurs.csv` (data contract §3), defined once:
 * read by the pipeline, the datapackage and the pages.
 *
 * The contract fixes the formulas. The guide's own wording for the
 * indicators the Alliances report themselves (1.1, 1.2, 2.1, 2.3) was not
 * available to us: their titles are marked `provisionalTitle` and the
 * methodology page says so.
 */

export type IndicatorUnit = 'count' | 'dollars' | 'persons' | 'proportion' | 'change' | 'alliances' | 'number' | 'dollars-per-person' | 'per-1000';

export interface IndicatorDefinition {
  readonly code: string;
  readonly titleFr: string;
  readonly titleEn: string;
  readonly formulaFr: string;
  readonly formulaEn: string;
  /** Section of the program's guide, when the indicator is one of its §5.1. */
  readonly guideSection: string | null;
  readonly unit: IndicatorUnit;
  /** Computed from initiatives, reported by the Alliances, or initiatives over the ministry's `contexte` figures. */
  readonly source: 'initiatives' | 'reported' | 'contexte';
  /** Whether a `QC` (all of Québec) row exists. */
  readonly national: boolean;
  readonly provisionalTitle?: true;
}

const def = (d: IndicatorDefinition): IndicatorDefinition => d;

export const INDICATORS: readonly IndicatorDefinition[] = [
  def({ code: 'initiatives', titleFr: 'Initiatives soutenues', titleEn: 'Initiatives supported', formulaFr: "Nombre de lignes d'initiatives de l'année.", formulaEn: 'Number of initiative rows in the year.', guideSection: null, unit: 'count', source: 'initiatives', national: true }),
  def({ code: 'fqis', titleFr: 'Montants du FQIS versés', titleEn: 'FQIS amounts paid', formulaFr: 'Somme de montant_fqis.', formulaEn: 'Sum of montant_fqis.', guideSection: null, unit: 'dollars', source: 'initiatives', national: true }),
  def({ code: 'autres-contributions', titleFr: 'Autres contributions financières', titleEn: 'Other financial contributions', formulaFr: 'Somme de autres_contributions.', formulaEn: 'Sum of autres_contributions.', guideSection: null, unit: 'dollars', source: 'initiatives', national: true }),
  def({ code: '1.1', titleFr: "Alliances ayant un plan d'action régional concerté approuvé", titleEn: 'Alliances with an approved concerted regional action plan', formulaFr: "Déclaré oui/non par chaque Alliance. Valeur = nombre d'Alliances du territoire ayant répondu oui (numérateur) parmi celles qui ont répondu (dénominateur).", formulaEn: 'Reported yes/no by each Alliance. Value = number of Alliances of the territory that said yes (numerator) among those that reported (denominator).', guideSection: '5.1', unit: 'alliances', source: 'reported', national: true, provisionalTitle: true }),
  def({ code: '1.2', titleFr: 'Alliances ayant une instance de concertation régionale active', titleEn: 'Alliances with an active regional consultation body', formulaFr: "Déclaré oui/non par chaque Alliance. Valeur = nombre d'Alliances du territoire ayant répondu oui (numérateur) parmi celles qui ont répondu (dénominateur).", formulaEn: 'Reported yes/no by each Alliance. Value = number of Alliances of the territory that said yes (numerator) among those that reported (denominator).', guideSection: '5.1', unit: 'alliances', source: 'reported', national: true, provisionalTitle: true }),
  def({ code: '1.3', titleFr: "Variation des personnes rejointes par rapport à l'année précédente", titleEn: 'Change in persons reached since the previous year', formulaFr: "Numérateur = personnes rejointes (3.3) de l'année; dénominateur = personnes rejointes (3.3) de l'année précédente; valeur = numérateur / dénominateur − 1.", formulaEn: 'Numerator = persons reached (3.3) this year; denominator = persons reached (3.3) the previous year; value = numerator / denominator − 1.', guideSection: '5.1', unit: 'change', source: 'initiatives', national: true }),
  def({ code: '2.1', titleFr: "Partenaires mobilisés par l'Alliance", titleEn: 'Partners mobilised by the Alliance', formulaFr: 'Nombre déclaré par chaque Alliance. Pour une région : moyenne sur ses Alliances (numérateur = somme, dénominateur = Alliances ayant déclaré). Pas de valeur pour le Québec.', formulaEn: 'Number reported by each Alliance. For a region: mean over its Alliances (numerator = sum, denominator = Alliances that reported). No value for Québec.', guideSection: '5.1', unit: 'number', source: 'reported', national: false, provisionalTitle: true }),
  def({ code: '2.2', titleFr: "Initiatives qui répondent à une priorité du plan d'action régional", titleEn: 'Initiatives answering a priority of the regional action plan', formulaFr: "Dénominateur = initiatives des Alliances qui ont au moins une priorité régionale; numérateur = celles dont priorite_regionale correspond (sans égard à la casse, aux accents ni aux espaces autour) au code ou au libellé d'une priorité de leur propre Alliance.", formulaEn: "Denominator = initiatives of Alliances that have at least one regional priority; numerator = those whose priorite_regionale matches (ignoring case, accents and surrounding blanks) the code or title of one of their own Alliance's priorities.", guideSection: '5.1', unit: 'proportion', source: 'initiatives', national: true }),
  def({ code: '2.3', titleFr: 'Alliances associant des personnes en situation de pauvreté à leur gouvernance', titleEn: 'Alliances involving persons living in poverty in their governance', formulaFr: "Déclaré oui/non par chaque Alliance. Numérateur = Alliances ayant répondu oui; dénominateur = Alliances ayant répondu; valeur = numérateur / dénominateur.", formulaEn: 'Reported yes/no by each Alliance. Numerator = Alliances that said yes; denominator = Alliances that reported; value = numerator / denominator.', guideSection: '5.1', unit: 'proportion', source: 'reported', national: true, provisionalTitle: true }),
  def({ code: '2.4', titleFr: 'Initiatives qui mettent en commun des ressources', titleEn: 'Initiatives pooling resources', formulaFr: 'Dénominateur = initiatives qui déclarent mise_en_commun; numérateur = celles qui répondent oui.', formulaEn: 'Denominator = initiatives that report mise_en_commun; numerator = those that say yes.', guideSection: '5.1', unit: 'proportion', source: 'initiatives', national: true }),
  def({ code: '3.1', titleFr: 'Part des initiatives complétées', titleEn: 'Share of initiatives completed', formulaFr: 'Numérateur = initiatives au statut completee; dénominateur = toutes les initiatives.', formulaEn: 'Numerator = initiatives with status completee; denominator = all initiatives.', guideSection: '5.1', unit: 'proportion', source: 'initiatives', national: true }),
  def({ code: '3.1-demarrees', titleFr: 'Initiatives démarrées', titleEn: 'Initiatives started', formulaFr: 'Nombre d’initiatives au statut demarree.', formulaEn: 'Number of initiatives with status demarree.', guideSection: '5.1', unit: 'count', source: 'initiatives', national: true }),
  def({ code: '3.1-en-cours', titleFr: 'Initiatives en cours', titleEn: 'Initiatives ongoing', formulaFr: 'Nombre d’initiatives au statut en-cours.', formulaEn: 'Number of initiatives with status en-cours.', guideSection: '5.1', unit: 'count', source: 'initiatives', national: true }),
  def({ code: '3.1-completees', titleFr: 'Initiatives complétées', titleEn: 'Initiatives completed', formulaFr: 'Nombre d’initiatives au statut completee.', formulaEn: 'Number of initiatives with status completee.', guideSection: '5.1', unit: 'count', source: 'initiatives', national: true }),
  def({ code: '3.1-abandonnees', titleFr: 'Initiatives abandonnées', titleEn: 'Initiatives abandoned', formulaFr: 'Nombre d’initiatives au statut abandonnee.', formulaEn: 'Number of initiatives with status abandonnee.', guideSection: '5.1', unit: 'count', source: 'initiatives', national: true }),
  def({ code: '3.2', titleFr: 'Initiatives complétées qui ont atteint leurs cibles', titleEn: 'Completed initiatives that reached their targets', formulaFr: 'Dénominateur = initiatives complétées dont cibles_atteintes est déclaré; numérateur = celles qui répondent oui.', formulaEn: 'Denominator = completed initiatives that report cibles_atteintes; numerator = those that say yes.', guideSection: '5.1', unit: 'proportion', source: 'initiatives', national: true }),
  def({ code: '3.3', titleFr: 'Personnes rejointes', titleEn: 'Persons reached', formulaFr: 'Somme de personnes_rejointes sur les initiatives qui le déclarent.', formulaEn: 'Sum of personnes_rejointes over the initiatives that report it.', guideSection: '5.1', unit: 'persons', source: 'initiatives', national: true }),
  def({ code: '3.4', titleFr: 'Initiatives intersectorielles', titleEn: 'Cross-sector initiatives', formulaFr: 'Numérateur = initiatives portées par au moins 2 organisations et engageant au moins 2 secteurs distincts; dénominateur = toutes les initiatives.', formulaEn: 'Numerator = initiatives carried by at least 2 organisations and involving at least 2 distinct sectors; denominator = all initiatives.', guideSection: '5.1', unit: 'proportion', source: 'initiatives', national: true }),
  def({ code: 'fqis-par-habitant', titleFr: 'Montants du FQIS versés par habitant', titleEn: 'FQIS amounts paid per inhabitant', formulaFr: "Numérateur = montants du FQIS versés (fqis) de l'année; dénominateur = population de la région selon le fichier contexte de la même année. Pour le Québec : sommes sur les régions qui ont une ligne contexte.", formulaEn: 'Numerator = FQIS amounts paid (fqis) in the year; denominator = population of the region in the contexte file for the same year. For Québec: sums over the regions that have a contexte row.', guideSection: null, unit: 'dollars-per-person', source: 'contexte', national: true }),
  def({ code: 'fqis-par-personne-faible-revenu', titleFr: 'Montants du FQIS versés par personne à faible revenu', titleEn: 'FQIS amounts paid per person with low income', formulaFr: "Numérateur = montants du FQIS versés (fqis) de l'année; dénominateur = personnes vivant dans un ménage à faible revenu selon le fichier contexte. Pour le Québec : sommes sur les régions qui déclarent ce chiffre.", formulaEn: 'Numerator = FQIS amounts paid (fqis) in the year; denominator = persons living in a low-income household in the contexte file. For Québec: sums over the regions that give this figure.', guideSection: null, unit: 'dollars-per-person', source: 'contexte', national: true }),
  def({ code: '3.3-pour-1000', titleFr: 'Personnes rejointes pour 1 000 habitants', titleEn: 'Persons reached per 1,000 inhabitants', formulaFr: 'Valeur = 1 000 × personnes rejointes (3.3) / population de la région selon le fichier contexte. Pour le Québec : sommes sur les régions qui ont les deux chiffres.', formulaEn: 'Value = 1,000 × persons reached (3.3) / population of the region in the contexte file. For Québec: sums over the regions that have both figures.', guideSection: null, unit: 'per-1000', source: 'contexte', national: true }),
];

const BY_CODE = new Map(INDICATORS.map((d) => [d.code, d]));

export function indicatorDefinition(code: string): IndicatorDefinition | undefined {
  return BY_CODE.get(code);
}

/** Regional indicators `R.<code>` are defined by the partners' own rows. */
export function isRegionalIndicator(code: string): boolean {
  return code.startsWith('R.');
}
