/**
 * French word lists for the fictional sample: initiative titles, organisation
 * names, regional priorities, descriptions, regional indicators. Place names
 * are real; every organisation, project and person built from these is not.
 */

export type NationalPriority = 'securite-alimentaire' | 'prevention' | 'prejuges' | 'centres-villes' | 'autre';

export const NATIONAL: readonly NationalPriority[] = ['securite-alimentaire', 'prevention', 'prejuges', 'centres-villes', 'autre'];

/** How often each national priority is served (before the regional plan says otherwise). */
export const NATIONAL_WEIGHTS: Readonly<Record<NationalPriority, number>> = {
  'securite-alimentaire': 34,
  prevention: 36,
  prejuges: 8,
  'centres-villes': 10,
  autre: 12,
};

/** Initiative titles, each with the goal its description states. */
export const TITLES: Readonly<Record<NationalPriority, readonly (readonly [string, string])[]>> = {
  'securite-alimentaire': [
    ['Cuisines collectives', 'apprendre à cuisiner en groupe et à petit budget'],
    ['Épicerie solidaire', 'offrir des aliments à prix réduit aux ménages à faible revenu'],
    ['Frigo communautaire', 'réduire le gaspillage alimentaire tout en nourrissant les ménages'],
    ['Jardins collectifs', 'rendre les fruits et légumes frais accessibles aux familles'],
    ['Popote roulante', 'livrer des repas chauds aux personnes âgées ou en perte d’autonomie'],
    ["Dépannage alimentaire d'urgence", 'répondre aux demandes d’aide alimentaire en urgence'],
    ['Marché solidaire mobile', 'rendre les fruits et légumes frais accessibles aux familles'],
    ['Repas communautaires', 'offrir des repas sains à faible coût et briser l’isolement'],
    ['Récupération alimentaire en épicerie', 'réduire le gaspillage alimentaire tout en nourrissant les ménages'],
    ['Boîtes à lunch pour les écoles', 'offrir un dîner complet aux élèves de milieux défavorisés'],
  ],
  prevention: [
    ["Accompagnement vers l'emploi", 'accompagner les personnes vers un emploi durable'],
    ['Aide aux devoirs', 'soutenir les jeunes dans leur parcours scolaire'],
    ["Clinique d'impôts bénévole", 'aider les ménages à produire leurs déclarations et à toucher leurs crédits'],
    ['Transport solidaire', 'faciliter les déplacements vers les services essentiels'],
    ['Ateliers de littératie financière', 'prévenir l’endettement grâce à des ateliers sur le budget'],
    ['Soutien au logement', 'aider les locataires à garder leur logement et à faire valoir leurs droits'],
    ['Ateliers parents-enfants', 'soutenir les parents de jeunes enfants'],
    ['Retour aux études des adultes', 'accompagner les adultes qui reprennent leurs études'],
    ['Plateau de travail', 'offrir une première expérience de travail rémunérée'],
    ['Accès aux droits et aux services', 'aider les personnes à connaître leurs droits et les services'],
  ],
  prejuges: [
    ['Bibliothèque vivante', 'changer le regard porté sur les personnes en situation de pauvreté'],
    ['Théâtre-forum contre les préjugés', 'changer le regard porté sur les personnes en situation de pauvreté'],
    ['Campagne « Regards croisés »', 'déconstruire les préjugés dans les médias locaux'],
    ['Formation sur les préjugés envers les personnes en situation de pauvreté', 'former le personnel des services publics à un accueil sans préjugés'],
    ['Balado « Voix de chez nous »', 'donner la parole aux personnes qui vivent la pauvreté'],
    ['Comité de personnes en situation de pauvreté', 'donner la parole aux personnes qui vivent la pauvreté'],
  ],
  'centres-villes': [
    ['Halte-chaleur', "offrir un lieu sûr et chaud aux personnes en situation d'itinérance"],
    ['Travail de rue', 'aller vers les personnes qui ne fréquentent pas les services'],
    ['Halte-répit de jour', "offrir un lieu de jour aux personnes en situation d'itinérance"],
    ["Hébergement d'urgence", "offrir un lit et un accompagnement aux personnes sans logement"],
    ['Intervention de proximité au centre-ville', 'favoriser une cohabitation harmonieuse au centre-ville'],
    ['Douches et laverie solidaires', "offrir des services d'hygiène de base aux personnes sans domicile"],
    ['Cohabitation sociale au centre-ville', 'favoriser une cohabitation harmonieuse au centre-ville'],
    ["Accompagnement des personnes en situation d'itinérance", 'soutenir la sortie de rue et l’accès au logement'],
  ],
  autre: [
    ['Mobilisation des aînés isolés', "briser l'isolement des personnes âgées seules"],
    ['Accueil des personnes immigrantes', "faciliter l'accueil et l'intégration des nouveaux arrivants"],
    ['Soutien aux proches aidants', 'soutenir les proches aidants épuisés'],
    ['Loisirs accessibles pour les familles', 'rendre les loisirs accessibles aux familles à faible revenu'],
    ['Ateliers contre la fracture numérique', 'aider les personnes à utiliser les services en ligne'],
    ['Friperie solidaire', 'offrir des vêtements à bas prix et des emplois de réinsertion'],
  ],
};

export const AUDIENCES = [
  'pour les familles', 'pour les aînés', 'jeunesse', 'pour les personnes seules', 'en milieu rural',
  'pour les nouveaux arrivants', 'pour les femmes', 'pour les 16-30 ans',
];

/** Organisation names; `{de}` is replaced by « de Rimouski », « d'Alma »… */
export const ORGANISATIONS: Readonly<Record<NationalPriority, readonly string[]>> = {
  'securite-alimentaire': [
    'Moisson {town}', 'Comptoir alimentaire {de}', 'Cuisines collectives {de}', 'Coopérative de solidarité Le Grenier {de}',
    "Centre d'action bénévole {de}",
  ],
  prevention: [
    'Carrefour jeunesse-emploi {de}', 'Maison de la famille {de}', "Service d'entraide {de}",
    'Association des locataires {de}', "Centre d'éducation populaire {de}", "Centre d'action bénévole {de}",
  ],
  prejuges: [
    'Corporation de développement communautaire {de}', 'Collectif pour la dignité {de}', 'Troupe Les Voix {de}',
  ],
  'centres-villes': [
    'Refuge La Passerelle {de}', 'Travail de rue {de}', 'Halte du centre-ville {de}', 'Maison Le Phare {de}',
  ],
  autre: [
    "Centre d'action bénévole {de}", 'Centre communautaire {de}', 'Carrefour des aînés {de}',
    'Accueil des nouveaux arrivants {de}', 'Corporation de développement communautaire {de}',
  ],
};

/** `de Rimouski`, `d'Alma`, `du Granit`, `des Basques`, `de La Tuque`. */
export function de(place: string): string {
  if (place.startsWith('Le ')) return `du ${place.slice(3)}`;
  if (place.startsWith('Les ')) return `des ${place.slice(4)}`;
  return /^[AEÉÈIÎOU]/.test(place) ? `d'${place}` : `de ${place}`;
}

export const REGIONAL_PRIORITIES: Readonly<Record<NationalPriority, readonly string[]>> = {
  'securite-alimentaire': [
    "Améliorer l'accès à une alimentation saine et abordable",
    'Soutenir les systèmes alimentaires de proximité',
    "Réduire l'insécurité alimentaire des familles",
    'Consolider le réseau de dépannage alimentaire',
  ],
  prevention: [
    "Favoriser l'intégration en emploi des personnes éloignées du marché du travail",
    "Améliorer l'accès au logement abordable",
    'Soutenir la réussite éducative',
    'Favoriser la mobilité et le transport collectif',
    "Prévenir l'endettement des ménages",
  ],
  prejuges: [
    'Lutter contre les préjugés envers les personnes en situation de pauvreté',
    'Valoriser la participation citoyenne des personnes en situation de pauvreté',
  ],
  'centres-villes': [
    "Agir sur les réalités des centres-villes et l'itinérance",
    "Prévenir l'itinérance et soutenir la sortie de rue",
  ],
  autre: [
    "Briser l'isolement social des aînés",
    "Soutenir l'inclusion des personnes immigrantes",
    'Soutenir les communautés rurales dévitalisées',
  ],
};

/** `priorite_regionale` values that match no priority of any plan. */
export const UNMATCHED_PRIORITIES = ['Hors plan', 'Priorité 7', 'À déterminer', 'Logement', 'Axe transversal'];

export const FREQUENCIES = ['chaque semaine', 'deux fois par mois', 'tous les jours de semaine', 'pendant la saison froide', "toute l'année"];
export const PARTNERS = ['la municipalité', 'le CISSS', 'le centre de services scolaire', 'des entreprises locales', 'une fondation régionale', 'la MRC'];

export const RESULTS = [
  '{n} personnes ont participé aux activités; la plupart disent mieux connaître les ressources du milieu.',
  'Les cibles de fréquentation ont été atteintes ({n} participations).',
  '{n} ménages ont été rejoints, dont plusieurs pour la première fois.',
  'Le projet a rejoint {n} personnes et créé de nouveaux liens entre les organismes.',
];

export const WINNING_RESULTS = [
  'Modèle repris par {k} organismes de la région; {n} personnes rejointes et une baisse marquée des demandes de dépannage.',
  'Pratique documentée dans un guide diffusé aux partenaires; {n} personnes rejointes, {k} comités locaux formés.',
  "{n} personnes rejointes; {k} d'entre elles siègent maintenant au comité de suivi du projet.",
];

/** Descriptions with the delimiter, quotes and a line break inside (quoted fields). */
export const WINNING_NOTES = [
  'Mise de l’avant comme pratique gagnante par le comité régional : la démarche est simple à reproduire.',
  'Retenue comme pratique gagnante : les personnes participantes ont fixé elles-mêmes les objectifs.',
  'Pratique gagnante : trois organismes voisins ont adopté la même formule.',
];

export const TRICKY_DESCRIPTIONS = [
  'Volet 1 : ateliers de groupe; volet 2 : suivi individuel, aiguillage vers les ressources.',
  'Le comité a choisi le nom « Ensemble » après un vote; les participants parlent du "bon voisinage".',
  'Objectifs :\n- rejoindre les personnes isolées;\n- offrir un repas chaud, une fois par semaine.',
  'Projet "pilote" en 2024-2025, puis étendu à toute la MRC, avec l\'appui de 3 partenaires.',
];

export interface RegionalIndicator {
  readonly code: string;
  readonly libelle: string;
  readonly unite: string;
  readonly min: number;
  readonly max: number;
}

export const REGIONAL_INDICATORS: readonly RegionalIndicator[] = [
  { code: 'R.repas', libelle: 'Repas servis', unite: 'repas', min: 2_000, max: 60_000 },
  { code: 'R.paniers', libelle: 'Paniers de dépannage distribués', unite: 'paniers', min: 500, max: 15_000 },
  { code: 'R.nuitees', libelle: "Nuitées d'hébergement d'urgence", unite: 'nuitées', min: 200, max: 8_000 },
  { code: 'R.impots', libelle: 'Déclarations de revenus produites', unite: 'déclarations', min: 100, max: 4_000 },
  { code: 'R.deplacements', libelle: 'Déplacements en transport solidaire', unite: 'déplacements', min: 300, max: 9_000 },
  { code: 'R.benevolat', libelle: 'Heures de bénévolat', unite: 'heures', min: 1_000, max: 30_000 },
  { code: 'R.jardins', libelle: 'Parcelles de jardins collectifs', unite: 'parcelles', min: 10, max: 300 },
];

export const INDICATOR_COMMENTS = ['Compilation des organismes', 'Donnée estimée', 'Selon le bilan annuel du comité', 'Voir le rapport annuel'];

export const FIRST_NAMES = ['marie', 'julie', 'sophie', 'nathalie', 'genevieve', 'catherine', 'mathieu', 'francois', 'jean-philippe', 'alexandre', 'luc', 'martin'];
export const LAST_NAMES = ['tremblay', 'gagnon', 'roy', 'cote', 'bouchard', 'gauthier', 'morin', 'lavoie', 'fortin', 'ouellet', 'pelletier', 'belanger'];

export const NOTES = [
  'Relancer la région pour les données de 2025-2026',
  'Vérifier les montants du deuxième versement',
  'Appel avec la table régionale; plan approuvé',
];
