/**
 * `/editions/flux.xml` and `/en/editions/flux.xml`: the Atom feed of
 * editions (contract §6, version 3), one entry per publication and per
 * correction. A page of the current site only, like the editions list. URLs
 * absolute (contract §9).
 */
import type { APIRoute } from 'astro';
import { EDITIONS_FEED_PATH, editionsFeed } from '../../../lib/editions/feed.ts';
import { currentVariants, editionSites } from '../../../lib/site/routes.ts';
import type { Variant } from '../../../lib/site/routes.ts';
import { absoluteUrl, localeSitePath } from '../../../lib/site/url.ts';

export async function getStaticPaths() {
  return (await currentVariants()).map((v) => ({ params: { prefix: v.prefix }, props: { ...v } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { lang } = props as Variant;
  const xml = editionsFeed((await editionSites()).map((e) => e.frozen!), {
    lang,
    selfUrl: absoluteUrl(localeSitePath(lang, EDITIONS_FEED_PATH)),
    alternateUrl: absoluteUrl(localeSitePath(lang, '/editions/')),
    editionUrl: (annee) => absoluteUrl(localeSitePath(lang, `/editions/${annee}/`)),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
