/**
 * Share cards (issue #10 item 4) as files of their own: every card a site's
 * pages name in their `og:image` (pageData/shareCards.ts), at
 * `/partage/…-<lang>.png` for the current data and
 * `/editions/<annee>/partage/…` for each frozen edition. One card serves both
 * languages' URLs of a site (its name holds the language), so the routes
 * are per site, not per variant. Drawn once and then read from the cache
 * (charts/cardPng.ts).
 */
import type { APIRoute } from 'astro';
import type { CardContent } from '../../../charts/card.ts';
import { cardPng } from '../../../charts/cardPng.ts';
import { currentSiteData } from '../../../lib/site/current.ts';
import { editionSites } from '../../../lib/site/routes.ts';
import { shareCards } from '../../../pageData/shareCards.ts';

export async function getStaticPaths() {
  const sites = [await currentSiteData(), ...(await editionSites())];
  return sites.flatMap((data) => {
    const folder = `${data.root}/partage/`;
    return shareCards(data).map((c) => ({
      params: { prefix: data.root.slice(1) || undefined, card: c.path.slice(folder.length) },
      props: { content: c.content },
    }));
  });
}

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(cardPng((props as { content: CardContent }).content)), { headers: { 'content-type': 'image/png' } });
