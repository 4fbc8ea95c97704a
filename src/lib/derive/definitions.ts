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
  def({ code: 'initiatives', titleFr: 'Initiatives soutenues', titleEn: 'Initiatives supported', formulaFr: 'Nombre d’initiatives déclarées pour l’année.', formulaEn: 'Number of initiatives reported for the year.', guideSection: null, unit: 'count', source: 'initiatives', national: true }),
  def({ code: 'fqis', titleFr: 'Montants du FQIS versés', titleEn: 'FQIS amounts paid', formulaFr: 'Somme des montants du FQIS versés aux initiatives de l’année, en dollars.', formulaEn: 'Sum of the FQIS amounts paid to the year’s initiatives, in dollars.', guideSection: null, unit: 'dollars', source: 'initiatives', national: true }),
  def({ code: 'autres-contributions', titleFr: 'Autres contributions financières', titleEn: 'Other financial contributions', formulaFr: 'Somme des autres contributions financières (hors FQIS) aux initiatives de l’année, en dollars.', formulaEn: 'Sum of the other financial contributions (besides the FQIS) to the year’s initiatives, in dollars.', guideSection: null, unit: 'dollars', source: 'initiatives', national: true }),
  def({ code: '1.1', titleFr: 'Nombre d’Alliances dont la gouvernance repose sur la concertation des acteurs régionaux et locaux pour identifier les besoins et le potentiel des milieux ainsi que pour garantir la réussite des projets', titleEn: 'Number of Alliances whose governance rests on the concerted action of regional and local stakeholders to identify the needs and potential of communities and to ensure the success of projects', formulaFr: 'Déclaré oui ou non par chaque Alliance. Valeur\u00a0= nombre d’Alliances du territoire ayant répondu oui (numérateur) parmi celles qui ont répondu (dénominateur).', formulaEn: 'Reported yes or no by each Alliance. Value = number of Alliances of the territory that said yes (numerator) among those that reported (denominator).', guideSection: '5.1', unit: 'alliances', source: 'reported', national: true }),
  def({ code: '1.2', titleFr: 'Nombre d’Alliances qui disposent d’un mécanisme qui assure la participation des personnes en situation de pauvreté et d’exclusion sociale, dont aux instances de gouvernance', titleEn: 'Number of Alliances that have a mechanism ensuring the participation of persons living in poverty and social exclusion, including in governance bodies', formulaFr: 'Déclaré oui ou non par chaque Alliance. Valeur\u00a0= nombre d’Alliances du territoire ayant répondu oui (numérateur) parmi celles qui ont répondu (dénominateur).', formulaEn: 'Reported yes or no by each Alliance. Value = number of Alliances of the territory that said yes (numerator) among those that reported (denominator).', guideSection: '5.1', unit: 'alliances', source: 'reported', national: true }),
  def({ code: '1.3', titleFr: 'Taux d’augmentation annuelle du nombre de personnes en situation de pauvreté et d’exclusion sociale soutenues par des projets financés par le FQIS', titleEn: 'Annual rate of increase in the number of persons living in poverty and social exclusion supported by projects funded by the FQIS', formulaFr: 'Numérateur\u00a0= personnes rejointes (3.3) de l’année; dénominateur\u00a0= personnes rejointes (3.3) de l’année précédente; valeur\u00a0= numérateur / dénominateur − 1, en pourcentage.', formulaEn: 'Numerator = persons reached (3.3) this year; denominator = persons reached (3.3) the previous year; value = numerator / denominator − 1, as a percentage.', guideSection: '5.1', unit: 'change', source: 'initiatives', national: true }),
  def({ code: '2.1', titleFr: 'Représentativité des acteurs participant à la mise en œuvre', titleEn: 'Representativeness of the stakeholders taking part in the implementation', formulaFr: 'Nombre d’acteurs (partenaires) mobilisés dans la mise en œuvre, déclaré par chaque Alliance\u00a0: ce tableau de bord lit la représentativité à travers ce nombre. Pour une région\u00a0: nombre moyen d’acteurs par Alliance (numérateur\u00a0= acteurs déclarés par ses Alliances, additionnés; dénominateur\u00a0= Alliances ayant déclaré ce nombre). Pas de valeur pour le Québec.', formulaEn: 'Number of stakeholders (partners) mobilised in the implementation, reported by each Alliance: this dashboard reads representativeness through this number. For a region: mean number of stakeholders per Alliance (numerator = stakeholders reported by its Alliances, added up; denominator = Alliances that reported this number). No value for Québec.', guideSection: '5.1', unit: 'number', source: 'reported', national: false }),
  def({ code: '2.2', titleFr: 'Correspondance entre les initiatives soutenues et les priorités identifiées sur chaque territoire', titleEn: 'Match between the initiatives supported and the priorities identified in each territory', formulaFr: 'Dénominateur\u00a0= initiatives des Alliances qui ont au moins une priorité régionale; numérateur\u00a0= celles dont la priorité régionale inscrite correspond (sans égard à la casse, aux accents ni aux espaces autour) au code ou au libellé d’une priorité de leur propre Alliance.', formulaEn: 'Denominator = initiatives of Alliances that have at least one regional priority; numerator = those whose stated regional priority matches (ignoring case, accents and surrounding blanks) the code or title of one of their own Alliance’s priorities.', guideSection: '5.1', unit: 'proportion', source: 'initiatives', national: true }),
  def({ code: '2.3', titleFr: 'Proportion des plans d’action assurant la participation des personnes en situation de pauvreté', titleEn: 'Proportion of action plans ensuring the participation of persons living in poverty', formulaFr: 'Déclaré oui ou non par chaque Alliance. Numérateur\u00a0= Alliances ayant répondu oui; dénominateur\u00a0= Alliances ayant répondu; valeur\u00a0= numérateur / dénominateur, en pourcentage.', formulaEn: 'Reported yes or no by each Alliance. Numerator = Alliances that said yes; denominator = Alliances that reported; value = numerator / denominator, as a percentage.', guideSection: '5.1', unit: 'proportion', source: 'reported', national: true }),
  def({ code: '2.4', titleFr: 'Proportion des projets qui incluent la mise en commun des ressources humaines et matérielles', titleEn: 'Proportion of projects that include the pooling of human and material resources', formulaFr: 'Dénominateur\u00a0= initiatives qui disent si elles mettent en commun des ressources humaines et matérielles; numérateur\u00a0= celles qui répondent oui.', formulaEn: 'Denominator = initiatives that say whether they pool human and material resources; numerator = those that say yes.', guideSection: '5.1', unit: 'proportion', source: 'initiatives', national: true }),
  def({ code: '3.1', titleFr: 'Nombre d’initiatives soutenues, en cours et complétées par rapport à celles démarrées', titleEn: 'Number of initiatives supported, ongoing and completed relative to those started', formulaFr: 'Ce tableau de bord en retient la part des initiatives complétées\u00a0: numérateur\u00a0= initiatives complétées; dénominateur\u00a0= toutes les initiatives de l’année. Le nombre d’initiatives démarrées, en cours, complétées et abandonnées est donné à part.', formulaEn: 'This dashboard reports the share of initiatives completed: numerator = completed initiatives; denominator = all initiatives of the year. The number of initiatives started, ongoing, completed and abandoned is given separately.', guideSection: '5.1', unit: 'proportion', source: 'initiatives', national: true }),
  def({ code: '3.1-demarrees', titleFr: 'Initiatives démarrées', titleEn: 'Initiatives started', formulaFr: 'Nombre d’initiatives démarrées dans l’année.', formulaEn: 'Number of initiatives started in the year.', guideSection: '5.1', unit: 'count', source: 'initiatives', national: true }),
  def({ code: '3.1-en-cours', titleFr: 'Initiatives en cours', titleEn: 'Initiatives ongoing', formulaFr: 'Nombre d’initiatives en cours.', formulaEn: 'Number of initiatives ongoing.', guideSection: '5.1', unit: 'count', source: 'initiatives', national: true }),
  def({ code: '3.1-completees', titleFr: 'Initiatives complétées', titleEn: 'Initiatives completed', formulaFr: 'Nombre d’initiatives complétées.', formulaEn: 'Number of initiatives completed.', guideSection: '5.1', unit: 'count', source: 'initiatives', national: true }),
  def({ code: '3.1-abandonnees', titleFr: 'Initiatives abandonnées', titleEn: 'Initiatives abandoned', formulaFr: 'Nombre d’initiatives abandonnées.', formulaEn: 'Number of initiatives abandoned.', guideSection: '5.1', unit: 'count', source: 'initiatives', national: true }),
  def({ code: '3.2', titleFr: 'Proportion des initiatives qui atteignent leurs cibles et objectifs', titleEn: 'Proportion of initiatives that reach their targets and objectives', formulaFr: 'Dénominateur\u00a0= initiatives complétées qui disent si elles ont atteint leurs cibles; numérateur\u00a0= celles qui répondent oui.', formulaEn: 'Denominator = completed initiatives that say whether they reached their targets; numerator = those that say yes.', guideSection: '5.1', unit: 'proportion', source: 'initiatives', national: true }),
  def({ code: '3.3', titleFr: 'Nombre de personnes directement rejointes par les projets et les initiatives', titleEn: 'Number of persons directly reached by the projects and initiatives', formulaFr: 'Somme des personnes rejointes que déclarent les initiatives (celles qui ne le déclarent pas ne comptent pas).', formulaEn: 'Sum of the persons reached that the initiatives report (those that do not report it do not count).', guideSection: '5.1', unit: 'persons', source: 'initiatives', national: true }),
  def({ code: '3.4', titleFr: 'Proportion d’initiatives intersectorielles qui sont portées par plusieurs organisations différentes', titleEn: 'Proportion of cross-sector initiatives carried by several different organisations', formulaFr: 'Numérateur\u00a0= initiatives portées par au moins 2\u00a0organisations et engageant au moins 2\u00a0secteurs distincts; dénominateur\u00a0= toutes les initiatives.', formulaEn: 'Numerator = initiatives carried by at least 2 organisations and involving at least 2 distinct sectors; denominator = all initiatives.', guideSection: '5.1', unit: 'proportion', source: 'initiatives', national: true }),
  def({ code: 'fqis-par-habitant', titleFr: 'Montants du FQIS versés par habitant', titleEn: 'FQIS amounts paid per inhabitant', formulaFr: 'Numérateur\u00a0= montants du FQIS versés de l’année, en dollars; dénominateur\u00a0= population de la région selon les données de contexte de la même année. Pour le Québec\u00a0: sommes sur les régions qui ont ces données.', formulaEn: 'Numerator = FQIS amounts paid in the year, in dollars; denominator = population of the region in the context figures for the same year. For Québec: sums over the regions that have these figures.', guideSection: null, unit: 'dollars-per-person', source: 'contexte', national: true }),
  def({ code: 'fqis-par-personne-faible-revenu', titleFr: 'Montants du FQIS versés par personne à faible revenu', titleEn: 'FQIS amounts paid per person with low income', formulaFr: 'Numérateur\u00a0= montants du FQIS versés de l’année, en dollars; dénominateur\u00a0= personnes vivant dans un ménage à faible revenu selon les données de contexte. Pour le Québec\u00a0: sommes sur les régions qui donnent ce chiffre.', formulaEn: 'Numerator = FQIS amounts paid in the year, in dollars; denominator = persons living in a low-income household in the context figures. For Québec: sums over the regions that give this figure.', guideSection: null, unit: 'dollars-per-person', source: 'contexte', national: true }),
  def({ code: '3.3-pour-1000', titleFr: 'Personnes rejointes pour 1\u00a0000 habitants', titleEn: 'Persons reached per 1,000 inhabitants', formulaFr: 'Valeur\u00a0= 1\u00a0000 × personnes rejointes (3.3) / population de la région selon les données de contexte. Pour le Québec\u00a0: sommes sur les régions qui ont les deux chiffres.', formulaEn: 'Value = 1,000 × persons reached (3.3) / population of the region in the context figures. For Québec: sums over the regions that have both figures.', guideSection: null, unit: 'per-1000', source: 'contexte', national: true }),
];

/**
 * The formulas' wording before they were written in readers' words (issue
 * #21): the same definitions with the file's codes and column names
 * (`au statut completee`, `montant_fqis`). An edition frozen with one of
 * them shows today's wording of the same formula: what it computed is
 * unchanged, only the words are.
 */
const EARLIER_WORDINGS: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['initiatives', ["Nombre de lignes d'initiatives de l'année.", 'Number of initiative rows in the year.']],
  ['fqis', ['Somme de montant_fqis.', 'Sum of montant_fqis.']],
  ['autres-contributions', ['Somme de autres_contributions.', 'Sum of autres_contributions.']],
  ['1.1', ["Déclaré oui/non par chaque Alliance. Valeur = nombre d'Alliances du territoire ayant répondu oui (numérateur) parmi celles qui ont répondu (dénominateur).", 'Reported yes/no by each Alliance. Value = number of Alliances of the territory that said yes (numerator) among those that reported (denominator).']],
  ['1.2', ["Déclaré oui/non par chaque Alliance. Valeur = nombre d'Alliances du territoire ayant répondu oui (numérateur) parmi celles qui ont répondu (dénominateur).", 'Reported yes/no by each Alliance. Value = number of Alliances of the territory that said yes (numerator) among those that reported (denominator).']],
  ['1.3', ["Numérateur = personnes rejointes (3.3) de l'année; dénominateur = personnes rejointes (3.3) de l'année précédente; valeur = numérateur / dénominateur − 1.", 'Numerator = persons reached (3.3) this year; denominator = persons reached (3.3) the previous year; value = numerator / denominator − 1.']],
  ['2.1', ['Nombre d’acteurs (partenaires) mobilisés dans la mise en œuvre, déclaré par chaque Alliance : ce tableau de bord lit la représentativité à travers ce nombre. Pour une région : moyenne sur ses Alliances (numérateur = somme, dénominateur = Alliances ayant déclaré). Pas de valeur pour le Québec.', 'Number of stakeholders (partners) mobilised in the implementation, reported by each Alliance: this dashboard reads representativeness through this number. For a region: mean over its Alliances (numerator = sum, denominator = Alliances that reported). No value for Québec.']],
  ['2.2', ["Dénominateur = initiatives des Alliances qui ont au moins une priorité régionale; numérateur = celles dont priorite_regionale correspond (sans égard à la casse, aux accents ni aux espaces autour) au code ou au libellé d'une priorité de leur propre Alliance.", "Denominator = initiatives of Alliances that have at least one regional priority; numerator = those whose priorite_regionale matches (ignoring case, accents and surrounding blanks) the code or title of one of their own Alliance's priorities."]],
  ['2.3', ['Déclaré oui/non par chaque Alliance. Numérateur = Alliances ayant répondu oui; dénominateur = Alliances ayant répondu; valeur = numérateur / dénominateur.', 'Reported yes/no by each Alliance. Numerator = Alliances that said yes; denominator = Alliances that reported; value = numerator / denominator.']],
  ['2.4', ['Dénominateur = initiatives qui déclarent mise_en_commun; numérateur = celles qui répondent oui.', 'Denominator = initiatives that report mise_en_commun; numerator = those that say yes.']],
  ['3.1', ["Ce tableau de bord en retient la part des initiatives complétées : numérateur = initiatives au statut completee; dénominateur = toutes les initiatives de l'année. Le nombre d'initiatives de chaque statut (démarrées, en cours, complétées, abandonnées) est donné à part.", 'This dashboard reports the share of initiatives completed: numerator = initiatives with status completee; denominator = all initiatives of the year. The number of initiatives of each status (started, ongoing, completed, abandoned) is given separately.']],
  ['3.1-demarrees', ['Nombre d’initiatives au statut demarree.', 'Number of initiatives with status demarree.']],
  ['3.1-en-cours', ['Nombre d’initiatives au statut en-cours.', 'Number of initiatives with status en-cours.']],
  ['3.1-completees', ['Nombre d’initiatives au statut completee.', 'Number of initiatives with status completee.']],
  ['3.1-abandonnees', ['Nombre d’initiatives au statut abandonnee.', 'Number of initiatives with status abandonnee.']],
  ['3.2', ['Dénominateur = initiatives complétées dont cibles_atteintes est déclaré; numérateur = celles qui répondent oui.', 'Denominator = completed initiatives that report cibles_atteintes; numerator = those that say yes.']],
  ['3.3', ['Somme de personnes_rejointes sur les initiatives qui le déclarent.', 'Sum of personnes_rejointes over the initiatives that report it.']],
  ['3.4', ['Numérateur = initiatives portées par au moins 2 organisations et engageant au moins 2 secteurs distincts; dénominateur = toutes les initiatives.', 'Numerator = initiatives carried by at least 2 organisations and involving at least 2 distinct sectors; denominator = all initiatives.']],
  ['fqis-par-habitant', ["Numérateur = montants du FQIS versés (fqis) de l'année; dénominateur = population de la région selon le fichier contexte de la même année. Pour le Québec : sommes sur les régions qui ont une ligne contexte.", 'Numerator = FQIS amounts paid (fqis) in the year; denominator = population of the region in the contexte file for the same year. For Québec: sums over the regions that have a contexte row.']],
  ['fqis-par-personne-faible-revenu', ["Numérateur = montants du FQIS versés (fqis) de l'année; dénominateur = personnes vivant dans un ménage à faible revenu selon le fichier contexte. Pour le Québec : sommes sur les régions qui déclarent ce chiffre.", 'Numerator = FQIS amounts paid (fqis) in the year; denominator = persons living in a low-income household in the contexte file. For Québec: sums over the regions that give this figure.']],
  ['3.3-pour-1000', ['Valeur = 1 000 × personnes rejointes (3.3) / population de la région selon le fichier contexte. Pour le Québec : sommes sur les régions qui ont les deux chiffres.', 'Value = 1,000 × persons reached (3.3) / population of the region in the contexte file. For Québec: sums over the regions that have both figures.']],
]);

const BY_CODE = new Map(INDICATORS.map((d) => [d.code, d]));

export function indicatorDefinition(code: string): IndicatorDefinition | undefined {
  return BY_CODE.get(code);
}

/**
 * A frozen edition's definitions with today's titles: the guide's official
 * wording replaces the labels an edition was frozen with (some marked
 * provisional then); its formulas, what it computed, stay as they were,
 * in today's words when they were frozen in earlier words of the same
 * formula (EARLIER_WORDINGS).
 */
export function withOfficialTitles(frozen: ReadonlyArray<IndicatorDefinition & { provisionalTitle?: true }>): IndicatorDefinition[] {
  return frozen.map(({ provisionalTitle: _, ...d }) => {
    const now = BY_CODE.get(d.code);
    const earlier = EARLIER_WORDINGS.get(d.code);
    const reworded = now && earlier && d.formulaFr === earlier[0] && d.formulaEn === earlier[1] ? { ...d, formulaFr: now.formulaFr, formulaEn: now.formulaEn } : d;
    // Other titles too when they differ only by a no-break space (`1 000 habitants`).
    const sameWords = now && d.titleFr === now.titleFr.replace(/\u00a0/g, ' ');
    return now && (now.guideSection !== null || sameWords) ? { ...reworded, titleFr: now.titleFr, titleEn: now.titleEn } : reworded;
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
