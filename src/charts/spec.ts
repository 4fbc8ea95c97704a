/**
 * A chart as data: which chart function draws it, its rows, and its options
 * without the server-side DOM or the width (`renderChart` supplies both, for
 * each of the two responsive variants). Formats are named, not passed as
 * functions, so a page's data can hold its charts as plain JSON (a golden
 * reads them) and the page and the chart files' endpoint render the same
 * spec once (`renderChart` remembers each spec object it drew).
 */
import type { Lang } from '../i18n/format.ts';
import { integer, money, moneyCents } from '../i18n/format.ts';
import { plural } from '../i18n/index.ts';
import { formatIndicator } from '../i18n/indicatorFormat.ts';
import { moneyAxis } from './common.ts';
import { envelopeBars } from './envelopeBars.ts';
import type { EnvelopeDatum } from './envelopeBars.ts';
import { locatorMap } from './maps/locatorMap.ts';
import { mrcMap } from './maps/mrcMap.ts';
import type { MrcMapDatum } from './maps/mrcMap.ts';
import { regionMap } from './maps/regionMap.ts';
import type { RegionMapDatum } from './maps/regionMap.ts';
import { rankedBars } from './rankedBars.ts';
import type { RankedDatum } from './rankedBars.ts';
import { createDocument, toSvgMarkup } from './render.ts';
import { responsive } from './responsive.ts';
import type { ChartMarkup, Placement } from './responsive.ts';
import { smallMultiples } from './smallMultiples.ts';
import type { PanelDatum } from './smallMultiples.ts';
import { statusStack } from './statusStack.ts';
import type { StatusDatum } from './statusStack.ts';
import { yearBars } from './yearBars.ts';
import type { YearDatum } from './yearBars.ts';

/**
 * How a chart writes its values, in the spec's language:
 * - `money` `12 500 $`, `moneyCents` `12,50 $`, `integer` `1 234`;
 * - `moneyAxis`: money in the unit that suits the chart's own values (`1,2 M$`);
 * - `mrcCount`: a count of initiatives in words (`3 initiatives`, `1 initiative`);
 * - `indicator:<code>`: as the indicator `<code>` is shown on pages.
 */
export type ValueFormat = 'money' | 'moneyCents' | 'integer' | 'moneyAxis' | 'mrcCount' | `indicator:${string}`;

interface Common {
  readonly lang: Lang;
  /** The chart's accessible name (what it shows, in a sentence). */
  readonly ariaLabel: string;
  /** Where it sits on the page, and so the widths of its two variants. */
  readonly placement: Placement;
}

export interface RankedBarsSpec extends Common {
  readonly kind: 'rankedBars';
  readonly rows: readonly RankedDatum[];
  readonly format: ValueFormat;
  /** False: the bars' links stay for the mouse, out of the tab order (another chart links the same pages). */
  readonly tabStops?: boolean;
}

export interface EnvelopeBarsSpec extends Common {
  readonly kind: 'envelopeBars';
  readonly rows: readonly EnvelopeDatum[];
  readonly tabStops?: boolean;
}

export interface SmallMultiplesSpec extends Common {
  readonly kind: 'smallMultiples';
  readonly rows: readonly PanelDatum[];
  readonly format: ValueFormat;
}

export interface StatusStackSpec extends Common {
  readonly kind: 'statusStack';
  readonly rows: readonly StatusDatum[];
}

export interface YearBarsSpec extends Common {
  readonly kind: 'yearBars';
  readonly rows: readonly YearDatum[];
  readonly format: ValueFormat;
}

export interface RegionMapSpec extends Common {
  readonly kind: 'regionMap';
  readonly rows: readonly RegionMapDatum[];
  readonly format: ValueFormat;
  readonly legendTitle: string;
}

export interface MrcMapSpec extends Common {
  readonly kind: 'mrcMap';
  /** The region whose MRC are drawn. */
  readonly region: string;
  readonly rows: readonly MrcMapDatum[];
  readonly format: ValueFormat;
  readonly legendTitle: string;
}

/** A responsive chart: drawn for wide screens and for phones. */
export type ChartSpec = RankedBarsSpec | EnvelopeBarsSpec | SmallMultiplesSpec | StatusStackSpec | YearBarsSpec | RegionMapSpec | MrcMapSpec;

/** The small map that situates a region in Québec: one drawing, at its own size. */
export interface LocatorMapSpec {
  readonly kind: 'locatorMap';
  readonly region: string;
  readonly lang: Lang;
  readonly ariaLabel: string;
}

/** The function a named format stands for, in a language; `moneyAxis` reads the values it will format. */
export function formatOf(format: ValueFormat, lang: Lang, values: readonly number[] = []): (value: number) => string {
  if (format.startsWith('indicator:')) {
    const code = format.slice('indicator:'.length);
    return (v) => formatIndicator(code, v, lang);
  }
  switch (format) {
    case 'money':
      return (v) => money(v, lang);
    case 'moneyCents':
      return (v) => moneyCents(v, lang);
    case 'integer':
      return (v) => integer(v, lang);
    case 'moneyAxis':
      return moneyAxis(values, lang);
    case 'mrcCount':
      return (v) => plural(lang, 'map.mrc.value', v);
    default:
      throw new Error(`unknown chart format: ${format}`);
  }
}

let document: Document | undefined;
const drawn = new WeakMap<object, ChartMarkup | string>();

function draw(spec: ChartSpec): ChartMarkup {
  document ??= createDocument();
  const doc = document;
  const { lang, ariaLabel, placement } = spec;
  switch (spec.kind) {
    case 'rankedBars': {
      const format = formatOf(spec.format, lang, spec.rows.map((d) => d.value));
      const tabStops = spec.tabStops === undefined ? {} : { tabStops: spec.tabStops };
      return responsive((width) => rankedBars(spec.rows, { document: doc, width, lang, format, ariaLabel, ...tabStops }), placement);
    }
    case 'envelopeBars': {
      const tabStops = spec.tabStops === undefined ? {} : { tabStops: spec.tabStops };
      return responsive((width) => envelopeBars(spec.rows, { document: doc, width, lang, ariaLabel, ...tabStops }), placement);
    }
    case 'smallMultiples': {
      const format = formatOf(spec.format, lang, spec.rows.map((d) => d.value));
      return responsive((width) => smallMultiples(spec.rows, { document: doc, width, lang, format, ariaLabel }), placement);
    }
    case 'statusStack':
      return responsive((width) => statusStack(spec.rows, { document: doc, width, lang, ariaLabel }), placement);
    case 'yearBars': {
      const format = formatOf(spec.format, lang, spec.rows.map((d) => d.value));
      return responsive((width) => yearBars(spec.rows, { document: doc, width, lang, format, ariaLabel }), placement);
    }
    case 'regionMap': {
      const format = formatOf(spec.format, lang, spec.rows.flatMap((d) => (d.value === null ? [] : [d.value])));
      return responsive((width) => regionMap(spec.rows, { document: doc, width, lang, format, ariaLabel, legendTitle: spec.legendTitle }), placement);
    }
    case 'mrcMap': {
      const format = formatOf(spec.format, lang, spec.rows.flatMap((d) => (d.value === null ? [] : [d.value])));
      return responsive((width) => mrcMap(spec.region, spec.rows, { document: doc, width, lang, format, ariaLabel, legendTitle: spec.legendTitle }), placement);
    }
  }
}

/** The chart's two variants as SVG markup (charts/responsive.ts), drawn once per spec object. */
export function renderChart(spec: ChartSpec): ChartMarkup {
  let markup = drawn.get(spec) as ChartMarkup | undefined;
  if (!markup) {
    markup = draw(spec);
    drawn.set(spec, markup);
  }
  return markup;
}

/** The locator map as SVG markup, drawn once per spec object. */
export function renderLocator(spec: LocatorMapSpec): string {
  let markup = drawn.get(spec) as string | undefined;
  if (markup === undefined) {
    document ??= createDocument();
    markup = toSvgMarkup(locatorMap(spec.region, { document, lang: spec.lang, ariaLabel: spec.ariaLabel }));
    drawn.set(spec, markup);
  }
  return markup;
}
