/**
 * What the partners' guide (`/partenaires/`, issue #11) « Préparer et
 * vérifier vos fichiers » shows beyond its fixed texts: who sends each
 * kind of file, the accepted forms of values, each kind's columns and
 * their synonyms (from the schema), and each common error with the message
 * the real ingest code gives on a small example file (lib/guide/examples.ts),
 * never copied by hand, and its fix, both from the reasons' catalogue in
 * the page's language; the links to the checker and the templates.
 * Example cells are what a file holds, in French (the view marks them).
 */
import { t } from '../i18n/index.ts';
import type { Key } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { localePath, withBase } from '../lib/site/url.ts';
import { SCHEMAS } from '../lib/contract/columns.ts';
import type { Kind } from '../lib/contract/columns.ts';
import { GUIDE_KINDS, SENDER, synonymRows } from '../lib/guide/columns.ts';
import type { SynonymRow } from '../lib/guide/columns.ts';
import { runExamples } from '../lib/guide/examples.ts';
import { fixText, reasonText } from '../lib/contract/reasons.ts';
import type { ExampleResult } from '../lib/guide/examples.ts';
import { TEMPLATE_DIR, TEMPLATE_WORKBOOK, templateCsvName } from '../lib/publish/templates.ts';

/** The guide's sections: id (a French slug, the same on the English page) and title. */
const SECTIONS: ReadonlyArray<readonly [string, Key]> = [
  ['qui-envoie', 'guide.who'],
  ['annee', 'guide.year'],
  ['formats', 'guide.formats'],
  ['valeurs', 'guide.values'],
  ['colonnes', 'guide.columns'],
  ['synonymes', 'guide.synonyms'],
  ['donnees-a-corriger', 'guide.bad'],
  ['erreurs-courantes', 'guide.errors'],
  ['verifier', 'guide.check'],
];

/** Accepted forms of each kind of value (contract §1.1), as written in a file. */
const VALUES: ReadonlyArray<{ what: Key; forms: readonly string[]; note?: Key }> = [
  { what: 'guide.values.amount', forms: ['12500', '12500.5', '12 500,50 $', '12500,50', '12 500 $'], note: 'guide.values.amount.note' },
  { what: 'guide.values.integer', forms: ['1 234', '1234'] },
  { what: 'guide.values.date', forms: ['2025-03-31', '31/03/2025', '2025/03/31'], note: 'guide.values.date.note' },
  { what: 'guide.values.yesno', forms: ['oui', 'non', 'o', 'n', 'yes', 'no', '1', '0', 'vrai', 'faux'], note: 'guide.values.yesno.note' },
  { what: 'guide.values.list', forms: ['Maskinongé | Les Chenaux'], note: 'guide.values.list.note' },
  { what: 'guide.values.codes', forms: ['04', 'Mauricie', 'securite-alimentaire', 'Sécurité alimentaire', 'en-cours', 'En cours'], note: 'guide.values.codes.note' },
];

export interface PartnerGuidePage {
  /** Each section's title by id (`qui-envoie`…), in order: the table of contents and the headings. */
  readonly sections: ReadonlyArray<{ readonly id: string; readonly label: string }>;
  /** Each kind of file, partners' first: its name, who sends it, what it holds. */
  readonly kinds: ReadonlyArray<{ readonly kind: Kind; readonly file: string; readonly sender: string; readonly content: string }>;
  /** Each kind of value: what it is, its accepted forms (written in a file: French), a note or null. */
  readonly values: ReadonlyArray<{ readonly what: string; readonly forms: readonly string[]; readonly note: string | null }>;
  /** Each kind's columns, in the schema's order, with the table's label. */
  readonly columns: ReadonlyArray<{
    readonly kind: Kind;
    readonly file: string;
    readonly label: string;
    readonly columns: ReadonlyArray<{ readonly name: string; readonly required: string; readonly description: string }>;
  }>;
  /** The columns that have synonyms, with the kinds that read them. */
  readonly synonyms: readonly SynonymRow[];
  /** Each common error: what happened, the example's column and value (French, '' for none), the tool's message, how to fix it. */
  readonly errors: ReadonlyArray<{
    readonly id: string;
    readonly situation: string;
    readonly column: string;
    readonly value: string;
    readonly gravite: ExampleResult['gravite'];
    /** « Erreur » or « Avertissement », in the page's language. */
    readonly severity: string;
    /** The ingest's message, in the page's language (the reasons' catalogue). */
    readonly message: string;
    readonly fix: string;
  }>;
  readonly checkerHref: string;
  /** One template per kind, then the workbook of all of them (downloads). */
  readonly templates: ReadonlyArray<{ readonly text: string; readonly href: string }>;
  /** The data page's list of templates (`/donnees/#modeles`). */
  readonly allTemplatesHref: string;
}

export function partnerGuidePage(lang: Lang): PartnerGuidePage {
  const fileName = (kind: Kind): string => t(lang, `guide.file.${kind}` as Key);
  const templates = withBase(`/donnees/${TEMPLATE_DIR}/`);
  return {
    sections: SECTIONS.map(([id, key]) => ({ id, label: t(lang, key) })),
    kinds: GUIDE_KINDS.map((kind) => ({
      kind,
      file: fileName(kind),
      sender: t(lang, SENDER[kind] === 'ministry' ? 'guide.who.ministry' : 'guide.who.partners'),
      content: t(lang, `guide.kind.${kind}` as Key),
    })),
    values: VALUES.map((v) => ({ what: t(lang, v.what), forms: v.forms, note: v.note ? t(lang, v.note) : null })),
    columns: GUIDE_KINDS.map((kind) => ({
      kind,
      file: fileName(kind),
      label: t(lang, 'guide.columns.kind', { file: fileName(kind) }),
      columns: SCHEMAS[kind].map((c) => ({
        name: c.name,
        required: t(lang, c.required ? 'guide.columns.yes' : 'guide.columns.no'),
        description: lang === 'fr' ? c.fr : c.en,
      })),
    })),
    synonyms: synonymRows().filter((r) => r.kinds.length > 0),
    errors: runExamples().map(({ example, cause, gravite }) => ({
      id: example.id,
      situation: t(lang, `guide.error.${example.id}` as Key),
      column: example.colonne,
      value: example.valeur,
      gravite,
      severity: t(lang, gravite === 'erreur' ? 'guide.errors.erreur' : 'guide.errors.avertissement'),
      message: reasonText(cause, lang),
      fix: fixText(cause, lang),
    })),
    checkerHref: localePath(lang, '/verifier/'),
    templates: [
      ...GUIDE_KINDS.map((kind) => ({ text: t(lang, 'guide.check.template', { file: fileName(kind) }), href: `${templates}${templateCsvName(kind)}` })),
      { text: t(lang, 'guide.check.workbook'), href: `${templates}${TEMPLATE_WORKBOOK}` },
    ],
    allTemplatesHref: `${localePath(lang, '/donnees/')}#modeles`,
  };
}
