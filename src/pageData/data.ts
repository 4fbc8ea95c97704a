/**
 * What the data page (`/donnees/`) shows: the downloads with size and
 * format, the partners' templates (current site only: editions freeze no
 * template), the data dictionary generated from the contract's schema (the
 * same source as datapackage.json) with the headers the partners' files
 * may use, how to cite, and data quality as counts only. Pure: the sizes of
 * the files on disk come in (`downloadSizes`, lib/site/downloads.ts); a
 * file without a size is not offered.
 */
import { t } from '../i18n/index.ts';
import { plainText } from './figureCite.ts';
import type { Key } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { date, decimal, integer, year } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';
import type { DownloadSizes } from '../lib/site/downloads.ts';
import { absoluteUrl, localePath, localeSitePath, withBase } from '../lib/site/url.ts';
import { fieldsOf, INDICATOR_FIELDS, PRACTICE_FIELDS } from '../lib/publish/datapackage.ts';
import type { Field } from '../lib/publish/datapackage.ts';
import { englishDescription } from '../lib/publish/fieldsEnglish.ts';
import { workbookPath } from '../lib/publish/workbooks.ts';
import { TEMPLATE_DIR, TEMPLATE_WORKBOOK, acceptedHeaders, templateCsvName } from '../lib/publish/templates.ts';
import { REGIONS } from '../lib/contract/regions.ts';
import { KINDS, SCHEMAS } from '../lib/contract/columns.ts';
import type { Kind } from '../lib/contract/columns.ts';
import { unusualSection } from './unusualValues.ts';
import type { UnusualSection } from './unusualValues.ts';

/** The datasets a site may offer, in the page's order, and what each holds. */
const FILES = [
  { name: 'initiatives.csv', format: 'CSV', fr: 'Initiatives, une ligne par initiative et par année', en: 'Initiatives, one row per initiative and year' },
  { name: 'initiatives.json', format: 'JSON', fr: 'Les mêmes initiatives, en JSON', en: 'The same initiatives, as JSON' },
  { name: 'indicateurs.csv', format: 'CSV', fr: 'Indicateurs dérivés par année et territoire (format long)', en: 'Derived indicators by year and territory (long format)' },
  { name: 'alliances.csv', format: 'CSV', fr: 'Les Alliances et leurs enveloppes', en: 'The Alliances and their envelopes' },
  { name: 'priorites.csv', format: 'CSV', fr: 'Priorités des plans d’action régionaux', en: 'Priorities of the regional action plans' },
  { name: 'contexte.csv', format: 'CSV', fr: 'Chiffres de contexte par région et année (population, personnes à faible revenu) et leur source', en: 'Context figures by region and year (population, persons in low-income households) and their source' },
  { name: 'pratiques.csv', format: 'CSV', fr: 'Pratiques gagnantes, une ligne par pratique et par année, avec l’adresse de la page de chacune', en: 'Winning practices, one row per practice and year, with the path of each one’s page' },
  { name: 'datapackage.json', format: 'JSON (Frictionless Data Package)', fr: 'Description de tous les fichiers : champs, types, licence', en: 'Description of every file: fields, types, licence' },
] as const;

/** `resource`: the dataset's name in datapackage.json, which the English descriptions are keyed by. */
const DICTIONARIES: ReadonlyArray<{ file: string; resource: string; fields: readonly Field[] }> = [
  { file: 'initiatives.csv', resource: 'initiatives', fields: fieldsOf('initiatives') },
  { file: 'indicateurs.csv', resource: 'indicateurs', fields: INDICATOR_FIELDS },
  { file: 'alliances.csv', resource: 'alliances', fields: fieldsOf('alliances') },
  { file: 'priorites.csv', resource: 'priorites', fields: fieldsOf('priorites') },
  { file: 'contexte.csv', resource: 'contexte', fields: fieldsOf('contexte') },
  { file: 'pratiques.csv', resource: 'pratiques', fields: PRACTICE_FIELDS },
];

/** A downloadable file's row. */
export interface DownloadRow {
  /** The file's name as the link shows it. */
  readonly name: string;
  /** Its href (under the base path, in this site's datasets folder). */
  readonly href: string;
  /** What it holds, in the page's language. */
  readonly description: string;
  readonly format: string;
  /** Its size, `12,3 ko` or `1.2 MB`. */
  readonly size: string;
}

/** One field of a dataset's dictionary. */
export interface DictionaryField {
  readonly name: string;
  /** The Frictionless type (`string`, `integer`…). */
  readonly type: string;
  /** The allowed values, shown when there are six or fewer; null otherwise. */
  readonly values: readonly string[] | null;
  readonly required: boolean;
  /** datapackage.json's French description, or the schema's English one on the English page. */
  readonly description: string;
}

/** One column of a partners' file and the other headers it may carry. */
export interface HeaderRow {
  readonly column: string;
  readonly required: boolean;
  /** Headers also accepted for the column; empty when none. */
  readonly other: readonly string[];
}

/** One quality row: a file, or the files of one region added up. Counts already formatted. */
export interface QualityCounts {
  readonly received: string;
  readonly published: string;
  readonly rejected: string;
  readonly warnings: string;
}

/** The files whose rows name one region (or none, or several: « Autres »). */
export interface QualityGroup extends QualityCounts {
  /** The region's name, or « Autres fichiers ». */
  readonly title: string;
  /** How many files, formatted. */
  readonly files: string;
  readonly rows: ReadonlyArray<
    QualityCounts & {
      /** The file's name as received. */
      readonly file: string;
      /** The kind it was read as; null when unknown or not read. */
      readonly kind: string | null;
      /** Why it was not read (the tool's French), or null when it was. */
      readonly unread: string | null;
      readonly duplicates: string;
      /** How many MRC warnings, formatted. */
      readonly mrc: string;
    }
  >;
}

export interface DataPage {
  /** The lead paragraph (it mentions the workbooks when there are any). */
  readonly lead: string;
  /** « Sur cette page »: section ids and labels. */
  readonly toc: ReadonlyArray<{ readonly id: string; readonly label: string }>;
  /** The datasets there are, each CSV followed by its Excel workbook when there is one. */
  readonly downloads: readonly DownloadRow[];
  /** The partners' templates (contract §8); empty for an edition. */
  readonly templates: readonly DownloadRow[];
  /** The checker's and the partners' guide's hrefs (shown under the templates). */
  readonly checkerHref: string;
  readonly guideHref: string;
  /** Each dataset's fields. */
  readonly dictionaries: ReadonlyArray<{ readonly file: string; readonly fields: readonly DictionaryField[] }>;
  /** Each kind of partners' file: its label and its columns' accepted headers. */
  readonly headers: ReadonlyArray<{ readonly kind: Kind; readonly label: string; readonly columns: readonly HeaderRow[] }>;
  /** The suggested citation, up to its permanent URL (the view adds the access date): the data's date, the edition if any. */
  readonly cite: string;
  /** Data quality, counts only, grouped by the region a file's rows name. */
  readonly quality: readonly QualityGroup[];
  /** Plausibility warnings on published initiatives (contract §1.5). */
  readonly unusual: UnusualSection;
}

/** A file's size as the page writes it: kB below 1 MB, one decimal. */
export function fileSize(bytes: number, lang: Lang): string {
  return bytes >= 1e6 ? `${decimal(bytes / 1e6, lang)} ${lang === 'fr' ? 'Mo' : 'MB'}` : `${decimal(bytes / 1e3, lang)} ${lang === 'fr' ? 'ko' : 'kB'}`;
}

export function dataPage(data: SiteData, lang: Lang, sizes: DownloadSizes): DataPage {
  const row = (name: string, path: string, description: string, format: string): DownloadRow => ({
    name,
    href: withBase(`${data.files.path}${path}`),
    description,
    format,
    size: fileSize(sizes[path]!, lang),
  });
  // The files there are (an edition frozen before a dataset existed has none of it), each CSV dataset
  // followed by its Excel workbook (contract §2.1; an edition frozen under contract 2 has none).
  const downloads = FILES.filter((f) => sizes[f.name] !== undefined).flatMap((f) => {
    const own = row(f.name, f.name, f[lang], f.format);
    const xlsx = workbookPath(f.name);
    if (xlsx === f.name || sizes[xlsx] === undefined) return [own];
    return [own, row(xlsx, xlsx, t(lang, 'data.xlsx', { file: f.name }), 'Excel (.xlsx)')];
  });
  const kindLabel = (kind: Kind): string => t(lang, `data.synonyms.kind.${kind}` as Key);
  // The partners' templates (contract §8), written by the pipeline beside the current datasets.
  const templates = [
    ...KINDS.map((kind) => ({ name: templateCsvName(kind), format: 'CSV', text: t(lang, 'templates.csv', { kind: kindLabel(kind) }) })),
    { name: TEMPLATE_WORKBOOK, format: 'Excel (.xlsx)', text: t(lang, 'templates.xlsx') },
  ]
    .map((f) => ({ ...f, path: `${TEMPLATE_DIR}/${f.name}` }))
    .filter((f) => sizes[f.path] !== undefined)
    .map((f) => row(f.name, f.path, f.text, f.format));
  // datapackage.json describes the fields in French; the English page takes the schema's `en` (one source for both).
  const dictionaries = DICTIONARIES.map((d) => ({
    file: d.file,
    fields: d.fields.map((f): DictionaryField => ({
      name: f.name,
      type: f.type,
      values: f.constraints?.enum && f.constraints.enum.length <= 6 ? f.constraints.enum : null,
      required: f.constraints?.required === true,
      description: lang === 'fr' ? f.description : (englishDescription(d.resource, d.fields.map((x) => x.name), f.name) ?? f.description),
    })),
  }));
  const headers = KINDS.map((kind) => ({
    kind,
    label: kindLabel(kind),
    columns: SCHEMAS[kind].map((c): HeaderRow => ({ column: c.name, required: c.required === true, other: acceptedHeaders(kind, c) })),
  }));
  return {
    lead: `${t(lang, 'data.lead')}${downloads.some((f) => f.name.endsWith('.xlsx')) ? ` ${t(lang, 'data.lead.xlsx')}` : ''}`,
    toc: [
      { id: 'telechargements', label: t(lang, 'data.downloads') },
      ...(templates.length > 0 ? [{ id: 'modeles', label: t(lang, 'templates.title') }] : []),
      { id: 'dictionnaire', label: t(lang, 'data.dictionary') },
      { id: 'licence', label: t(lang, 'data.licence') },
      { id: 'citer', label: t(lang, 'data.cite') },
      { id: 'qualite', label: t(lang, 'data.quality') },
    ],
    downloads,
    templates,
    checkerHref: localePath(lang, '/verifier/'),
    guideHref: localePath(lang, '/partenaires/'),
    dictionaries,
    headers,
    cite: plainText([
      t(lang, 'data.cite.text'),
      t(lang, 'cite.dataOf', { date: date(data.build.created.slice(0, 10), lang) }),
      ...(data.frozen ? [t(lang, 'cite.edition', { annee: year(data.frozen.annee, lang), revision: data.frozen.revision })] : []),
      ...(data.build.fictif ? [t(lang, 'cite.fictional')] : []),
    ].join(', ') + `. ${absoluteUrl(localeSitePath(lang, `${data.root}/donnees/`))}`),
    quality: qualityGroups(data, lang),
    unusual: unusualSection(data, lang),
  };
}

/** Data quality: files grouped by the one region their rows name (in the regions' order), then the others. */
export function qualityGroups(data: Pick<SiteData, 'quality' | 'fileDetails'>, lang: Lang): QualityGroup[] {
  const regionsOf = (fichier: string): readonly string[] => data.fileDetails[fichier]?.regions ?? [];
  const byRegion = REGIONS.map((r) => ({ title: r.name, files: data.quality.filter((f) => regionsOf(f.fichier).length === 1 && regionsOf(f.fichier)[0] === r.code) }));
  const other = data.quality.filter((f) => regionsOf(f.fichier).length !== 1);
  const groups = [...byRegion.filter((g) => g.files.length > 0), ...(other.length > 0 ? [{ title: t(lang, 'data.quality.other'), files: other }] : [])];
  const n = (v: number): string => integer(v, lang);
  return groups.map(({ title, files }) => ({
    title,
    files: n(files.length),
    received: n(files.reduce((s, f) => s + f.lignes, 0)),
    published: n(files.reduce((s, f) => s + f.publiees, 0)),
    rejected: n(files.reduce((s, f) => s + f.rejetees, 0)),
    warnings: n(files.reduce((s, f) => s + f.avertissements, 0)),
    rows: files.map((f) => ({
      file: f.fichier,
      kind: f.type ?? null,
      unread: !f.type && f.lu === false ? f.raison ?? '' : null,
      received: n(f.lignes),
      published: n(f.publiees),
      rejected: n(f.rejetees),
      duplicates: n(f.doublons),
      warnings: n(f.avertissements),
      mrc: n(data.fileDetails[f.fichier]?.mrc ?? 0),
    })),
  }));
}
