/**
 * The Atom feed of winning practices (contract §7, issue #10 item 4;
 * RFC 4287): one entry per practice, newest first — by the last year it
 * was reported, then title. Pure: practices and absolute URLs in, XML out;
 * the endpoint (src/pages/[...prefix]/pratiques/flux.xml.ts) supplies the
 * deployment's URLs and the edition's date.
 *
 * A practice has reporting years, not dates: an entry's `updated` is the end
 * of its last reporting year (31 March, the fiscal year's end), or the
 * feed's own date when that is earlier — a feed reader then sees an entry
 * change when a new year's report names it.
 */
import type { Practice } from '../derive/practices.ts';
import { LONG_TEXT_MAX, TITLE_MAX, cutText } from '../common/text.ts';

/** The feed's site path, language aside (`/en` is prefixed for English). */
export const FEED_PATH = '/pratiques/flux.xml';

export interface FeedOptions {
  /** `fr` or `en`: the feed's `xml:lang`. */
  readonly lang: 'fr' | 'en';
  readonly title: string;
  readonly subtitle: string;
  readonly author: string;
  /** Absolute URL of the feed itself (`rel="self"`, and the feed's id). */
  readonly selfUrl: string;
  /** Absolute URL of the catalogue page (`rel="alternate"`). */
  readonly alternateUrl: string;
  /** RFC 3339 date-time of the data (the edition's creation). */
  readonly updated: string;
  /** Absolute URL of a practice's page: its entry's link and id. */
  entryUrl(practice: Practice): string;
  /** A national priority's label in the feed's language. */
  priorityLabel(code: string): string;
  /** Region name in the feed's language. */
  regionName(practice: Practice): string;
}

const escapeXml = (s: string): string =>
  s
    // Characters XML 1.0 forbids (control characters a partner's export may hold).
    // eslint-disable-next-line no-control-regex -- removing them is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** End of a reporting year (`2025-2026` → 31 March 2026), as RFC 3339. */
export function yearEnd(annee: string): string {
  const end = /^\d{4}-(\d{4})$/.exec(annee)?.[1];
  return end ? `${end}-03-31T00:00:00Z` : '1970-01-01T00:00:00Z';
}

/** RFC 3339 in UTC without milliseconds (`2026-05-01T12:00:00Z`). */
export function rfc3339(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`feed: not a date: ${iso}`);
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Newest first: last reported year descending, then title (French collation), then key. */
export function feedOrder(practices: readonly Practice[]): Practice[] {
  return [...practices].sort(
    (a, b) => (a.lastYear < b.lastYear ? 1 : a.lastYear > b.lastYear ? -1 : 0) || a.latest.titre.localeCompare(b.latest.titre, 'fr') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

export function practiceFeed(practices: readonly Practice[], o: FeedOptions): string {
  const updated = rfc3339(o.updated);
  const entries = feedOrder(practices).map((p) => {
    const row = p.latest;
    const url = o.entryUrl(p);
    const end = yearEnd(p.lastYear);
    // Long text cut as on the pages (contract §1.5); the entry links to the page, which links to the data.
    const description = cutText(row.description ?? '', LONG_TEXT_MAX).text;
    const summary = [o.regionName(p), row.organisme, description].map((s) => s.trim()).filter(Boolean).join(' — ');
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title type="text">${escapeXml(cutText(row.titre, TITLE_MAX).text)}</title>`,
      `    <updated>${end < updated ? end : updated}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <summary type="text">${escapeXml(summary)}</summary>`,
      `    <category term="${escapeXml(row.priorite)}" label="${escapeXml(o.priorityLabel(row.priorite))}"/>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${o.lang === 'fr' ? 'fr-CA' : 'en-CA'}">`,
    `  <id>${escapeXml(o.selfUrl)}</id>`,
    `  <title type="text">${escapeXml(o.title)}</title>`,
    `  <subtitle type="text">${escapeXml(o.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(o.author)}</name><uri>${escapeXml(o.alternateUrl)}</uri></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(o.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(o.alternateUrl)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
