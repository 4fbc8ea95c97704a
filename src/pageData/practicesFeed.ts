/**
 * The visible link to the Atom feed of practices (issue #19, part 4), with
 * one sentence saying what a feed is: on the catalogue and in each region
 * page's practices section, for the current data only (a frozen edition
 * does not change, and the feed is of the current data).
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';
import { localeSitePath, withBase } from '../lib/site/url.ts';
import { FEED_PATH } from '../lib/publish/practicesFeed.ts';

export interface FeedLink {
  /** The link's href (the deployment's base included). */
  readonly href: string;
  /** The site path, for the head's `<link rel="alternate">` (the layout makes it absolute). */
  readonly sitePath: string;
  readonly text: string;
  readonly explanation: string;
  /** The head link's title. */
  readonly title: string;
}

export function practicesFeedLink(data: Pick<SiteData, 'frozen'>, lang: Lang): FeedLink | null {
  if (data.frozen) return null;
  const sitePath = localeSitePath(lang, FEED_PATH);
  return { href: withBase(sitePath), sitePath, text: t(lang, 'feed.subscribe'), explanation: t(lang, 'feed.explain'), title: t(lang, 'feed.link') };
}
