/**
 * A chart as a page shows it (Figure.astro, MapFigure.astro): caption, the
 * main finding in words, the chart as a spec (src/charts/spec.ts, drawn by
 * the component), its data as a table and as CSV, the source line. The
 * chart files' endpoint (`src/pages/[...prefix]/donnees/graphiques/[file].ts`)
 * publishes the same figures' CSV and images, so a figure's hrefs and its
 * files come from one place.
 */
import type { Lang } from '../i18n/format.ts';
import type { ChartSpec, MrcMapSpec, RegionMapSpec } from '../charts/spec.ts';
import { VARIANTS } from '../charts/responsive.ts';
import { withBase } from '../lib/site/url.ts';
import type { ChartCsv } from '../lib/publish/chartCsv.ts';
import type { RevisedMark } from './revised.ts';

export type { ChartCsv } from '../lib/publish/chartCsv.ts';

/** Site path of a site's chart files: `/donnees/graphiques/`, or under an edition's root (`/editions/<annee>`). */
export const chartPath = (root: string): string => `${root}/donnees/graphiques/`;

/** The file name of a chart's image in a language and width: `<id>-<lang>-<width>.svg`. */
export const chartImageName = (id: string, lang: Lang, width: number): string => `${id}-${lang}-${width}.svg`;

export const chartCsvHref = (root: string, id: string): string => withBase(`${chartPath(root)}${id}.csv`);

export const chartImageHref = (root: string, id: string, lang: Lang, width: number): string => withBase(`${chartPath(root)}${chartImageName(id, lang, width)}`);

/** The file name of a chart's own image (its wide variant, links dropped): `<id>-<lang>.svg` or `.png` (issue #19). */
export const chartFileName = (id: string, lang: Lang, ext: 'svg' | 'png' | 'bib'): string => `${id}-${lang}.${ext}`;

/** A figure's SVG and PNG files, beside its CSV (`csvHref`, base path included). */
export const chartFileHrefs = (figure: { readonly id: string; readonly csvHref: string }, lang: Lang): { readonly svg: string; readonly png: string } => ({
  svg: figure.csvHref.replace(/[^/]+$/, chartFileName(figure.id, lang, 'svg')),
  png: figure.csvHref.replace(/[^/]+$/, chartFileName(figure.id, lang, 'png')),
});

/** A figure's data as a table, under the chart. */
export interface FigureTable {
  readonly headers: readonly string[];
  /** Formatted cells; the first of each row is its header. */
  readonly rows: readonly (readonly string[])[];
  /** Which columns are numbers (right-aligned). */
  readonly numeric: readonly boolean[];
  /** Per row, the href of its header cell (e.g. the region's page), or null. */
  readonly links: readonly (string | null)[];
  /**
   * Per row and column, the *révisé* mark of a cell whose figure differs
   * from a published one (src/pageData/revised.ts); null when no cell of
   * the table has one. For the HTML table only: the chart and its CSV stay
   * as they are.
   */
  readonly marks: readonly (readonly (RevisedMark | null)[])[] | null;
}

/** How to cite a figure (src/pageData/figureCite.ts). */
export interface FigureCite {
  /** The summary of the disclosure (« Citer ce graphique »). */
  readonly label: string;
  /** Plain text, up to and including the URL; the view adds the access date and the final period. */
  readonly text: string;
  /** The BibTeX entry, whole (published as `<id>-<lang>.bib` beside the chart's CSV). */
  readonly bibtex: string;
  /** The BibTeX file's href and its link's text. */
  readonly bibtexHref: string;
  readonly bibtexLabel: string;
}

/** One variant of a chart published as an image file. */
export interface FigureImageFile {
  /** The file's name under `<root>/donnees/graphiques/`. */
  readonly file: string;
  readonly href: string;
  /** The width the chart is published at (its `<svg width>`, in the file's name). */
  readonly width: number;
}

export interface FigureData {
  /** Stable identifier: the CSV's file name and the figure's anchor. */
  readonly id: string;
  readonly title: string;
  /** The main finding in a sentence. */
  readonly summary: string;
  readonly chart: ChartSpec;
  readonly table: FigureTable;
  /** The chart's data as published in `<id>.csv`. */
  readonly csv: ChartCsv;
  readonly csvHref: string;
  /** The source line (`Source : …`). */
  readonly source: string;
  /** Sources of the populations a per-person figure divides by (contexte rows). */
  readonly context: readonly string[];
  /**
   * Set when the chart is published as image files rather than inline SVG
   * (pages with many charts: the indicators page had 4 600 DOM nodes); its
   * chart has no links, its table's first column has them instead.
   */
  readonly image: { readonly wide: FigureImageFile; readonly narrow: FigureImageFile } | null;
  /** How to cite it, on the pages that offer it (`cited`, src/pageData/figureCite.ts). */
  readonly cite?: FigureCite;
}

/** A variant of a map figure: one variable, its own summary and map. */
export interface MapVariantData {
  readonly key: string;
  readonly label: string;
  readonly summary: string;
  readonly chart: RegionMapSpec | MrcMapSpec;
}

/** One or more choropleths in a figure, switched by radio buttons (MapFigure.astro). */
export interface MapFigureData {
  readonly id: string;
  readonly title: string;
  readonly variants: readonly MapVariantData[];
  readonly table: FigureTable;
  readonly csv: ChartCsv;
  readonly csvHref: string;
  readonly source: string;
  readonly context: readonly string[];
  /** How to cite it (`cited`, src/pageData/figureCite.ts). */
  readonly cite?: FigureCite;
}

/** What a page gives to make a figure; hrefs and defaults are filled in by `figure`. */
export interface FigureInput {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly chart: ChartSpec;
  readonly table: {
    readonly headers: readonly string[];
    readonly rows: readonly (readonly string[])[];
    readonly links?: readonly (string | null)[];
    /** Per row and column, the cell's mark (`cellMarks`); absent or all null: none. */
    readonly marks?: readonly (readonly (RevisedMark | null)[])[];
  };
  readonly csv: ChartCsv;
  readonly source: string;
  readonly context?: readonly string[];
  readonly image?: boolean;
}

const tableOf = (t: FigureInput['table']): FigureTable => ({
  headers: t.headers,
  rows: t.rows,
  numeric: t.headers.map((_, i) => i > 0),
  links: t.rows.map((_, r) => t.links?.[r] ?? null),
  marks: t.marks?.some((row) => row.some((m) => m !== null)) ? t.rows.map((row, r) => row.map((_, i) => t.marks![r]?.[i] ?? null)) : null,
});

/** Whether any of these tables has a marked cell (a page's legend says what the marks are). */
export const tablesHaveMarks = (tables: ReadonlyArray<FigureTable | null | undefined>): boolean => tables.some((t) => t?.marks != null);

/** A figure of the site whose root is `root` (SiteData.root), in a language. */
export function figure(root: string, lang: Lang, input: FigureInput): FigureData {
  const { id, chart } = input;
  const imageFile = (width: number): FigureImageFile => ({ file: chartImageName(id, lang, width), href: chartImageHref(root, id, lang, width), width });
  const widths = VARIANTS[chart.placement];
  return {
    id,
    title: input.title,
    summary: input.summary,
    chart,
    table: tableOf(input.table),
    csv: input.csv,
    csvHref: chartCsvHref(root, id),
    source: input.source,
    context: input.context ?? [],
    image: input.image ? { wide: imageFile(widths.wide.width), narrow: imageFile(widths.narrow.width) } : null,
  };
}

/** A map figure of the site whose root is `root`. */
export function mapFigure(root: string, input: Omit<MapFigureData, 'csvHref' | 'table' | 'context'> & { table: FigureInput['table']; context?: readonly string[] }): MapFigureData {
  return {
    id: input.id,
    title: input.title,
    variants: input.variants,
    table: tableOf(input.table),
    csv: input.csv,
    csvHref: chartCsvHref(root, input.id),
    source: input.source,
    context: input.context ?? [],
  };
}

/** The figures a page publishes files for (the chart files' endpoint reads them). */
export interface PageFigures {
  readonly figures: readonly FigureData[];
  readonly maps: readonly MapFigureData[];
}
