/**
 * The common errors of the partners' guide (`/partenaires/`, issue #11):
 * small in-memory exports, each with one mistake, read by the real ingest
 * code at build time. The page prints the reason each one produces and its
 * fix, from the one catalogue (src/lib/contract/reasons.ts), so the guide
 * can never drift from what `npm run validate` and the checker say
 * (test/lib/guide/examples.test.ts fails loudly when a message moves).
 */
import { ingestFiles } from '../ingest/index.ts';
import type { SourceFile } from '../ingest/index.ts';
import type { Problem, Severity } from '../ingest/problems.ts';
import type { Cause } from '../contract/reasons.ts';
import { encryptedWorkbook, sheetWorkbook } from './workbook.ts';

/** Identifiers of the examples; the page's texts are `guide.error.<id>` and `guide.error.<id>.fix`. */
export const EXAMPLE_IDS = [
  'region',
  'priorite',
  'statut',
  'montant-illisible',
  'montant-negatif',
  'montant-trop-eleve',
  'montant-inhabituel',
  'date-inexistante',
  'date-mois',
  'date-fin',
  'date-inhabituelle',
  'obligatoire',
  'exemple-modele',
  'champs-en-trop',
  'doublon-different',
  'doublon-identique',
  'colonne-inconnue',
  'renseignements-personnels',
  'lien',
  'type-non-reconnu',
  'synonyme-double',
  'nord-du-quebec',
  'formule',
  'fusion',
  'feuille-masquee',
  'mot-de-passe',
  'encodage-mixte',
] as const;

export type ExampleId = (typeof EXAMPLE_IDS)[number];

export interface ErrorExample {
  readonly id: ExampleId;
  /** What the partner would see in the file: the header and the faulty cell (or header). */
  readonly colonne: string;
  readonly valeur: string;
  /** The problems the example must produce (two rows that share a key are both reported). */
  readonly expected: { readonly gravite: Severity; readonly colonne: string; readonly count: number };
  readonly sources: readonly SourceFile[];
}

/** A valid initiatives row of Mauricie (a region with one Alliance), header as partners write it. */
const BASE: ReadonlyArray<readonly [string, string]> = [
  ['Année', '2024-2025'],
  ['Région', '04'],
  ['ID', 'EX-01'],
  ['Titre', 'Cuisines collectives'],
  ['Organisme', 'Centre d’entraide'],
  ['Priorité', 'securite-alimentaire'],
  ['Statut', 'en-cours'],
  ['Date début', '2024-11-01'],
  ['Date fin', '2025-10-31'],
  ['Montant FQIS', '12 500'],
  ['Lien', 'https://exemple.org'],
  ['Description', 'Repas et ateliers'],
];

type Row = Readonly<Record<string, string>>;

const encoder = new TextEncoder();

/** A `;` CSV (what French Excel writes) of the base columns, renamed or extended, with rows given as changes of the base row. */
function initiatives(rows: readonly Row[], options: { rename?: Row; extra?: readonly string[] } = {}): SourceFile {
  const header = [...BASE.map(([h]) => options.rename?.[h] ?? h), ...(options.extra ?? [])];
  const lines = rows.map((row) => [...BASE.map(([h, v]) => row[h] ?? v), ...(options.extra ?? []).map((h) => row[h] ?? '')].join(';'));
  return { fichier: 'initiatives.csv', bytes: encoder.encode([header.join(';'), ...lines].join('\r\n') + '\r\n') };
}

/** One faulty cell of the base row. */
function cell(id: ExampleId, colonne: string, valeur: string, gravite: Severity = 'erreur'): ErrorExample {
  return { id, colonne, valeur, expected: { gravite, colonne, count: 1 }, sources: [initiatives([{ [colonne]: valeur }])] };
}

/** The base row as a one-sheet workbook, with one workbook feature (a formula, merged cells, a hidden sheet). */
function workbookExample(id: ExampleId, colonne: string, valeur: string, gravite: Severity, expectedColumn: string, options: Parameters<typeof sheetWorkbook>[2]): ErrorExample {
  const bytes = sheetWorkbook('Initiatives', [BASE.map(([h]) => h), BASE.map(([, v]) => v)], options);
  return { id, colonne, valeur, expected: { gravite, colonne: expectedColumn, count: 1 }, sources: [{ fichier: 'initiatives.xlsx', bytes }] };
}

/** The base file in UTF-8 with its second row saved in Windows-1252 (a line pasted from another file). */
function mixedEncoding(): SourceFile {
  const utf8 = initiatives([{ Titre: 'Épicerie solidaire' }, { ID: 'EX-02', Titre: 'Épicerie solidaire' }]).bytes;
  const text = new TextDecoder().decode(utf8);
  const lines = text.split('\r\n');
  const latin = Uint8Array.from([...lines[2]!].map((ch) => ch.charCodeAt(0) === 0x2019 ? 0x92 : ch.charCodeAt(0)));
  const head = encoder.encode(`${lines.slice(0, 2).join('\r\n')}\r\n`);
  const tail = encoder.encode('\r\n');
  const out = new Uint8Array(head.length + latin.length + tail.length);
  out.set(head);
  out.set(latin, head.length);
  out.set(tail, head.length + latin.length);
  return { fichier: 'initiatives.csv', bytes: out };
}

const NORD_ALLIANCES = [
  'alliance;region;nom',
  '10-cree;10;Eeyou Istchee',
  '10-kativik;10;Kativik',
  '10-jamesie;10;Jamésie',
].join('\r\n');

/** The examples, in the order the page shows them. */
export function errorExamples(): ErrorExample[] {
  const amount = BASE.findIndex(([h]) => h === 'Montant FQIS');
  return [
    cell('region', 'Région', 'Gaspésie–Îles'),
    cell('priorite', 'Priorité', 'Logement'),
    cell('statut', 'Statut', 'Terminé'),
    cell('montant-illisible', 'Montant FQIS', 'environ 5000'),
    cell('montant-negatif', 'Montant FQIS', '-2 000'),
    cell('montant-trop-eleve', 'Montant FQIS', '12 500 000 000'),
    cell('montant-inhabituel', 'Montant FQIS', '1 250 000', 'avertissement'),
    cell('date-inexistante', 'Date début', '31/02/2025'),
    cell('date-mois', 'Date début', '11/30/2024'),
    cell('date-fin', 'Date fin', '2024-10-31'),
    {
      id: 'date-inhabituelle',
      colonne: 'Date début',
      valeur: '2016-11-01',
      expected: { gravite: 'avertissement', colonne: 'Date début', count: 1 },
      sources: [initiatives([{ 'Date début': '2016-11-01', 'Date fin': '2017-10-31' }])],
    },
    cell('obligatoire', 'Titre', ''),
    cell('exemple-modele', 'ID', 'EXEMPLE-1'),
    {
      id: 'champs-en-trop',
      colonne: 'Description',
      valeur: 'Repas; ateliers',
      expected: { gravite: 'erreur', colonne: '', count: 1 },
      sources: [initiatives([{ Description: 'Repas; ateliers' }])],
    },
    {
      id: 'doublon-different',
      colonne: 'ID',
      valeur: 'EX-01',
      // Both rows are rejected, and each is reported.
      expected: { gravite: 'erreur', colonne: 'ID', count: 2 },
      sources: [initiatives([{}, { 'Montant FQIS': '9 000' }])],
    },
    {
      id: 'doublon-identique',
      colonne: 'ID',
      valeur: 'EX-01',
      expected: { gravite: 'avertissement', colonne: 'ID', count: 1 },
      sources: [initiatives([{}, {}])],
    },
    {
      id: 'colonne-inconnue',
      colonne: 'Remarques internes',
      valeur: 'À revoir en janvier',
      expected: { gravite: 'avertissement', colonne: 'Remarques internes', count: 1 },
      sources: [initiatives([{ 'Remarques internes': 'À revoir en janvier' }], { extra: ['Remarques internes'] })],
    },
    {
      id: 'renseignements-personnels',
      colonne: 'Courriel du contact',
      valeur: 'prenom.nom@exemple.org',
      expected: { gravite: 'avertissement', colonne: 'Courriel du contact', count: 1 },
      sources: [initiatives([{ 'Courriel du contact': 'prenom.nom@exemple.org' }], { extra: ['Courriel du contact'] })],
    },
    cell('lien', 'Lien', 'www.exemple.org', 'avertissement'),
    {
      id: 'type-non-reconnu',
      colonne: 'Orgnisme porteur',
      valeur: '',
      expected: { gravite: 'erreur', colonne: '', count: 1 },
      sources: [initiatives([{}], { rename: { Organisme: 'Orgnisme porteur' } })],
    },
    {
      id: 'synonyme-double',
      colonne: 'Projet',
      valeur: 'Cuisines collectives',
      expected: { gravite: 'avertissement', colonne: 'Projet', count: 1 },
      sources: [initiatives([{ Projet: 'Cuisines collectives' }], { extra: ['Projet'] })],
    },
    {
      id: 'nord-du-quebec',
      colonne: 'Région',
      valeur: '10',
      expected: { gravite: 'erreur', colonne: 'alliance', count: 1 },
      sources: [{ fichier: 'alliances.csv', bytes: encoder.encode(`${NORD_ALLIANCES}\r\n`) }, initiatives([{ Région: '10' }])],
    },
    workbookExample('formule', 'Montant FQIS', '=B7*0.25', 'erreur', 'Montant FQIS', { formula: { column: amount, formula: 'B7*0.25' } }),
    workbookExample('fusion', 'Date début', 'H2:I2', 'avertissement', 'Date début', { merge: 'H2:I2' }),
    workbookExample('feuille-masquee', 'Initiatives', '', 'avertissement', '', { hidden: true }),
    {
      id: 'mot-de-passe',
      colonne: '',
      valeur: 'initiatives.xlsx',
      expected: { gravite: 'erreur', colonne: '', count: 1 },
      sources: [{ fichier: 'initiatives.xlsx', bytes: encryptedWorkbook() }],
    },
    {
      id: 'encodage-mixte',
      colonne: '',
      valeur: 'Épicerie solidaire',
      expected: { gravite: 'avertissement', colonne: '', count: 1 },
      sources: [mixedEncoding()],
    },
  ];
}

export interface ExampleResult {
  readonly example: ErrorExample;
  /** Every problem the example produced, as `npm run validate` prints them. */
  readonly problems: readonly Problem[];
  /** The report's message: the first problem's reason, in French. */
  readonly raison: string;
  /** The first problem's cause: its reason and its fix in either language come from the catalogue (src/lib/contract/reasons.ts). */
  readonly cause: Cause;
  readonly gravite: Severity;
}

/** Runs every example through the real ingest code. */
export function runExamples(): ExampleResult[] {
  return errorExamples().map((example) => {
    const { problems } = ingestFiles(example.sources);
    const first = problems[0];
    if (first === undefined) throw new Error(`The guide's example ${example.id} gives no problem.`);
    return { example, problems, raison: first.raison, cause: first.cause, gravite: first.gravite };
  });
}
