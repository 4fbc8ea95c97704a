/**
 * Every indicator of `indicateurs.csv` (data contract §3), defined once:
 * read by the pipeline, the datapackage and the pages.
 *
 * The titles of the guide's indicators (§5.1) are its official French
 * wording (../shared/reference/facts.md); the English ones are our
 * translations, and the pages say so. The guide leaves the compilation rules
 * to later reporting tools: the formulas are the data contract's reading of
 * them (§3), and the methodology page says that too.
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
}

const def = (d: IndicatorDefinition): IndicatorDefinition => d;

export const INDICATORS: readonly IndicatorDefinition[] = [
  def({ code: 'initiatives', titleFr: 'Initiatives soutenues', titleEn: 'Initiatives supported', formulaFr: "Nombre de lignes d'initiatives de l'année.", formulaEn: 'Number of initiative rows in the year.', guideSection: null, unit: 'count', source: 'initiatives', national: true }),
  def({ code: 'fqis', titleFr: 'Montants du FQIS versés', titleEn: 'FQIS amounts paid', formulaFr: 'Somme de montant_fqis.', formulaEn: 'Sum of montant_fqis.', guideSection: null, unit: 'dollars', source: 'initiatives', national: true }),
  def({ code: 'autres-contributions', titleFr: 'Autres contributions financières', titleEn: 'Other financial contributions', formulaFr: 'Somme de autres_contributions.', formulaEn: 'Sum of autres_contributions.', guideSection: null, unit: 'dollars', source: 'initiatives', national: true }),
  def({ code: '1.1', titleFr: 'Nombre d’Alliances dont la gouvernance repose sur la concertation des acteurs régionaux et locaux pour identifier les besoins et le potentiel des milieux ainsi que pour garantir la réussite des projets', titleEn: 'Number of Alliances whose governance rests on the concerted action of regional and local stakeholders to identify the needs and potential of communities and to ensure the success of projects', formulaFr: "Déclaré oui/non par chaque Alliance. Valeur = nombre d'Alliances du territoire ayant répondu oui (numérateur) parmi celles qui ont répondu (dénominateur).", formulaEn: 'Reported yes/no by each Alliance. Value = number of Alliances of the territory that said yes (numerator) among those that reported (denominator).', guideSection: '5.1', unit: 'alliances', source: 'reported', national: true }),
  def({ code: '1.2', titleFr: 'Nombre d’Alliances qui disposent d’un mécanisme qui assure la participation des personnes en situation de pauvreté et d’exclusion sociale, dont aux instances de gouvernance', titleEn: 'Number of Alliances that have a mechanism ensuring the participation of persons living in poverty and social exclusion, including in governance bodies', formulaFr: "Déclaré oui/non par chaque Alliance. Valeur = nombre d'Alliances du territoire ayant répondu oui (numérateur) parmi celles qui ont répondu (dénominateur).", formulaEn: 'Reported yes/no by each Alliance. Value = number of Alliances of the territory that said yes (numerator) among those that reported (denominator).', guideSection: '5.1', unit: 'alliances', source: 'reported', national: true }),
  def({ code: '1.3', titleFr: 'Taux d’augmentation annuelle du nombre de personnes en situation de pauvreté et d’exclusion sociale soutenues par des projets financés par le FQIS', titleEn: 'Annual rate of increase in the number of persons living in poverty and social exclusion supported by projects funded by the FQIS', formulaFr: "Numérateur = personnes rejointes (3.3) de l'année; dénominateur = personnes rejointes (3.3) de l'année précédente; valeur = numérateur / dénominateur − 1.", formulaEn: 'Numerator = persons reached (3.3) this year; denominator = persons reached (3.3) the previous year; value = numerator / denominator − 1.', guideSection: '5.1', unit: 'change', source: 'initiatives', national: true }),
  def({ code: '2.1', titleFr: 'Représentativité des acteurs participant à la mise en œuvre', titleEn: 'Representativeness of the stakeholders taking part in the implementation', formulaFr: 'Nombre d’acteurs (partenaires) mobilisés dans la mise en œuvre, déclaré par chaque Alliance : ce tableau de bord lit la représentativité à travers ce nombre. Pour une région : moyenne sur ses Alliances (numérateur = somme, dénominateur = Alliances ayant déclaré). Pas de valeur pour le Québec.', formulaEn: 'Number of stakeholders (partners) mobilised in the implementation, reported by each Alliance: this dashboard reads representativeness through this number. For a region: mean over its Alliances (numerator = sum, denominator = Alliances that reported). No value for Québec.', guideSection: '5.1', unit: 'number', source: 'reported', national: false }),
  def({ code: '2.2', titleFr: 'Correspondance entre les initiatives soutenues et les priorités identifiées sur chaque territoire', titleEn: 'Match between the initiatives supported and the priorities identified in each territory', formulaFr: "Dénominateur = initiatives des Alliances qui ont au moins une priorité régionale; numérateur = celles dont priorite_regionale correspond (sans égard à la casse, aux accents ni aux espaces autour) au code ou au libellé d'une priorité de leur propre Alliance.", formulaEn: "Denominator = initiatives of Alliances that have at least one regional priority; numerator = those whose priorite_regionale matches (ignoring case, accents and surrounding blanks) the code or title of one of their own Alliance's priorities.", guideSection: '5.1', unit: 'proportion', source: 'initiatives', national: true }),
  def({ code: '2.3', titleFr: 'Proportion des plans d’action assurant la participation des personnes en situation de pauvreté', titleEn: 'Proportion of action plans ensuring the participation of persons living in poverty', formulaFr: "Déclaré oui/non par chaque Alliance. Numérateur = Alliances ayant répondu oui; dénominateur = Alliances ayant répondu; valeur = numérateur / dénominateur.", formulaEn: 'Reported yes/no by each Alliance. Numerator = Alliances that said yes; denominator = Alliances that reported; value = numerator / denominator.', guideSection: '5.1', unit: 'proportion', source: 'reported', national: true }),
  def({ code: '2.4', titleFr: 'Proportion des projets qui incluent la mise en commun des ressources humaines et matérielles', titleEn: 'Proportion of projects that include the pooling of human and material resources', formulaFr: 'Dénominateur = initiatives qui déclarent mise_en_commun; numérateur = celles qui répondent oui.', formulaEn: 'Denominator = initiatives that report mise_en_commun; numerator = those that say yes.', guideSection: '5.1', unit: 'proportion', source: 'initiatives', national: true }),
  def({ code: '3.1', titleFr: 'Nombre d’initiatives soutenues, en cours et complétées par rapport à celles démarrées', titleEn: 'Number of initiatives supported, ongoing and completed relative to those started', formulaFr: "Ce tableau de bord en retient la part des initiatives complétées : numérateur = initiatives au statut completee; dénominateur = toutes les initiatives de l'année. Le nombre d'initiatives de chaque statut (démarrées, en cours, complétées, abandonnées) est donné à part.", formulaEn: 'This dashboard reports the share of initiatives completed: numerator = initiatives with status completee; denominator = all initiatives of the year. The number of initiatives of each status (started, ongoing, completed, abandoned) is given separately.', guideSection: '5.1', unit: 'proportion', source: 'initiatives', national: true }),
  def({ code: '3.1-demarrees', titleFr: 'Initiatives démarrées', titleEn: 'Initiatives started', formulaFr: 'Nombre d’initiatives au statut demarree.', formulaEn: 'Number of initiatives with status demarree.', guideSection: '5.1', unit: 'count', source: 'initiatives', national: true }),
  def({ code: '3.1-en-cours', titleFr: 'Initiatives en cours', titleEn: 'Initiatives ongoing', formulaFr: 'Nombre d’initiatives au statut en-cours.', formulaEn: 'Number of initiatives with status en-cours.', guideSection: '5.1', unit: 'count', source: 'initiatives', national: true }),
  def({ code: '3.1-completees', titleFr: 'Initiatives complétées', titleEn: 'Initiatives completed', formulaFr: 'Nombre d’initiatives au statut completee.', formulaEn: 'Number of initiatives with status completee.', guideSection: '5.1', unit: 'count', source: 'initiatives', national: true }),
  def({ code: '3.1-abandonnees', titleFr: 'Initiatives abandonnées', titleEn: 'Initiatives abandoned', formulaFr: 'Nombre d’initiatives au statut abandonnee.', formulaEn: 'Number of initiatives with status abandonnee.', guideSection: '5.1', unit: 'count', source: 'initiatives', national: true }),
  def({ code: '3.2', titleFr: 'Proportion des initiatives qui atteignent leurs cibles et objectifs', titleEn: 'Proportion of initiatives that reach their targets and objectives', formulaFr: 'Dénominateur = initiatives complétées dont cibles_atteintes est déclaré; numérateur = celles qui répondent oui.', formulaEn: 'Denominator = completed initiatives that report cibles_atteintes; numerator = those that say yes.', guideSection: '5.1', unit: 'proportion', source: 'initiatives', national: true }),
  def({ code: '3.3', titleFr: 'Nombre de personnes directement rejointes par les projets et les initiatives', titleEn: 'Number of persons directly reached by the projects and initiatives', formulaFr: 'Somme de personnes_rejointes sur les initiatives qui le déclarent.', formulaEn: 'Sum of personnes_rejointes over the initiatives that report it.', guideSection: '5.1', unit: 'persons', source: 'initiatives', national: true }),
  def({ code: '3.4', titleFr: 'Proportion d’initiatives intersectorielles qui sont portées par plusieurs organisations différentes', titleEn: 'Proportion of cross-sector initiatives carried by several different organisations', formulaFr: 'Numérateur = initiatives portées par au moins 2 organisations et engageant au moins 2 secteurs distincts; dénominateur = toutes les initiatives.', formulaEn: 'Numerator = initiatives carried by at least 2 organisations and involving at least 2 distinct sectors; denominator = all initiatives.', guideSection: '5.1', unit: 'proportion', source: 'initiatives', national: true }),
  def({ code: 'fqis-par-habitant', titleFr: 'Montants du FQIS versés par habitant', titleEn: 'FQIS amounts paid per inhabitant', formulaFr: "Numérateur = montants du FQIS versés (fqis) de l'année; dénominateur = population de la région selon le fichier contexte de la même année. Pour le Québec : sommes sur les régions qui ont une ligne contexte.", formulaEn: 'Numerator = FQIS amounts paid (fqis) in the year; denominator = population of the region in the contexte file for the same year. For Québec: sums over the regions that have a contexte row.', guideSection: null, unit: 'dollars-per-person', source: 'contexte', national: true }),
  def({ code: 'fqis-par-personne-faible-revenu', titleFr: 'Montants du FQIS versés par personne à faible revenu', titleEn: 'FQIS amounts paid per person with low income', formulaFr: "Numérateur = montants du FQIS versés (fqis) de l'année; dénominateur = personnes vivant dans un ménage à faible revenu selon le fichier contexte. Pour le Québec : sommes sur les régions qui déclarent ce chiffre.", formulaEn: 'Numerator = FQIS amounts paid (fqis) in the year; denominator = persons living in a low-income household in the contexte file. For Québec: sums over the regions that give this figure.', guideSection: null, unit: 'dollars-per-person', source: 'contexte', national: true }),
  def({ code: '3.3-pour-1000', titleFr: 'Personnes rejointes pour 1 000 habitants', titleEn: 'Persons reached per 1,000 inhabitants', formulaFr: 'Valeur = 1 000 × personnes rejointes (3.3) / population de la région selon le fichier contexte. Pour le Québec : sommes sur les régions qui ont les deux chiffres.', formulaEn: 'Value = 1,000 × persons reached (3.3) / population of the region in the contexte file. For Québec: sums over the regions that have both figures.', guideSection: null, unit: 'per-1000', source: 'contexte', national: true }),
];

const BY_CODE = new Map(INDICATORS.map((d) => [d.code, d]));

export function indicatorDefinition(code: string): IndicatorDefinition | undefined {
  return BY_CODE.get(code);
}

/**
 * A frozen edition's definitions with today's titles: the guide's official
 * wording replaces the labels an edition was frozen with (some marked
 * provisional then); its formulas, what it computed, stay as they were.
 */
export function withOfficialTitles(frozen: ReadonlyArray<IndicatorDefinition & { provisionalTitle?: true }>): IndicatorDefinition[] {
  return frozen.map(({ provisionalTitle: _, ...d }) => {
    const now = BY_CODE.get(d.code);
    return now && now.guideSection !== null ? { ...d, titleFr: now.titleFr, titleEn: now.titleEn } : d;
  });
}

/**
 * An indicator's code as the pages show it: the guide's number. The counts
 * by status (`3.1-abandonnees`) are parts of 3.1, and their titles say which.
 */
export function shownCode(code: string): string {
  return /^(3\.1)-(demarrees|en-cours|completees|abandonnees)$/.exec(code)?.[1] ?? code;
}

/** Regional indicators `R.<code>` are defined by the partners' own rows. */
export function isRegionalIndicator(code: string): boolean {
  return code.startsWith('R.');
}
