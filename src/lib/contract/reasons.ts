/**
 * Why a value, a row or a file of an export is refused or warned about
 * (contract §1.3, §1.5): the one catalogue of reasons, in French and in
 * English, with how to fix each and where the partners' guide explains it.
 *
 * The ingest never writes a reason's text itself: it names a `Cause` (a
 * code and its parameters), and `reasonText` writes it. The maintainers'
 * report (`reports/rejets.csv`) takes the French text, as the contract
 * says; `npm run validate`, the checker (`/verifier/`) and the guide's
 * common errors (`/partenaires/`) take the text, the fix and the guide's
 * anchor from here, in the reader's language, so they cannot drift.
 *
 * Browser-safe and dependency-free beyond the contract: the checker's
 * worker bundles it.
 */

export type ReasonLang = 'fr' | 'en';

export type ParamValue = string | number | readonly string[] | readonly number[];
export type ReasonParams = Readonly<Record<string, ParamValue>>;

/** What went wrong, as data: rendered in either language by `reasonText`. */
export interface Cause {
  readonly code: ReasonCode;
  readonly params?: ReasonParams;
  /** The canonical column the reason is about (`statut`), when it is about one: what it accepts is shown. */
  readonly column?: string;
  /** For `autres-lignes` (problems counted, not listed): the reason they share. */
  readonly inner?: Cause;
}

/** What a reason concerns: a cell's value, a column of the header, a row, or the file as a whole. */
export type Scope = 'value' | 'column' | 'row' | 'file';

interface Entry {
  readonly scope: Scope;
  readonly fr: (p: P) => string;
  readonly en: (p: P) => string;
  /** How to fix it, in plain words, in each language. */
  readonly fix: { readonly fr: string; readonly en: string };
  /**
   * The partners' guide's anchor on `/partenaires/`: a common error
   * (`erreur-statut`) or, for reasons the guide has no example of, the
   * section that explains the rule (`valeurs`, `formats`).
   */
  readonly guide: string;
}

/** Reading a cause's parameters (absent ones read as empty). */
class P {
  constructor(private readonly params: ReasonParams) {}
  s(name: string): string {
    const v = this.params[name];
    return v === undefined ? '' : String(v);
  }
  n(name: string): number {
    const v = this.params[name];
    return typeof v === 'number' ? v : Number(v ?? 0);
  }
  list<T extends string | number>(name: string): readonly T[] {
    const v = this.params[name];
    return Array.isArray(v) ? (v as readonly T[]) : [];
  }
}

const frNumber = new Intl.NumberFormat('fr-CA');
const enNumber = new Intl.NumberFormat('en-CA');
/** `12 500 000` with plain spaces: how the French plausibility messages write figures. */
const figure = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ' ');

/** A size in megabytes as the reports write it (« 80 Mo », "80 MB"). */
export function megabytes(bytes: number, lang: ReasonLang = 'fr'): string {
  const mb = bytes / (1024 * 1024);
  const format = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: mb < 10 ? 1 : 0 });
  return `${format.format(mb)} ${lang === 'fr' ? 'Mo' : 'MB'}`;
}

/** How many lines are named in a list before « et N autres ». */
export const NAMED_LINES = 3;

/** « ligne 12 », « lignes 12, 40 et 52 », « lignes 12, 40, 52 et 3 autres »: bounded however many lines. */
export function lineList(named: readonly number[], count: number, lang: ReasonLang = 'fr'): string {
  const [one, many, and, other, others] = lang === 'fr' ? ['ligne', 'lignes', 'et', 'autre', 'autres'] : ['line', 'lines', 'and', 'other', 'others'];
  if (count === 1) return `${one} ${named[0]}`;
  if (count <= NAMED_LINES + 1) return `${many} ${named.slice(0, -1).join(', ')} ${and} ${named[named.length - 1]}`;
  const rest = count - NAMED_LINES;
  return `${many} ${named.slice(0, NAMED_LINES).join(', ')} ${and} ${rest} ${rest === 1 ? other : others}`;
}

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

const KIND_NAMES: Record<string, { fr: string; en: string }> = {
  alliances: { fr: 'alliances', en: 'alliances' },
  priorites: { fr: 'priorités', en: 'priorities' },
  initiatives: { fr: 'initiatives', en: 'initiatives' },
  indicateurs: { fr: 'indicateurs', en: 'indicators' },
  contexte: { fr: 'contexte', en: 'context' },
};

const NEWLINE_WORDS: Record<string, { fr: string; en: string }> = {
  CRLF: { fr: 'Windows CRLF', en: 'Windows CRLF' },
  LF: { fr: 'Unix LF', en: 'Unix LF' },
  CR: { fr: 'ancien Mac CR', en: 'old Mac CR' },
};

/** « a, b et c » / "a, b and c". */
function joinAnd(items: readonly string[], lang: ReasonLang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'fr' ? 'et' : 'and'} ${items[items.length - 1]}`;
}

const KEPT = { fr: '(la ligne est gardée)', en: '(the row is kept)' };
const SPLIT = {
  fr: 'Découpez le fichier en plusieurs fichiers plus petits (par année ou par région), puis envoyez-les tous.',
  en: 'Split the file into several smaller files (by year or by region), then send them all.',
};
const RESAVE = {
  fr: 'Ouvrez le classeur dans Excel et enregistrez-le de nouveau (Fichier, Enregistrer sous, Classeur Excel .xlsx).',
  en: 'Open the workbook in Excel and save it again (File, Save As, Excel Workbook .xlsx).',
};
const SAVE_AS = {
  fr: 'Dans Excel : Fichier, Enregistrer sous, puis « CSV UTF-8 (délimité par des virgules) » ou « Classeur Excel (.xlsx) ».',
  en: 'In Excel: File, Save As, then “CSV UTF-8 (Comma delimited)” or “Excel Workbook (.xlsx)”.',
};
const CHECK_FIGURE = {
  fr: 'Vérifiez le chiffre : un zéro de trop, ou un montant en cents plutôt qu’en dollars.',
  en: 'Check the figure: one zero too many, or an amount in cents rather than dollars.',
};
const WRITE_DIGITS = {
  fr: 'Écrivez le nombre en chiffres (par exemple 1250000), sans exposant : élargissez la colonne dans Excel ou donnez-lui le format Nombre.',
  en: 'Write the number in digits (for example 1250000), without an exponent: widen the column in Excel or give it the Number format.',
};
const NOTHING_PUBLISHED = {
  fr: 'Rien à faire si la colonne sert à votre usage interne : elle n’est jamais publiée. Sinon, renommez-la comme le guide l’indique.',
  en: 'Nothing to do if the column is for your own use: it is never published. Otherwise, rename it as the guide says.',
};
const CHECK_KEPT = {
  fr: 'La ligne est publiée; vérifiez quand même le chiffre, il est signalé sur la page de qualité des données.',
  en: 'The row is published; check the figure anyway, it is listed on the data quality page.',
};
const CHECK_DATE = {
  fr: 'La ligne est publiée; vérifiez l’année de la date, elle est signalée sur la page de qualité des données.',
  en: 'The row is published; check the date’s year, it is listed on the data quality page.',
};

const entry = (e: Entry): Entry => e;

/**
 * Every reason, by code. The French texts are the report's (contract §2.2:
 * `reports/rejets.csv`, whose golden files pin them); the English mirror
 * says the same.
 */
export const REASONS = {
  // ── Values (src/lib/ingest/values.ts) ──
  'montant-trop-eleve': entry({
    scope: 'value',
    fr: () => 'montant trop élevé : plus de 1 000 000 000 $ (vérifiez le chiffre)',
    en: () => 'amount too large: over $1,000,000,000 (check the figure)',
    fix: CHECK_FIGURE,
    guide: 'erreur-montant-trop-eleve',
  }),
  'nombre-trop-eleve': entry({
    scope: 'value',
    fr: () => 'nombre trop élevé : plus de 100 000 000 (vérifiez le chiffre)',
    en: () => 'number too large: over 100,000,000 (check the figure)',
    fix: { fr: 'Vérifiez le chiffre : aucun nombre du programme ne dépasse 100 millions.', en: 'Check the figure: no number of the program exceeds 100 million.' },
    guide: 'valeurs',
  }),
  'montant-exposant': entry({
    scope: 'value',
    fr: () => 'montant en notation scientifique (avec un exposant E) : écrivez-le en chiffres',
    en: () => 'amount in scientific notation (with an exponent E): write it in digits',
    fix: WRITE_DIGITS,
    guide: 'valeurs',
  }),
  'nombre-exposant': entry({
    scope: 'value',
    fr: () => 'nombre en notation scientifique (avec un exposant E) : écrivez-le en chiffres',
    en: () => 'number in scientific notation (with an exponent E): write it in digits',
    fix: WRITE_DIGITS,
    guide: 'valeurs',
  }),
  'montant-illisible': entry({
    scope: 'value',
    fr: () => 'montant illisible',
    en: () => 'unreadable amount',
    fix: { fr: 'Écrivez seulement le nombre, par exemple 5 000 ou 5000,00 $.', en: 'Write the number only, for example 5 000 or 5000.00.' },
    guide: 'erreur-montant-illisible',
  }),
  'nombre-illisible': entry({
    scope: 'value',
    fr: () => 'nombre illisible',
    en: () => 'unreadable number',
    fix: { fr: 'Écrivez seulement le nombre, sans texte ni unité, par exemple 1234 ou 12,5.', en: 'Write the number only, without text or unit, for example 1234 or 12.5.' },
    guide: 'valeurs',
  }),
  'montant-negatif': entry({
    scope: 'value',
    fr: () => 'montant négatif',
    en: () => 'negative amount',
    fix: { fr: 'Un montant versé est positif ou nul; corrigez le signe.', en: 'An amount paid is zero or more; correct the sign.' },
    guide: 'erreur-montant-negatif',
  }),
  'nombre-negatif': entry({
    scope: 'value',
    fr: () => 'nombre négatif',
    en: () => 'negative number',
    fix: { fr: 'Ce nombre compte des personnes ou des organisations : il est positif ou nul; corrigez le signe.', en: 'This number counts persons or organisations: it is zero or more; correct the sign.' },
    guide: 'valeurs',
  }),
  'entier-illisible': entry({
    scope: 'value',
    fr: () => 'nombre entier illisible',
    en: () => 'unreadable whole number',
    fix: { fr: 'Écrivez un nombre entier, sans décimales ni texte, par exemple 1234 ou 1 234.', en: 'Write a whole number, without decimals or text, for example 1234 or 1 234.' },
    guide: 'valeurs',
  }),
  'nombre-trop-petit': entry({
    scope: 'value',
    fr: (p) => `nombre inférieur à ${p.n('min')}`,
    en: (p) => `number below ${p.n('min')}`,
    fix: { fr: 'Ce nombre compte au moins une organisation ou une personne : vérifiez-le, ou laissez la cellule vide s’il n’est pas connu.', en: 'This number counts at least one organisation or person: check it, or leave the cell empty if it is not known.' },
    guide: 'valeurs',
  }),
  'date-inexistante': entry({
    scope: 'value',
    fr: () => "date qui n’existe pas",
    en: () => 'date that does not exist',
    fix: { fr: 'Vérifiez le jour et le mois (un 31 février, un mois 13).', en: 'Check the day and the month (a 31 February, a month 13).' },
    guide: 'erreur-date-inexistante',
  }),
  'date-mois-premier': entry({
    scope: 'value',
    fr: () => 'date illisible : le jour vient en premier (JJ/MM/AAAA), jamais le mois',
    en: () => 'unreadable date: the day comes first (DD/MM/YYYY), never the month',
    fix: { fr: 'Écrivez JJ/MM/AAAA (30/11/2024) ou AAAA-MM-JJ (2024-11-30).', en: 'Write DD/MM/YYYY (30/11/2024) or YYYY-MM-DD (2024-11-30).' },
    guide: 'erreur-date-mois',
  }),
  'date-illisible': entry({
    scope: 'value',
    fr: () => 'date illisible (formats acceptés : AAAA-MM-JJ, JJ/MM/AAAA, AAAA/MM/JJ)',
    en: () => 'unreadable date (accepted formats: YYYY-MM-DD, DD/MM/YYYY, YYYY/MM/DD)',
    fix: { fr: 'Écrivez la date en chiffres, par exemple 2025-03-31 ou 31/03/2025.', en: 'Write the date in digits, for example 2025-03-31 or 31/03/2025.' },
    guide: 'valeurs',
  }),
  'oui-non-illisible': entry({
    scope: 'value',
    fr: () => 'valeur oui/non illisible',
    en: () => 'unreadable yes/no value',
    fix: { fr: 'Écrivez oui ou non, ou laissez la cellule vide si ce n’est pas connu.', en: 'Write oui or non (yes or no), or leave the cell empty if it is not known.' },
    guide: 'valeurs',
  }),
  'annee-illisible': entry({
    scope: 'value',
    fr: () => 'année illisible (format attendu : AAAA-AAAA, par exemple 2024-2025)',
    en: () => 'unreadable year (expected format: YYYY-YYYY, for example 2024-2025)',
    fix: { fr: 'Écrivez l’année de reddition de comptes comme deux années liées par un trait d’union, par exemple 2024-2025.', en: 'Write the reporting year as two years joined by a hyphen, for example 2024-2025.' },
    guide: 'annee',
  }),
  'annees-non-consecutives': entry({
    scope: 'value',
    fr: () => 'les deux années doivent se suivre',
    en: () => 'the two years must follow each other',
    fix: { fr: 'Une année de reddition de comptes va du 1er novembre au 31 octobre : écrivez deux années qui se suivent, par exemple 2024-2025.', en: 'A reporting year runs from 1 November to 31 October: write two consecutive years, for example 2024-2025.' },
    guide: 'annee',
  }),
  'region-inconnue': entry({
    scope: 'value',
    fr: () => 'région inconnue',
    en: () => 'unknown region',
    fix: { fr: 'Écrivez le code de la région (01 à 17) ou son nom officiel complet.', en: 'Write the region’s code (01 to 17) or its full official name.' },
    guide: 'erreur-region',
  }),
  'priorite-inconnue': entry({
    scope: 'value',
    fr: () => 'priorité nationale inconnue',
    en: () => 'unknown national priority',
    fix: {
      fr: 'Écrivez le code ou le nom d’une des quatre priorités nationales. Une priorité propre à votre région (logement, transport…) s’écrit « autre », et son nom va dans la colonne priorite_regionale.',
      en: 'Write the code or the name of one of the four national priorities. A priority of your region’s own (housing, transport…) is written “autre” (other), and its name goes in the priorite_regionale column.',
    },
    guide: 'erreur-priorite',
  }),
  'statut-inconnu': entry({
    scope: 'value',
    fr: () => 'statut inconnu',
    en: () => 'unknown status',
    fix: { fr: 'Utilisez demarree, en-cours, completee ou abandonnee (accents et majuscules permis : « Complétée » est lu).', en: 'Use demarree, en-cours, completee or abandonnee (accents and capitals are allowed).' },
    guide: 'erreur-statut',
  }),
  'cibles-inconnue': entry({
    scope: 'value',
    fr: () => 'valeur inconnue (attendu : oui, non ou partiellement)',
    en: () => 'unknown value (expected: oui, non or partiellement)',
    fix: { fr: 'Écrivez oui, non ou partiellement, ou laissez la cellule vide si les cibles ne sont pas encore évaluées.', en: 'Write oui, non or partiellement (yes, no or partly), or leave the cell empty if the targets are not yet assessed.' },
    guide: 'valeurs',
  }),
  'secteur-inconnu': entry({
    scope: 'value',
    fr: (p) => `secteur inconnu : « ${p.s('item')} »`,
    en: (p) => `unknown sector: “${p.s('item')}”`,
    fix: { fr: 'Écrivez les secteurs par leur code ou leur nom, séparés par une barre verticale |, par exemple communautaire | municipal.', en: 'Write the sectors by code or name, separated by a vertical bar |, for example communautaire | municipal.' },
    guide: 'valeurs',
  }),
  'lien-invalide': entry({
    scope: 'value',
    fr: () => "lien qui n’est pas une adresse http ou https : retiré",
    en: () => 'link that is not an http or https address: removed',
    fix: { fr: 'Écrivez l’adresse complète, avec https://.', en: 'Write the full address, with https://.' },
    guide: 'erreur-lien',
  }),
  'indicateur-inconnu': entry({
    scope: 'value',
    fr: () => 'indicateur inconnu (attendu : 1.1, 1.2, 2.1, 2.3 ou R.<code>)',
    en: () => 'unknown indicator (expected: 1.1, 1.2, 2.1, 2.3 or R.<code>)',
    fix: { fr: 'Écrivez le numéro d’un indicateur du guide (1.1, 1.2, 2.1 ou 2.3), ou R. suivi d’un code court pour un indicateur régional (R.logement).', en: 'Write the number of one of the guide’s indicators (1.1, 1.2, 2.1 or 2.3), or R. followed by a short code for a regional indicator (R.logement).' },
    guide: 'valeurs',
  }),
  'texte-trop-long': entry({
    scope: 'value',
    fr: (p) => `texte trop long : ${frNumber.format(p.n('length'))} caractères, plus que les ${frNumber.format(p.n('max'))} qu’une cellule peut contenir (un copier-coller de trop?)`,
    en: (p) => `text too long: ${enNumber.format(p.n('length'))} characters, more than the ${enNumber.format(p.n('max'))} a cell can hold (pasted twice?)`,
    fix: { fr: 'Raccourcissez le texte de la cellule : il contient sans doute un copier-coller de trop.', en: 'Shorten the cell’s text: it probably holds something pasted by mistake.' },
    guide: 'valeurs',
  }),
  obligatoire: entry({
    scope: 'value',
    fr: () => 'valeur obligatoire manquante',
    en: () => 'required value missing',
    fix: { fr: 'Remplissez la cellule : cette colonne est obligatoire.', en: 'Fill in the cell: this column is required.' },
    guide: 'erreur-obligatoire',
  }),

  // ── Header (src/lib/ingest/rows.ts) ──
  'colonne-sans-nom': entry({
    scope: 'column',
    fr: () => 'colonne sans nom : ignorée',
    en: () => 'column without a name: ignored',
    fix: { fr: 'Donnez un nom à la colonne, ou supprimez-la si elle est vide.', en: 'Give the column a name, or delete it if it is empty.' },
    guide: 'colonnes',
  }),
  'colonne-en-double': entry({
    scope: 'column',
    fr: () => 'colonne en double : seule la première est lue',
    en: () => 'duplicated column: only the first one is read',
    fix: { fr: 'Gardez une seule colonne de ce nom.', en: 'Keep only one column of that name.' },
    guide: 'erreur-synonyme-double',
  }),
  'colonne-deja-lue': entry({
    scope: 'column',
    fr: (p) => `colonne inconnue : jamais publiée (elle nomme aussi ${p.s('column')}, déjà lue dans « ${p.s('by')} »)`,
    en: (p) => `unknown column: never published (it also names ${p.s('column')}, already read from “${p.s('by')}”)`,
    fix: { fr: 'Gardez une seule des deux colonnes : la première est lue, l’autre est ignorée.', en: 'Keep only one of the two columns: the first one is read, the other is ignored.' },
    guide: 'erreur-synonyme-double',
  }),
  'renseignements-personnels': entry({
    scope: 'column',
    fr: () => 'colonne qui semble contenir des renseignements personnels : jamais publiée',
    en: () => 'column that seems to hold personal information: never published',
    fix: { fr: 'Retirez la colonne avant l’envoi : elle n’est jamais publiée, mais elle n’a pas à circuler.', en: 'Remove the column before sending: it is never published, but it need not travel.' },
    guide: 'erreur-renseignements-personnels',
  }),
  'colonne-inconnue': entry({
    scope: 'column',
    fr: () => 'colonne inconnue : jamais publiée',
    en: () => 'unknown column: never published',
    fix: NOTHING_PUBLISHED,
    guide: 'erreur-colonne-inconnue',
  }),

  // ── Rows (src/lib/ingest/rows.ts, src/lib/formats/read.ts) ──
  'champs-en-trop': entry({
    scope: 'row',
    fr: (p) => `la ligne compte ${p.n('fields')} champs, l’en-tête ${p.n('header')} : une valeur contient peut-être le délimiteur sans guillemets`,
    en: (p) => `the row has ${p.n('fields')} fields, the header ${p.n('header')}: a value may hold the delimiter without quotes`,
    fix: {
      fr: 'Une valeur contient le séparateur (une virgule ou un point-virgule) sans guillemets. Enregistrez le fichier depuis Excel, qui ajoute les guillemets, ou retirez le séparateur du texte.',
      en: 'A value holds the separator (a comma or a semicolon) without quotes. Save the file from Excel, which adds the quotes, or remove the separator from the text.',
    },
    guide: 'erreur-champs-en-trop',
  }),
  'guillemet-non-ferme': entry({
    scope: 'row',
    fr: () => 'guillemet ouvert jamais refermé : la suite du fichier a été lue comme un seul champ',
    en: () => 'quote opened and never closed: the rest of the file was read as one field',
    fix: { fr: 'Refermez le guillemet de la cellule, ou retirez-le; enregistrer le fichier depuis Excel le corrige.', en: 'Close the cell’s quote, or remove it; saving the file from Excel fixes it.' },
    guide: 'formats',
  }),
  'guillemets-mal-places': entry({
    scope: 'row',
    fr: () => 'guillemets mal placés dans un champ',
    en: () => 'quotes misplaced in a field',
    fix: { fr: 'Un guillemet au milieu d’une valeur s’écrit doublé (""); enregistrer le fichier depuis Excel le corrige.', en: 'A quote inside a value is written doubled (""); saving the file from Excel fixes it.' },
    guide: 'formats',
  }),
  'guillemets-mal-formes': entry({
    scope: 'row',
    fr: () => 'guillemets mal formés',
    en: () => 'malformed quotes',
    fix: { fr: 'Vérifiez les guillemets de la ligne; enregistrer le fichier depuis Excel les corrige.', en: 'Check the row’s quotes; saving the file from Excel fixes them.' },
    guide: 'formats',
  }),

  // ── Rules (src/lib/ingest/rules.ts, alliances.ts, duplicates.ts) ──
  'mrc-inconnue': entry({
    scope: 'value',
    fr: (p) => `MRC inconnue : « ${p.s('item')} » (la ligne est gardée)`,
    en: (p) => `unknown MRC: “${p.s('item')}” (the row is kept)`,
    fix: { fr: 'Écrivez le nom officiel de la MRC (ou du territoire équivalent), ou son code; séparez plusieurs MRC par une barre verticale |.', en: 'Write the MRC’s (or equivalent territory’s) official name, or its code; separate several MRCs with a vertical bar |.' },
    guide: 'valeurs',
  }),
  'mrc-autre-region': entry({
    scope: 'value',
    fr: (p) => `la MRC « ${p.s('name')} » n’appartient pas à la région de la ligne (la ligne est gardée)`,
    en: (p) => `the MRC “${p.s('name')}” is not in the row’s region (the row is kept)`,
    fix: { fr: 'Vérifiez la région de la ligne, ou la MRC : une initiative est déclarée par la région où elle a lieu.', en: 'Check the row’s region, or the MRC: an initiative is reported by the region where it takes place.' },
    guide: 'valeurs',
  }),
  'date-fin-avant-debut': entry({
    scope: 'value',
    fr: () => 'la date de fin précède la date de début',
    en: () => 'the end date is before the start date',
    fix: { fr: 'Vérifiez les deux dates; elles sont peut-être inversées.', en: 'Check both dates; they may be swapped.' },
    guide: 'erreur-date-fin',
  }),
  'duree-plus-de-cinq-ans': entry({
    scope: 'value',
    fr: () => "l’initiative dure plus de cinq ans",
    en: () => 'the initiative lasts more than five years',
    fix: CHECK_DATE,
    guide: 'erreur-date-inhabituelle',
  }),
  'exemple-modele': entry({
    scope: 'row',
    fr: () => "ligne d’exemple du modèle, fictive : supprimez-la du fichier avant de l’envoyer",
    en: () => 'the template’s example row, fictional: delete it from the file before sending it',
    fix: { fr: 'Supprimez la ligne « EXEMPLE-1 » (« Exemple : … ») du modèle avant d’envoyer le fichier.', en: 'Delete the template’s “EXEMPLE-1” row (“Exemple : …”) before sending the file.' },
    guide: 'erreur-exemple-modele',
  }),
  'indicateur-oui-non': entry({
    scope: 'value',
    fr: (p) => `l’indicateur ${p.s('indicator')} attend oui ou non`,
    en: (p) => `indicator ${p.s('indicator')} expects yes or no`,
    fix: { fr: 'Les indicateurs 1.1, 1.2 et 2.3 se déclarent par oui ou non.', en: 'Indicators 1.1, 1.2 and 2.3 are reported as oui or non (yes or no).' },
    guide: 'valeurs',
  }),
  'indicateur-entier': entry({
    scope: 'value',
    fr: () => "l’indicateur 2.1 attend un nombre entier positif ou nul",
    en: () => 'indicator 2.1 expects a whole number, zero or more',
    fix: { fr: 'L’indicateur 2.1 compte des éléments : écrivez un nombre entier, par exemple 12.', en: 'Indicator 2.1 counts items: write a whole number, for example 12.' },
    guide: 'valeurs',
  }),
  'indicateur-nombre': entry({
    scope: 'value',
    fr: (p) => `l’indicateur ${p.s('indicator')} attend un nombre`,
    en: (p) => `indicator ${p.s('indicator')} expects a number`,
    fix: { fr: 'Un indicateur régional a pour valeur un nombre, par exemple 12 ou 12,5; son unité va dans la colonne unite.', en: 'A regional indicator’s value is a number, for example 12 or 12.5; its unit goes in the unite column.' },
    guide: 'valeurs',
  }),
  'indicateur-libelle': entry({
    scope: 'value',
    fr: () => 'un indicateur régional (R.*) doit avoir un libellé',
    en: () => 'a regional indicator (R.*) must have a title',
    fix: { fr: 'Écrivez dans la colonne libelle ce que l’indicateur régional mesure.', en: 'Write in the libelle column what the regional indicator measures.' },
    guide: 'colonnes-indicateurs',
  }),
  'faible-revenu-population': entry({
    scope: 'value',
    fr: () => 'les personnes à faible revenu dépassent la population de la région',
    en: () => 'the persons with low income outnumber the region’s population',
    fix: { fr: 'Vérifiez les deux chiffres : les personnes à faible revenu font partie de la population.', en: 'Check both figures: the persons with low income are part of the population.' },
    guide: 'colonnes-contexte',
  }),
  'montant-enveloppe': entry({
    scope: 'value',
    fr: (p) => `montant FQIS plus élevé que l’enveloppe quinquennale de l’Alliance (${figure(p.n('envelope'))} $) : vérifiez le chiffre ${KEPT.fr}`,
    en: (p) => `FQIS amount above the Alliance’s five-year envelope ($${enNumber.format(Math.round(p.n('envelope')))}): check the figure ${KEPT.en}`,
    fix: CHECK_KEPT,
    guide: 'erreur-montant-inhabituel',
  }),
  'montant-eleve': entry({
    scope: 'value',
    fr: () => `montant FQIS de plus de 1 000 000 $ pour une seule initiative dans l’année : vérifiez le chiffre ${KEPT.fr}`,
    en: () => `FQIS amount over $1,000,000 for one initiative in a year: check the figure ${KEPT.en}`,
    fix: CHECK_KEPT,
    guide: 'erreur-montant-inhabituel',
  }),
  'personnes-population': entry({
    scope: 'value',
    fr: (p) => `plus de personnes rejointes que la population de la région (${figure(p.n('population'))}) : vérifiez le chiffre ${KEPT.fr}`,
    en: (p) => `more persons reached than the region’s population (${enNumber.format(Math.round(p.n('population')))}): check the figure ${KEPT.en}`,
    fix: CHECK_KEPT,
    guide: 'erreur-montant-inhabituel',
  }),
  'date-debut-tot': entry({
    scope: 'value',
    fr: () => `date de début avant le 1er avril 2017 : inhabituelle, vérifiez la date ${KEPT.fr}`,
    en: () => `start date before 1 April 2017: unusual, check the date ${KEPT.en}`,
    fix: CHECK_DATE,
    guide: 'erreur-date-inhabituelle',
  }),
  'date-debut-tard': entry({
    scope: 'value',
    fr: () => `date de début après le 31 octobre 2029, après la fin du programme : vérifiez la date ${KEPT.fr}`,
    en: () => `start date after 31 October 2029, after the program ends: check the date ${KEPT.en}`,
    fix: CHECK_DATE,
    guide: 'erreur-date-inhabituelle',
  }),
  'date-fin-tard': entry({
    scope: 'value',
    fr: () => `date de fin après le 31 octobre 2034 : vérifiez la date ${KEPT.fr}`,
    en: () => `end date after 31 October 2034: check the date ${KEPT.en}`,
    fix: CHECK_DATE,
    guide: 'erreur-date-inhabituelle',
  }),
  'titre-long': entry({
    scope: 'value',
    fr: (p) => `titre de plus de 300 caractères (${figure(p.n('length'))}) : publié en entier dans les données, abrégé sur les pages ${KEPT.fr}`,
    en: (p) => `title over 300 characters (${enNumber.format(p.n('length'))}): published in full in the data, shortened on the pages ${KEPT.en}`,
    fix: { fr: 'La ligne est publiée; un titre court se lit mieux : gardez les détails pour la description.', en: 'The row is published; a short title reads better: keep the details for the description.' },
    guide: 'valeurs',
  }),
  'texte-long': entry({
    scope: 'value',
    fr: (p) => `texte de plus de 5 000 caractères (${figure(p.n('length'))}) : publié en entier dans les données, abrégé sur les pages ${KEPT.fr}`,
    en: (p) => `text over 5,000 characters (${enNumber.format(p.n('length'))}): published in full in the data, shortened on the pages ${KEPT.en}`,
    fix: { fr: 'La ligne est publiée; vérifiez que le texte n’a pas été collé deux fois.', en: 'The row is published; check that the text was not pasted twice.' },
    guide: 'valeurs',
  }),
  'alliance-a-preciser': entry({
    scope: 'value',
    fr: (p) => `la région ${p.s('region')} compte plusieurs Alliances (${p.list<string>('alliances').join(', ')}) : précisez laquelle`,
    en: (p) => `the ${p.s('region')} region has several Alliances (${p.list<string>('alliances').join(', ')}): say which one`,
    fix: { fr: 'Ajoutez la colonne alliance avec l’identifiant de l’Alliance de chaque ligne.', en: 'Add the alliance column with the identifier of each row’s Alliance.' },
    guide: 'erreur-nord-du-quebec',
  }),
  'alliance-inconnue': entry({
    scope: 'value',
    fr: () => 'Alliance inconnue',
    en: () => 'unknown Alliance',
    fix: { fr: 'Écrivez l’identifiant de l’Alliance tel que le fichier des Alliances le donne.', en: 'Write the Alliance’s identifier as the Alliances file gives it.' },
    guide: 'erreur-nord-du-quebec',
  }),
  'alliance-autre-region': entry({
    scope: 'value',
    fr: () => "cette Alliance n’appartient pas à la région de la ligne",
    en: () => 'this Alliance is not in the row’s region',
    fix: { fr: 'Vérifiez la région de la ligne, ou l’identifiant de l’Alliance.', en: 'Check the row’s region, or the Alliance’s identifier.' },
    guide: 'erreur-nord-du-quebec',
  }),
  'doublon-identique': entry({
    scope: 'row',
    fr: (p) => `ligne identique à la ligne ${p.n('line')} de ${p.s('file')} : publiée une seule fois`,
    en: (p) => `row identical to line ${p.n('line')} of ${p.s('file')}: published once`,
    fix: { fr: 'Supprimez la copie; la ligne est publiée une seule fois.', en: 'Delete the copy; the row is published once.' },
    guide: 'erreur-doublon-identique',
  }),
  'doublon-different': entry({
    scope: 'row',
    fr: (p) => `même clé que la ${others(p, 'fr')}, avec des valeurs différentes : aucune de ces lignes n’est publiée`,
    en: (p) => `same key as ${others(p, 'en')}, with different values: none of these rows is published`,
    fix: { fr: 'Gardez une seule ligne par initiative et par année, ou donnez un identifiant différent à chaque initiative.', en: 'Keep one row per initiative and year, or give each initiative a different identifier.' },
    guide: 'erreur-doublon-different',
  }),

  // ── Files and sheets (src/lib/ingest/index.ts, src/lib/formats/) ──
  'type-non-reconnu': entry({
    scope: 'file',
    fr: (p) => {
      const sheet = p.s('what') === 'feuille';
      const head = `type de ${sheet ? 'feuille' : 'fichier'} non reconnu : ${sheet ? 'rejetée' : 'rejeté'} en entier (${p.n('lines')} ${plural(p.n('lines'), 'ligne', 'lignes')})`;
      const kind = p.s('kind');
      if (kind === '') return head;
      return `${head}; pour un fichier ${KIND_NAMES[kind]?.fr ?? kind}, il manque : ${missing(p, 'fr').join(', ')}`;
    },
    en: (p) => {
      const sheet = p.s('what') === 'feuille';
      const head = `${sheet ? 'sheet' : 'file'} of an unknown kind: rejected whole (${p.n('lines')} ${plural(p.n('lines'), 'row', 'rows')})`;
      const kind = p.s('kind');
      if (kind === '') return head;
      return `${head}; a${kind === 'initiatives' || kind === 'indicateurs' || kind === 'alliances' ? 'n' : ''} ${KIND_NAMES[kind]?.en ?? kind} file lacks: ${missing(p, 'en').join(', ')}`;
    },
    fix: {
      fr: 'La première ligne doit nommer les colonnes obligatoires d’un type de fichier. Le message nomme chaque colonne qui manque et l’en-tête qui lui ressemble : corrigez l’orthographe de cet en-tête, ou partez d’un modèle.',
      en: 'The first row must name the required columns of a kind of file. The message names each missing column and the header that looks like it: correct that header’s spelling, or start from a template.',
    },
    guide: 'erreur-type-non-reconnu',
  }),
  'fichier-vide': entry({
    scope: 'file',
    fr: () => 'fichier vide : aucun en-tête',
    en: () => 'empty file: no header',
    fix: { fr: 'Le fichier ne contient rien : enregistrez-le de nouveau depuis votre tableur, avec son en-tête et ses lignes.', en: 'The file holds nothing: save it again from your spreadsheet, with its header and rows.' },
    guide: 'formats',
  }),
  'format-non-pris-en-charge': entry({
    scope: 'file',
    fr: (p) => `format non pris en charge (.${p.s('extension')}) : enregistrez le fichier au format Excel .xlsx ou en CSV UTF-8`,
    en: (p) => `format not supported (.${p.s('extension')}): save the file as an Excel .xlsx workbook or as UTF-8 CSV`,
    fix: SAVE_AS,
    guide: 'formats',
  }),
  'fichier-binaire': entry({
    scope: 'file',
    fr: () => "fichier illisible : ce n’est pas un fichier texte CSV (enregistrez-le en CSV UTF-8 ou en classeur .xlsx)",
    en: () => 'unreadable file: it is not a CSV text file (save it as UTF-8 CSV or as an .xlsx workbook)',
    fix: SAVE_AS,
    guide: 'formats',
  }),
  'classeur-sans-donnees': entry({
    scope: 'file',
    fr: () => 'classeur sans données : aucune feuille ne contient d’en-tête',
    en: () => 'workbook without data: no sheet holds a header',
    fix: { fr: 'Vérifiez que vous envoyez le bon classeur : ses feuilles sont vides.', en: 'Check that you are sending the right workbook: its sheets are empty.' },
    guide: 'formats',
  }),
  'feuille-masquee': entry({
    scope: 'file',
    fr: () => 'feuille masquée dans le classeur : lue et publiée comme les autres',
    en: () => 'hidden sheet in the workbook: read and published like the others',
    fix: { fr: 'Une feuille masquée est lue et publiée : affichez-la pour la vérifier, ou supprimez-la si elle ne doit pas l’être.', en: 'A hidden sheet is read and published: unhide it to check it, or delete it if it should not be.' },
    guide: 'erreur-feuille-masquee',
  }),
  'lignes-au-dessus': entry({
    scope: 'row',
    fr: (p) => `${p.n('count') === 1 ? 'ligne au-dessus de l’en-tête (titre ou notes) : non lue' : `${p.n('count')} lignes au-dessus de l’en-tête (titre ou notes) : non lues`}; l’en-tête est à la ligne ${p.n('header')}`,
    en: (p) => `${p.n('count') === 1 ? 'row above the header (title or notes): not read' : `${p.n('count')} rows above the header (title or notes): not read`}; the header is on row ${p.n('header')}`,
    fix: { fr: 'Rien à faire si ce sont un titre ou des notes. Sinon, placez l’en-tête sur la première ligne.', en: 'Nothing to do if these are a title or notes. Otherwise, put the header on the first row.' },
    guide: 'formats',
  }),
  'cellules-fusionnees': entry({
    scope: 'value',
    fr: (p) => `cellules fusionnées (${p.s('ref')}) : seule la première cellule porte la valeur, les autres sont lues vides`,
    en: (p) => `merged cells (${p.s('ref')}): only the first cell holds the value, the others are read empty`,
    fix: { fr: 'Annulez la fusion et écrivez la valeur dans chaque cellule.', en: 'Unmerge the cells and write the value in each of them.' },
    guide: 'erreur-fusion',
  }),
  'feuille-vide': entry({
    scope: 'file',
    fr: () => 'feuille vide : ignorée',
    en: () => 'empty sheet: ignored',
    fix: { fr: 'Rien à faire; supprimez la feuille si elle ne sert pas.', en: 'Nothing to do; delete the sheet if it is not used.' },
    guide: 'formats',
  }),
  'feuille-ignoree': entry({
    scope: 'file',
    fr: (p) => `feuille ignorée : son en-tête ne nomme aucun type de fichier (${p.n('lines')} ${plural(p.n('lines'), 'ligne', 'lignes')} non ${plural(p.n('lines'), 'lue', 'lues')})`,
    en: (p) => `sheet ignored: its header names no kind of file (${p.n('lines')} ${plural(p.n('lines'), 'row', 'rows')} not read)`,
    fix: { fr: 'Rien à faire si la feuille contient des instructions ou des notes. Si elle contient des données, nommez ses colonnes comme le guide l’indique.', en: 'Nothing to do if the sheet holds instructions or notes. If it holds data, name its columns as the guide says.' },
    guide: 'colonnes',
  }),
  'encodage-mixte': entry({
    scope: 'file',
    fr: (p) => {
      const count = p.n('count');
      return `${count} ${plural(count, 'ligne', 'lignes')} en ${p.s('other')} dans un fichier ${p.s('file')} (${lineList(p.list<number>('lines'), count)}) : ${count === 1 ? 'lue' : 'chacune lue'} dans son propre encodage, accents compris; enregistrez le fichier en CSV UTF-8 pour l’uniformiser`;
    },
    en: (p) => {
      const count = p.n('count');
      return `${count} ${plural(count, 'line', 'lines')} in ${p.s('other')} in a ${p.s('file')} file (${lineList(p.list<number>('lines'), count, 'en')}): ${count === 1 ? 'read' : 'each read'} in its own encoding, accents included; save the file as UTF-8 CSV to make it uniform`;
    },
    fix: { fr: 'Chaque ligne est lue dans son propre encodage; pour uniformiser le fichier, enregistrez-le de nouveau en « CSV UTF-8 ».', en: 'Each line is read in its own encoding; to make the file uniform, save it again as “CSV UTF-8”.' },
    guide: 'erreur-encodage-mixte',
  }),
  'octets-nuls': entry({
    scope: 'file',
    fr: (p) => {
      const removed = p.n('removed');
      const count = p.n('count');
      const what = removed === 1 ? '1 caractère nul (octet 0) retiré' : `${removed} caractères nuls (octets 0) retirés`;
      return `${what} (${lineList(p.list<number>('lines'), count)}) : le fichier a probablement été mal enregistré; vérifiez ${count === 1 ? 'cette ligne' : 'ces lignes'}`;
    },
    en: (p) => {
      const removed = p.n('removed');
      const count = p.n('count');
      const what = removed === 1 ? '1 null character (byte 0) removed' : `${removed} null characters (bytes 0) removed`;
      return `${what} (${lineList(p.list<number>('lines'), count, 'en')}): the file was probably saved badly; check ${count === 1 ? 'this line' : 'these lines'}`;
    },
    fix: { fr: 'Ouvrez le fichier dans votre tableur, vérifiez les lignes nommées et enregistrez-le de nouveau en « CSV UTF-8 ».', en: 'Open the file in your spreadsheet, check the lines named and save it again as “CSV UTF-8”.' },
    guide: 'formats',
  }),
  'fins-de-ligne': entry({
    scope: 'file',
    fr: (p) => `fins de ligne mélangées (${joinAnd(p.list<string>('kinds').map((k) => NEWLINE_WORDS[k]?.fr ?? k), 'fr')}) dès la ligne ${p.n('first')} : chaque ligne est lue séparément, aucune n’est fusionnée à une autre`,
    en: (p) => `mixed line endings (${joinAnd(p.list<string>('kinds').map((k) => NEWLINE_WORDS[k]?.en ?? k), 'en')}) from line ${p.n('first')}: each line is read on its own, none is merged with another`,
    fix: { fr: 'Rien à perdre : chaque ligne est lue. Pour uniformiser le fichier, enregistrez-le de nouveau depuis votre tableur.', en: 'Nothing is lost: each line is read. To make the file uniform, save it again from your spreadsheet.' },
    guide: 'formats',
  }),
  'classeur-mot-de-passe': entry({
    scope: 'file',
    fr: () => 'classeur protégé par un mot de passe : impossible à lire; enregistrez-le sans mot de passe, puis envoyez-le de nouveau',
    en: () => 'workbook protected by a password: cannot be read; save it without a password, then send it again',
    fix: { fr: 'Enregistrez une copie sans mot de passe et envoyez-la.', en: 'Save a copy without a password and send it.' },
    guide: 'erreur-mot-de-passe',
  }),
  'classeur-xls': entry({
    scope: 'file',
    fr: () => 'classeur Excel 97-2003 (.xls) : enregistrez-le au format .xlsx ou CSV',
    en: () => 'Excel 97-2003 workbook (.xls): save it as .xlsx or CSV',
    fix: SAVE_AS,
    guide: 'formats',
  }),
  'pas-un-classeur': entry({
    scope: 'file',
    fr: () => "fichier illisible : ce n’est pas un classeur Excel .xlsx (fichier endommagé ou mal nommé)",
    en: () => 'unreadable file: it is not an Excel .xlsx workbook (damaged or misnamed)',
    fix: SAVE_AS,
    guide: 'formats',
  }),
  'classeur-endommage': entry({
    scope: 'file',
    fr: () => 'classeur endommagé : impossible de le décompresser; ouvrez-le dans Excel et enregistrez-le de nouveau',
    en: () => 'damaged workbook: it cannot be unzipped; open it in Excel and save it again',
    fix: RESAVE,
    guide: 'formats',
  }),
  'classeur-xml-illisible': entry({
    scope: 'file',
    fr: () => 'classeur endommagé : son contenu XML est illisible',
    en: () => 'damaged workbook: its XML content is unreadable',
    fix: RESAVE,
    guide: 'formats',
  }),
  'classeur-sans-liste': entry({
    scope: 'file',
    fr: () => "classeur endommagé : il n’a pas de liste de feuilles (xl/workbook.xml)",
    en: () => 'damaged workbook: it has no list of sheets (xl/workbook.xml)',
    fix: RESAVE,
    guide: 'formats',
  }),
  'feuille-endommagee': entry({
    scope: 'file',
    fr: () => 'feuille endommagée : son contenu XML est illisible ou tronqué; ouvrez le classeur dans Excel et enregistrez-le de nouveau',
    en: () => 'damaged sheet: its XML content is unreadable or cut short; open the workbook in Excel and save it again',
    fix: RESAVE,
    guide: 'formats',
  }),
  'classeur-trop-volumineux': entry({
    scope: 'file',
    fr: (p) => `classeur trop volumineux une fois décompressé : ${megabytes(p.n('size'))}, limite ${megabytes(p.n('limit'))}; découpez-le en plusieurs fichiers (par année ou par région)`,
    en: (p) => `workbook too large once unzipped: ${megabytes(p.n('size'), 'en')}, limit ${megabytes(p.n('limit'), 'en')}; split it into several files (by year or by region)`,
    fix: SPLIT,
    guide: 'formats',
  }),
  'partie-trop-volumineuse': entry({
    scope: 'file',
    fr: (p) => `classeur trop volumineux une fois décompressé : ${megabytes(p.n('size'))}, limite ${megabytes(p.n('limit'))} ${p.s('part') === '' ? 'par feuille' : `(${p.s('part')})`}; découpez-le en plusieurs fichiers (par année ou par région)`,
    en: (p) => `workbook too large once unzipped: ${megabytes(p.n('size'), 'en')}, limit ${megabytes(p.n('limit'), 'en')} ${p.s('part') === '' ? 'per sheet' : `(${p.s('part')})`}; split it into several files (by year or by region)`,
    fix: SPLIT,
    guide: 'formats',
  }),
  'feuille-trop-de-cellules': entry({
    scope: 'file',
    fr: (p) => `feuille trop volumineuse : plus de ${frNumber.format(p.n('limit'))} cellules (limite); découpez-la en plusieurs fichiers (par année ou par région)`,
    en: (p) => `sheet too large: over ${enNumber.format(p.n('limit'))} cells (the limit); split it into several files (by year or by region)`,
    fix: SPLIT,
    guide: 'formats',
  }),
  'formule-sans-valeur': entry({
    scope: 'value',
    fr: () => 'formule sans valeur calculée : ouvrez le classeur dans Excel, recalculez-le et enregistrez-le',
    en: () => 'formula without a calculated value: open the workbook in Excel, recalculate it and save it',
    fix: { fr: 'Ouvrez le classeur dans Excel, laissez-le recalculer, puis enregistrez-le. Un classeur produit par un autre logiciel peut ne pas contenir les résultats.', en: 'Open the workbook in Excel, let it recalculate, then save it. A workbook made by other software may not hold the results.' },
    guide: 'erreur-formule',
  }),
  'erreur-excel': entry({
    scope: 'value',
    fr: (p) => `erreur Excel dans la cellule (${p.s('value')})`,
    en: (p) => `Excel error in the cell (${p.s('value')})`,
    fix: { fr: 'Corrigez la formule de la cellule dans Excel (une division par zéro, une référence perdue), ou remplacez-la par sa valeur.', en: 'Correct the cell’s formula in Excel (a division by zero, a lost reference), or replace it with its value.' },
    guide: 'erreur-formule',
  }),
  'fichier-verrou': entry({
    scope: 'file',
    fr: () => 'fichier de verrouillage d’Excel (~$…) : non lu',
    en: () => 'Excel lock file (~$…): not read',
    fix: { fr: 'Rien à faire : Excel crée ce fichier pendant qu’un classeur est ouvert.', en: 'Nothing to do: Excel makes this file while a workbook is open.' },
    guide: 'formats',
  }),
  'fichier-source-json': entry({
    scope: 'file',
    fr: () => 'description des données (source.json) : lue à part, pas une exportation',
    en: () => 'data description (source.json): read separately, not an export',
    fix: { fr: 'Rien à faire.', en: 'Nothing to do.' },
    guide: 'formats',
  }),
  'fichier-cache': entry({
    scope: 'file',
    fr: () => 'fichier caché : non lu',
    en: () => 'hidden file: not read',
    fix: { fr: 'Rien à faire.', en: 'Nothing to do.' },
    guide: 'formats',
  }),
  documentation: entry({
    scope: 'file',
    fr: () => 'documentation : non lue (ni CSV ni classeur .xlsx)',
    en: () => 'documentation: not read (neither CSV nor an .xlsx workbook)',
    fix: { fr: 'Rien à faire.', en: 'Nothing to do.' },
    guide: 'formats',
  }),
  'autre-format': entry({
    scope: 'file',
    fr: (p) => `fichier non lu : ni CSV ni classeur Excel .xlsx${p.s('extension') === '' ? '' : ` (format .${p.s('extension')})`}; enregistrez les données en CSV UTF-8 ou en .xlsx`,
    en: (p) => `file not read: neither CSV nor an Excel .xlsx workbook${p.s('extension') === '' ? '' : ` (.${p.s('extension')} format)`}; save the data as UTF-8 CSV or .xlsx`,
    fix: SAVE_AS,
    guide: 'formats',
  }),
  'lien-brise': entry({
    scope: 'file',
    fr: () => 'lien symbolique brisé (sa cible n’existe pas) : non lu',
    en: () => 'broken symbolic link (its target does not exist): not read',
    fix: { fr: 'Copiez le fichier lui-même dans le dossier, à la place du lien.', en: 'Copy the file itself into the folder, instead of the link.' },
    guide: 'formats',
  }),
  'lien-hors-dossier': entry({
    scope: 'file',
    fr: () => 'lien symbolique vers un fichier hors du dossier d’entrée : non lu (copiez le fichier dans le dossier)',
    en: () => 'symbolic link to a file outside the input folder: not read (copy the file into the folder)',
    fix: { fr: 'Copiez le fichier lui-même dans le dossier, à la place du lien.', en: 'Copy the file itself into the folder, instead of the link.' },
    guide: 'formats',
  }),
  'lien-dossier': entry({
    scope: 'file',
    fr: () => 'lien symbolique vers un dossier : non suivi (ses fichiers sont lus à leur place dans le dossier)',
    en: () => 'symbolic link to a folder: not followed (its files are read where they are in the folder)',
    fix: { fr: 'Rien à faire.', en: 'Nothing to do.' },
    guide: 'formats',
  }),
  'pas-un-fichier': entry({
    scope: 'file',
    fr: () => 'pas un fichier ordinaire : non lu',
    en: () => 'not a regular file: not read',
    fix: { fr: 'Rien à faire.', en: 'Nothing to do.' },
    guide: 'formats',
  }),
  'fichier-trop-volumineux': entry({
    scope: 'file',
    fr: (p) => `fichier trop volumineux : ${megabytes(p.n('size'))}, limite ${megabytes(p.n('limit'))}; découpez-le en plusieurs fichiers (par année ou par région)`,
    en: (p) => `file too large: ${megabytes(p.n('size'), 'en')}, limit ${megabytes(p.n('limit'), 'en')}; split it into several files (by year or by region)`,
    fix: SPLIT,
    guide: 'formats',
  }),

  // ── Problems counted, not listed (src/lib/ingest/problemCap.ts) ──
  'autres-lignes': entry({
    scope: 'row',
    // The inner reason is added by `reasonText`.
    fr: (p) => `… et ${frNumber.format(p.n('count'))} ${plural(p.n('count'), 'autre ligne', 'autres lignes')} : même raison`,
    en: (p) => `… and ${enNumber.format(p.n('count'))} ${plural(p.n('count'), 'other row', 'other rows')}: same reason`,
    fix: { fr: 'Corrigez la même chose sur ces lignes aussi.', en: 'Correct the same thing on these rows too.' },
    guide: 'erreurs-courantes',
  }),
} as const satisfies Record<string, Entry>;

export type ReasonCode = keyof typeof REASONS;
export const REASON_CODES = Object.keys(REASONS) as ReasonCode[];

/** « ligne 12 de a.csv, ligne 40 de b.csv et 3 autres lignes » of `doublon-different`. */
function others(p: P, lang: ReasonLang): string {
  const lines = p.list<number>('lines');
  const files = p.list<string>('files');
  const more = p.n('more');
  const named = lines.map((l, i) => (lang === 'fr' ? `ligne ${l} de ${files[i]}` : `line ${l} of ${files[i]}`));
  if (more === 0) return named.join(', ');
  const rest = lang === 'fr' ? (more === 1 ? 'une autre ligne' : `${more} autres lignes`) : more === 1 ? 'one other row' : `${more} other rows`;
  return `${named.join(', ')} ${lang === 'fr' ? 'et' : 'and'} ${rest}`;
}

/** The missing columns of `type-non-reconnu`, each with the header that looks like it. */
function missing(p: P, lang: ReasonLang): string[] {
  const columns = p.list<string>('missing');
  const closest = p.list<string>('closest');
  return columns.map((column, i) => {
    const like = closest[i] ?? '';
    if (like === '') return column;
    return lang === 'fr' ? `${column} (« ${like} » ressemble à ${column})` : `${column} (“${like}” looks like ${column})`;
  });
}

/** A cause's reason, in a language: the report's text in French. */
export function reasonText(cause: Cause, lang: ReasonLang = 'fr'): string {
  const entry: Entry = REASONS[cause.code];
  const text = entry[lang](new P(cause.params ?? {}));
  if (cause.code !== 'autres-lignes' || cause.inner === undefined) return text;
  // The shared reason, its quoted values blanked (they differ from row to row).
  const inner = reasonText(cause.inner, lang);
  return `${text} (${lang === 'fr' ? inner.replace(/«[^»]*»/g, '« … »') : inner.replace(/“[^”]*”/g, '“…”')})`;
}

/** How to fix a cause, in a language (for `autres-lignes`, the shared reason's fix). */
export function fixText(cause: Cause, lang: ReasonLang): string {
  const shown = cause.code === 'autres-lignes' && cause.inner ? cause.inner : cause;
  return REASONS[shown.code].fix[lang];
}

/** The guide's anchor for a cause (`erreur-statut`, `valeurs`). */
export function guideAnchor(cause: Cause): string {
  const shown = cause.code === 'autres-lignes' && cause.inner ? cause.inner : cause;
  return REASONS[shown.code].guide;
}

export function scopeOf(code: ReasonCode): Scope {
  return REASONS[code].scope;
}
