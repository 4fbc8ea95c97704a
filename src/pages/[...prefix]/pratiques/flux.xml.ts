/**
 * `/pratiques/flux.xml` and `/en/pratiques/flux.xml`: the Atom feed of
 * winning practices (contract §7), for the current data only — a frozen
 * edition does not change, so it has no feed. URLs absolute (contract §9).
 * Each entry is dated by the frozen editions' revisions (issue #19, part 4:
 * `practiceDates`).
 */
import type { APIRoute } from 'astro';
import { t } from '../../../i18n/index.ts';
import { FEED_PATH, practiceDates, practiceFeed } from '../../../lib/publish/practicesFeed.ts';
import { practicesOf } from '../../../lib/derive/practices.ts';
import { priorityLabel } from '../../../lib/contract/priorities.ts';
import { regionByCode } from '../../../lib/contract/regions.ts';
import { currentVariants, editionSites, revisionSites } from '../../../lib/site/routes.ts';
import type { Variant } from '../../../lib/site/routes.ts';
import { absoluteUrl, localeSitePath } from '../../../lib/site/url.ts';

export async function getStaticPaths() {
  // Every revision of every edition, each with its publication date (its `build.created`).
  const revisions = (await Promise.all((await editionSites()).map((e) => revisionSites(e.frozen!)))).flat();
  const published = revisions.map((r) => ({ date: r.build.created, rows: r.initiatives }));
  return (await currentVariants()).map((v) => ({ params: { prefix: v.prefix }, props: { ...v, published } }));
}

export const GET: APIRoute = ({ props }) => {
  const { lang, data, published } = props as Variant & { published: Parameters<typeof practiceDates>[0] };
  const xml = practiceFeed(practicesOf(data.initiatives).practices, {
    lang,
    title: t(lang, 'feed.title'),
    subtitle: t(lang, 'feed.subtitle'),
    author: t(lang, 'feed.author'),
    selfUrl: absoluteUrl(localeSitePath(lang, FEED_PATH)),
    alternateUrl: absoluteUrl(localeSitePath(lang, '/pratiques/')),
    updated: data.build.created,
    dates: practiceDates(published, { date: data.build.created, rows: data.initiatives }),
    entryUrl: (p) => absoluteUrl(localeSitePath(lang, `/pratiques/${p.key}/`)),
    priorityLabel: (code) => priorityLabel(code, lang),
    regionName: (p) => regionByCode(p.region)?.name ?? p.latest.region_nom,
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
