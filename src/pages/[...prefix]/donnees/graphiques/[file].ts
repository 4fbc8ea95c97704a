/**
 * The chart files of each site (the current data at the root, each edition
 * under /editions/<annee>/): every figure's data as `<id>.csv`, the
 * charts shown as images as `<id>-<lang>-<width>.svg`, and every chart and
 * map as a file of its own, `<id>-<lang>.svg` and `.png` (its wide variant;
 * a map its first variable; issue #19). The figures come from
 * the pages' own data (src/pageData/chartFiles.ts), drawn once for the page
 * and the file (src/charts/spec.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { imageSize, standaloneSvg } from '../../../../charts/image.ts';
import { chartFileSvg, chartPng } from '../../../../charts/chartFile.ts';
import { chartFileName } from '../../../../pageData/figure.ts';
import { renderChart } from '../../../../charts/spec.ts';
import { siteFigures } from '../../../../pageData/chartFiles.ts';
import { chartCsvText } from '../../../../lib/publish/chartCsv.ts';
import type { SiteData } from '../../../../lib/site/data.ts';
import { revisionsFor } from '../../../../lib/site/editionChanges.ts';
import { variants } from '../../../../lib/site/routes.ts';
import type { Lang } from '../../../../i18n/format.ts';

type Props = {
  readonly body: () => string | Uint8Array<ArrayBuffer>;
};

export const getStaticPaths = (async () => {
  const sites = new Map<SiteData, Lang[]>();
  for (const v of await variants()) sites.set(v.data, [...(sites.get(v.data) ?? []), v.lang]);
  const paths: { params: { prefix: string | undefined; file: string }; props: Props }[] = [];
  for (const [data, langs] of sites) {
    const revisions = await revisionsFor(data);
    const files = new Map<string, () => string | Uint8Array<ArrayBuffer>>();
    for (const lang of langs) {
      for (const figure of siteFigures(data, lang, revisions)) {
        const csv = chartCsvText(figure.csv);
        const name = `${figure.id}.csv`;
        const other = files.get(name);
        if (other && other() !== csv) throw new Error(`chart ${figure.id}: its CSV differs between languages`);
        files.set(name, () => csv);
        const own = 'variants' in figure ? figure.variants[0]!.chart : figure.chart;
        const svg = (): string => chartFileSvg(renderChart(own).wide);
        files.set(chartFileName(figure.id, lang, 'svg'), svg);
        files.set(chartFileName(figure.id, lang, 'png'), () => new Uint8Array(chartPng(svg())));
        const cite = figure.cite;
        if (cite) files.set(chartFileName(figure.id, lang, 'bib'), () => cite.bibtex);
        if (!('image' in figure) || !figure.image) continue;
        for (const key of ['wide', 'narrow'] as const) {
          const image = figure.image[key];
          const chart = figure.chart;
          files.set(image.file, () => {
            const markup = renderChart(chart)[key];
            if (imageSize(markup).width !== image.width) throw new Error(`chart ${figure.id}: drawn ${imageSize(markup).width} wide, named ${image.width}`);
            return standaloneSvg(markup);
          });
        }
      }
    }
    const prefix = data.root === '' ? undefined : data.root.slice(1);
    for (const [file, body] of files) paths.push({ params: { prefix, file }, props: { body } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) => {
  const body = props.body();
  return typeof body === 'string' ? new Response(body) : new Response(body, { headers: { 'content-type': 'image/png' } });
};
