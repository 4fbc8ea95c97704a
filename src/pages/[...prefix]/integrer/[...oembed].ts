/**
 * The oEmbed file of each embed page (contract §10): `oembed.json` in the
 * embed page's folder, linked from it (`<link rel="alternate"
 * type="application/json+oembed">`), for content systems that read it.
 */
import type { APIRoute } from 'astro';
import { OEMBED_FILE, oembed } from '../../../pageData/embed.ts';
import { sitePageFigures } from '../../../pageData/chartFiles.ts';
import { revisionsFor } from '../../../lib/site/editionChanges.ts';
import { variants } from '../../../lib/site/routes.ts';

type Props = { readonly body: string };

export async function getStaticPaths() {
  const paths: { params: { prefix: string | undefined; oembed: string }; props: Props }[] = [];
  for (const v of await variants()) {
    for (const page of sitePageFigures(v.data, v.lang, await revisionsFor(v.data))) {
      for (const figure of page.figures) {
        const body = `${JSON.stringify(oembed(v.data, v.lang, page.path, figure), null, 2)}\n`;
        paths.push({ params: { prefix: v.prefix, oembed: `${page.path.slice(1)}${figure.id}/${OEMBED_FILE}` }, props: { body } });
      }
    }
  }
  return paths;
}

export const GET: APIRoute<Props> = ({ props }) => new Response(props.body, { headers: { 'content-type': 'application/json' } });
