/**
 * `/editions/<annee>/changements.csv` (contract §6): every change of an
 * edition, the changes page's tables in one file. One file per edition,
 * for both languages (its columns and values are the datasets' own).
 */
import type { APIRoute } from 'astro';
import { editionSites } from '../../lib/site/routes.ts';
import { editionChanges } from '../../lib/site/editionChanges.ts';
import type { SiteData } from '../../lib/site/data.ts';

export async function getStaticPaths() {
  return (await editionSites()).map((data) => ({ params: { prefix: data.root.slice(1) }, props: { data } }));
}

export const GET: APIRoute = async ({ props }) => new Response((await editionChanges((props as { data: SiteData }).data)).csv);
