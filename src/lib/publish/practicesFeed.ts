/**
 * The Atom feed of winning practices (contract §7, issue #10 item 4;
 * RFC 4287): one entry per practice, newest first — by its `updated`
 * date, then title. Pure: practices, their dates and absolute URLs in, XML
 * out; the endpoint (src/pages/[...prefix]/pratiques/flux.xml.ts) supplies
 * the deployment's URLs, the build's date and the frozen editions' rows.
 *
 * A practice has reporting years, not dates (issue #19, part 4): an entry is
 * `published` on the publication date of the first frozen edition revision
 * that has it (the first published report naming it), and `updated` on the
 * date of the last revision whose rows of it differ from the revision
 * before; a practice not yet in any edition, or whose current rows differ
 * from the last edition's, takes the current data's date (the build's,
 * `SOURCE_DATE_EPOCH` for a reproducible build).
 */
import type { InitiativeRow } from '../ingest/types.ts';
import type { Practice } from '../derive/practices.ts';
import { practicesOf } from '../derive/practices.ts';
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
  /** Each practice's dates (`practiceDates`), by `dateKey`; a practice without takes `updated`. */
  readonly dates?: ReadonlyMap<string, PracticeDates>;
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

/** A published state of the data: a frozen edition's revision (its publication date), or the current data (the build's date). */
export interface Snapshot {
  /** RFC 3339 or `AAAA-MM-JJ`. */
  readonly date: string;
  readonly rows: readonly InitiativeRow[];
}

export interface PracticeDates {
  /** RFC 3339: when it first appeared in a published report. */
  readonly published: string;
  /** RFC 3339: when its published rows last changed. */
  readonly updated: string;
}

/** A practice's key across snapshots: (region, id), as contract §7 identifies it. */
export const dateKey = (p: Pick<Practice, 'region' | 'id'>): string => `${p.region}\u0000${p.id}`;

/**
 * Each practice's dates over the published snapshots (the editions'
 * revisions, in publication order) and the current data last. A snapshot
 * changes a practice when the practice's rows in it differ from those of
 * the last snapshot that had it.
 */
export function practiceDates(published: readonly Snapshot[], current: Snapshot): Map<string, PracticeDates> {
  const ordered = [...published].sort((a, b) => (rfc3339(a.date) < rfc3339(b.date) ? -1 : rfc3339(a.date) > rfc3339(b.date) ? 1 : 0));
  const seen = new Map<string, { published: string; updated: string; rows: string }>();
  for (const snapshot of [...ordered, current]) {
    const date = rfc3339(snapshot.date);
    for (const p of practicesOf(snapshot.rows).practices) {
      const key = dateKey(p);
      // Keys sorted: an edition written by an older build may order its columns differently.
      const rows = JSON.stringify(p.years.map((y) => Object.entries(y.row).sort(([a], [b]) => (a < b ? -1 : 1))));
      const before = seen.get(key);
      if (!before) seen.set(key, { published: date, updated: date, rows });
      // Never earlier than what came before (a build dated before the last edition, SOURCE_DATE_EPOCH).
      else if (before.rows !== rows) seen.set(key, { published: before.published, updated: date > before.updated ? date : before.updated, rows });
    }
  }
  return new Map([...seen].map(([k, v]) => [k, { published: v.published, updated: v.updated }]));
}

/** RFC 3339 in UTC without milliseconds (`2026-05-01T12:00:00Z`). */
export function rfc3339(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`feed: not a date: ${iso}`);
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Newest first: `updated` descending (the last reported year without dates), then title (French collation), then key. */
export function feedOrder(practices: readonly Practice[], dates: ReadonlyMap<string, PracticeDates> = new Map()): Practice[] {
  const when = (p: Practice): string => dates.get(dateKey(p))?.updated ?? p.lastYear;
  return [...practices].sort(
    (a, b) => (when(a) < when(b) ? 1 : when(a) > when(b) ? -1 : 0) || a.latest.titre.localeCompare(b.latest.titre, 'fr') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

export function practiceFeed(practices: readonly Practice[], o: FeedOptions): string {
  const dates = o.dates ?? new Map<string, PracticeDates>();
  // The feed changes when its newest entry does: never older than it (a build dated before an edition, SOURCE_DATE_EPOCH).
  const updated = [...dates.values()].reduce((max, d) => (d.updated > max ? d.updated : max), rfc3339(o.updated));
  const entries = feedOrder(practices, dates).map((p) => {
    const row = p.latest;
    const url = o.entryUrl(p);
    const known = dates.get(dateKey(p));
    const entryPublished = known?.published ?? rfc3339(o.updated);
    const entryUpdated = known?.updated ?? rfc3339(o.updated);
    // Long text cut as on the pages (contract §1.5); the entry links to the page, which links to the data.
    const description = cutText(row.description ?? '', LONG_TEXT_MAX).text;
    const summary = [o.regionName(p), row.organisme, description].map((s) => s.trim()).filter(Boolean).join(' — ');
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title type="text">${escapeXml(cutText(row.titre, TITLE_MAX).text)}</title>`,
      `    <published>${entryPublished}</published>`,
      `    <updated>${entryUpdated}</updated>`,
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
