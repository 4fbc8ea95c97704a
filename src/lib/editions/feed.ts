/**
 * The Atom feed of editions (contract §6, version 3; RFC 4287): one entry
 * per publication and per correction (revision) of every edition, newest
 * first, each with its note, its own publication date and data date, and
 * the edition's permanent URL. An entry's id is that URL with
 * `#revision-N`: stable, as a revision never changes. The feed's date is its
 * newest entry's, so it changes only when an edition does. The fictional
 * sample says so in the feed's title, subtitle and every entry. Pure: the
 * manifests and absolute URLs in, XML out; the endpoint
 * (src/pages/[...prefix]/editions/flux.xml.ts) supplies the deployment's URLs.
 */
import { t } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/format.ts';
import { date, year } from '../../i18n/format.ts';
import { escapeXml } from '../formats/ooxml.ts';
import { history } from './manifest.ts';
import type { EditionManifest } from './manifest.ts';

/** The feed's site path, language aside (`/en` is prefixed for English). */
export const EDITIONS_FEED_PATH = '/editions/flux.xml';

export interface EditionsFeedOptions {
  readonly lang: Lang;
  /** Absolute URL of the feed itself (`rel="self"`, and the feed's id). */
  readonly selfUrl: string;
  /** Absolute URL of the list of editions (`rel="alternate"`). */
  readonly alternateUrl: string;
  /** Absolute permanent URL of an edition (`…/editions/2024-2025/`): its entries' link, and their id with `#revision-N`. */
  editionUrl(annee: string): string;
}

/** One publication or correction. */
interface Entry {
  readonly m: EditionManifest;
  readonly revision: number;
  readonly date: string;
  readonly asOf: string;
  readonly note: string;
}

/** RFC 3339 of a day (`2026-02-16T00:00:00Z`). */
const day = (iso: string): string => `${iso}T00:00:00Z`;

/**
 * Feed text has no use for the word joiner that keeps `2024–2025` on one
 * line on the pages; and XML 1.0 forbids control characters (a note is
 * typed on a command line).
 */
// eslint-disable-next-line no-control-regex -- removing them is the point
const plain = (s: string): string => s.replace(/[\u2060\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** Newest first: date, then edition year, then revision, all descending. */
export function feedEntries(manifests: readonly EditionManifest[]): Entry[] {
  return manifests
    .flatMap((m) => history(m).map((h) => ({ m, revision: h.revision, date: h.date, asOf: h.donnees_au, note: h.note })))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || (a.m.annee < b.m.annee ? 1 : a.m.annee > b.m.annee ? -1 : 0) || b.revision - a.revision);
}

export function editionsFeed(manifests: readonly EditionManifest[], o: EditionsFeedOptions): string {
  const { lang } = o;
  const fictional = manifests.some((m) => m.fictif);
  const entries = feedEntries(manifests);
  const updated = day(entries[0]?.date ?? '1970-01-01');
  const title = plain(t(lang, 'editions.feed.title')) + (fictional ? ` (${t(lang, 'editions.feed.fictionalShort')})` : '');
  const subtitle = [fictional ? t(lang, 'editions.feed.fictional') : '', t(lang, 'editions.feed.subtitle')].filter(Boolean).join(' ');
  const lines = entries.map((e) => {
    const url = o.editionUrl(e.m.annee);
    const annee = year(e.m.annee, lang);
    const kind = e.revision === 1 ? 'publication' : 'correction';
    const entryTitle = e.revision === 1 ? t(lang, 'editions.feed.published', { annee }) : t(lang, 'editions.feed.corrected', { annee, revision: e.revision });
    // The note as written: not through t(), which would retypeset its year ranges.
    const note = e.note ? `${t(lang, 'editions.feed.note')} ${e.note}` : '';
    const summary = [e.m.fictif ? t(lang, 'editions.feed.fictionalEntry') : '', t(lang, 'editions.feed.dates', { date: date(e.date, lang), asOf: date(e.asOf, lang) }), note].filter(Boolean).join(' ');
    return [
      '  <entry>',
      `    <id>${escapeXml(`${url}#revision-${e.revision}`)}</id>`,
      `    <title type="text">${escapeXml(plain(entryTitle))}</title>`,
      `    <published>${day(e.date)}</published>`,
      `    <updated>${day(e.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <summary type="text">${escapeXml(plain(summary))}</summary>`,
      `    <category term="${kind}" label="${escapeXml(t(lang, `editions.feed.${kind}`))}"/>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang === 'fr' ? 'fr-CA' : 'en-CA'}">`,
    `  <id>${escapeXml(o.selfUrl)}</id>`,
    `  <title type="text">${escapeXml(plain(title))}</title>`,
    `  <subtitle type="text">${escapeXml(plain(subtitle))}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(t(lang, 'feed.author'))}</name><uri>${escapeXml(o.alternateUrl)}</uri></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(o.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(o.alternateUrl)}"/>`,
    ...lines,
    '</feed>',
    '',
  ].join('\n');
}
