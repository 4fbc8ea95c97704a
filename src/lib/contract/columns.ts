/**
 * The data contract's input columns (../shared/spec/data-contract.md §1.2),
 * in one place. The validator, the published files, `datapackage.json` and
 * the data dictionary page are all generated from these definitions.
 */

/** How a column's text is read (see `src/lib/ingest/values.ts`). */
export type ColumnType =
  | 'text'
  | 'identifier'
  | 'year'
  | 'region'
  | 'alliance'
  | 'priority'
  | 'status'
  | 'date'
  | 'amount'
  | 'count'
  | 'positive-count'
  | 'yes-no'
  | 'targets'
  | 'mrc-list'
  | 'sector-list'
  | 'url'
  | 'indicator'
  | 'indicator-value';

export interface Column {
  /** Canonical name, as published. */
  readonly name: string;
  readonly type: ColumnType;
  /** A value is required (R in the contract). */
  readonly required: boolean;
  readonly fr: string;
  readonly en: string;
  /**
   * Other headers that name this column (contract §1.4), normalised as
   * `normaliseHeader` does; they apply within the column's kind only.
   */
  readonly synonyms: readonly string[];
}

export type Kind = 'alliances' | 'priorites' | 'initiatives' | 'indicateurs' | 'contexte';

/** Order matters: kinds are processed in this order (references first). */
export const KINDS: readonly Kind[] = ['alliances', 'priorites', 'initiatives', 'indicateurs', 'contexte'];

/**
 * Header synonyms (contract §1.4), keyed by canonical column name: after
 * normalisation, each header on the right names the column on the left in
 * every kind that has that column. Printed on the data dictionary page.
 */
export const HEADER_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  annee: ['annee_financiere', 'exercice', 'annee_de_reference', 'year', 'reporting_year', 'fiscal_year'],
  region: ['region_administrative', 'no_region', 'code_region', 'region_code'],
  alliance: ['alliance_id', 'id_alliance', 'code_alliance'],
  id: ['identifiant', 'no', 'numero', 'code', 'id_initiative', 'no_initiative', 'initiative_id'],
  titre: ['titre_de_l_initiative', 'nom_de_l_initiative', 'nom_du_projet', 'projet', 'initiative', 'title', 'name', 'project'],
  organisme: ['organisme_porteur', 'organisme_promoteur', 'promoteur', 'porteur', 'nom_de_l_organisme', 'organization', 'organisation', 'lead_organization'],
  mrc: ['mrcs', 'territoire', 'territoires', 'mrc_visees', 'rcm'],
  priorite: ['priorite_nationale', 'national_priority', 'priority'],
  priorite_regionale: ['priorite_du_plan', 'priorite_par', 'regional_priority'],
  statut: ['etat', 'etat_d_avancement', 'status'],
  date_debut: ['debut', 'date_de_debut', 'start', 'start_date'],
  date_fin: ['fin', 'date_de_fin', 'end', 'end_date'],
  montant_fqis: ['fqis', 'montant', 'montant_verse', 'montant_accorde_fqis', 'fqis_amount', 'amount'],
  autres_contributions: ['autres_sources', 'autres_financements', 'contributions', 'other_contributions', 'other_funding'],
  personnes_rejointes: ['personnes_touchees', 'nb_personnes_rejointes', 'nombre_de_personnes_rejointes', 'participants', 'people_reached', 'persons_reached'],
  cibles_atteintes: ['cibles', 'atteinte_des_cibles', 'objectifs_atteints', 'targets_met'],
  nb_organisations: ['nombre_d_organisations', 'organisations_partenaires', 'nb_partenaires', 'organizations_count', 'number_of_organizations'],
  secteurs: ['secteurs_impliques', 'sectors'],
  mise_en_commun: ['mise_en_commun_des_ressources', 'ressources_mises_en_commun', 'pooled_resources'],
  participation_personnes: ['participation_des_personnes', 'personnes_en_situation_de_pauvrete_participent', 'lived_experience_participation'],
  // The contract also lists `pratique_gagnante_`, which normalises to the canonical name.
  pratique_gagnante: ['bonne_pratique', 'winning_practice', 'good_practice'],
  description: ['resume', 'sommaire', 'summary'],
  resultats: ['resultats_observes', 'results', 'outcomes'],
  lien: ['url', 'site', 'site_web', 'website', 'link'],
  nom: ['nom_de_l_alliance', 'alliance_name'],
  enveloppe: ['enveloppe_fqis', 'enveloppe_quinquennale', 'envelope'],
  libelle: ['intitule', 'titre', 'label'],
  indicateur: ['code_indicateur', 'indicator'],
  valeur: ['value', 'resultat'],
};

const col = (
  name: string,
  type: ColumnType,
  required: boolean,
  fr: string,
  en: string,
): Column => ({ name, type, required, fr, en, synonyms: HEADER_SYNONYMS[name] ?? [] });

export const SCHEMAS: Record<Kind, readonly Column[]> = {
  alliances: [
    col('alliance', 'identifier', true, "Identifiant de l'Alliance, unique", 'Alliance identifier, unique'),
    col('region', 'region', true, 'Code de la région administrative (01 à 17)', 'Administrative region code (01 to 17)'),
    col('nom', 'text', true, "Nom de l'Alliance", 'Name of the Alliance'),
    col('responsable', 'text', false, 'Organisme responsable (table régionale ou mandataire)', 'Responsible organisation (regional table or mandatary)'),
    col('fiduciaire', 'text', false, 'Fiduciaire du FQIS, le cas échéant', 'FQIS trustee, if any'),
    col('enveloppe', 'amount', false, 'Enveloppe quinquennale du FQIS, en dollars', 'Five-year FQIS envelope, in dollars'),
    col('date_convention', 'date', false, 'Date de signature de la convention', 'Date the agreement was signed'),
    col('date_approbation_plan', 'date', false, "Date d'approbation du plan d'action régional", 'Date the regional action plan was approved'),
    col('site_web', 'url', false, 'Site Web (http ou https)', 'Website (http or https)'),
  ],
  priorites: [
    col('region', 'region', true, 'Code de la région administrative', 'Administrative region code'),
    col('alliance', 'alliance', false, "Identifiant de l'Alliance (par défaut, la seule Alliance de la région)", "Alliance identifier (default: the region's only Alliance)"),
    col('code', 'identifier', true, "Code court de la priorité régionale, unique par Alliance", 'Short code of the regional priority, unique per Alliance'),
    col('libelle', 'text', true, 'Libellé de la priorité régionale', 'Title of the regional priority'),
    col('priorite', 'priority', false, 'Priorité nationale servie', 'National priority it serves'),
  ],
  initiatives: [
    col('annee', 'year', true, 'Année de reddition de comptes (1er novembre au 31 octobre), AAAA-AAAA', 'Reporting year (1 November to 31 October), YYYY-YYYY'),
    col('region', 'region', true, 'Code de la région administrative', 'Administrative region code'),
    col('alliance', 'alliance', false, "Identifiant de l'Alliance", 'Alliance identifier'),
    col('id', 'identifier', true, "Identifiant de l'initiative, unique par région et année", 'Initiative identifier, unique per region and year'),
    col('titre', 'text', true, "Titre de l'initiative", 'Title of the initiative'),
    col('organisme', 'text', true, 'Organisme porteur', 'Organisation carrying it'),
    col('mrc', 'mrc-list', false, 'MRC visées, séparées par |; vide si toute la région', 'MRCs concerned, separated by |; empty if region-wide'),
    col('priorite', 'priority', true, 'Priorité nationale', 'National priority'),
    col('priorite_regionale', 'text', false, 'Code ou libellé de la priorité régionale visée', 'Code or title of the regional priority it answers'),
    col('statut', 'status', true, 'Statut : demarree, en-cours, completee ou abandonnee', 'Status: demarree (started), en-cours (ongoing), completee (completed) or abandonnee (abandoned)'),
    col('date_debut', 'date', true, 'Date de début', 'Start date'),
    col('date_fin', 'date', false, 'Date de fin (prévue ou réelle)', 'End date (planned or actual)'),
    col('montant_fqis', 'amount', true, "Montant du FQIS versé pendant l'année, en dollars", 'FQIS amount paid during the year, in dollars'),
    col('autres_contributions', 'amount', false, "Autres contributions financières de l'année, en dollars", 'Other financial contributions during the year, in dollars'),
    col('personnes_rejointes', 'count', false, "Personnes rejointes directement pendant l'année", 'Persons directly reached during the year'),
    col('cibles_atteintes', 'targets', false, 'Cibles atteintes : oui, non ou partiellement; vide si pas encore évaluées', 'Targets reached: oui (yes), non (no) or partiellement (partly); empty if not yet assessed'),
    col('nb_organisations', 'positive-count', false, "Nombre d'organisations porteuses", 'Number of organisations carrying it'),
    col('secteurs', 'sector-list', false, 'Secteurs engagés, séparés par |', 'Sectors involved, separated by |'),
    col('mise_en_commun', 'yes-no', false, 'Mise en commun de ressources humaines et matérielles', 'Human and material resources are pooled'),
    col('participation_personnes', 'yes-no', false, 'Participation de personnes en situation de pauvreté', 'Persons living in poverty take part'),
    col('pratique_gagnante', 'yes-no', false, 'Mise de l’avant comme pratique gagnante', 'Put forward as a winning practice'),
    col('description', 'text', false, 'Description', 'Description'),
    col('resultats', 'text', false, 'Résultats observés', 'Results observed'),
    col('lien', 'url', false, 'Lien (http ou https)', 'Link (http or https)'),
  ],
  indicateurs: [
    col('annee', 'year', true, 'Année de reddition de comptes', 'Reporting year'),
    col('region', 'region', true, 'Code de la région administrative', 'Administrative region code'),
    col('alliance', 'alliance', false, "Identifiant de l'Alliance", 'Alliance identifier'),
    col('indicateur', 'indicator', true, 'Indicateur : 1.1, 1.2, 2.1, 2.3 ou R.<code>', 'Indicator: 1.1, 1.2, 2.1, 2.3 or R.<code>'),
    col('valeur', 'indicator-value', true, 'Valeur : oui/non pour 1.1, 1.2 et 2.3; un nombre pour 2.1 et R.*', 'Value: yes/no for 1.1, 1.2 and 2.3; a number for 2.1 and R.*'),
    col('libelle', 'text', false, 'Libellé (obligatoire pour R.*)', 'Title (required for R.*)'),
    col('unite', 'text', false, 'Unité (pour R.*)', 'Unit (for R.*)'),
    col('commentaire', 'text', false, 'Commentaire', 'Comment'),
  ],
  contexte: [
    col('annee', 'year', true, 'Année de reddition de comptes pour laquelle les chiffres servent', 'Reporting year the figures are used for'),
    col('region', 'region', true, 'Code de la région administrative', 'Administrative region code'),
    col('population', 'positive-count', true, 'Population totale de la région', 'Total population of the region'),
    col('personnes_faible_revenu', 'count', false, 'Personnes vivant dans un ménage à faible revenu', 'Persons living in a low-income household'),
    col('source', 'text', true, 'Source des chiffres (éditeur, tableau, date de référence)', 'Source of the figures (publisher, table, reference date)'),
  ],
};

/** Required columns of a kind: the header must name them all. */
export function requiredColumns(kind: Kind): string[] {
  return SCHEMAS[kind].filter((c) => c.required).map((c) => c.name);
}
