/**
 * `/pratiques/flux.xml` and `/en/pratiques/flux.xml`: the Atom feed of
 * winning practices (contract §7), for the current data only — a frozen
 * edition does not change, so it has no feed. URLs absolute (contract §9).
 */
import type { APIRoute } from 'astro';
import { t } from '../../../i18n/index.ts';
import { FEED_PATH, practiceFeed } from '../../../lib/publish/practicesFeed.ts';
import { practicesOf } from '../../../lib/derive/practices.ts';
import { priorityLabel } from '../../../lib/contract/priorities.ts';
import { regionByCode } from '../../../lib/contract/regions.ts';
import { currentVariants } from '../../../lib/site/routes.ts';
import type { Variant } from '../../../lib/site/routes.ts';
import { absoluteUrl, localeSitePath } from '../../../lib/site/url.ts';

export async function getStaticPaths() {
  return (await currentVariants()).map((v) => ({ params: { prefix: v.prefix }, props: { ...v } }));
}

export const GET: APIRoute = ({ props }) => {
  const { lang, data } = props as Variant;
  const xml = practiceFeed(practicesOf(data.initiatives).practices, {
    lang,
    title: t(lang, 'feed.title'),
    subtitle: t(lang, 'feed.subtitle'),
    author: t(lang, 'feed.author'),
    selfUrl: absoluteUrl(localeSitePath(lang, FEED_PATH)),
    alternateUrl: absoluteUrl(localeSitePath(lang, '/pratiques/')),
    updated: data.build.created,
    entryUrl: (p) => absoluteUrl(localeSitePath(lang, `/pratiques/${p.key}/`)),
    priorityLabel: (code) => priorityLabel(code, lang),
    regionName: (p) => regionByCode(p.region)?.name ?? p.latest.region_nom,
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
