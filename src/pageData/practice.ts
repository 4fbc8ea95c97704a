/**
 * What a practice's page shows (contract §7, issue #10 item 1), as plain
 * strings and links in the page's language: the view places them, the
 * golden test reads them. Pure: the site's rows and a practice in, no
 * file system. Text from the exports is kept as written (the view escapes
 * it and marks its language), cut with « … » beyond 300 characters for a
 * title and 5 000 for a text (contract §1.5, `cutText`), with a link to the
 * datasets that hold it in full; never a personal column.
 */
import type { AllianceRow, InitiativeRow, PrioriteRow } from '../lib/ingest/types.ts';
import type { Lang } from '../i18n/format.ts';
import { integer, money, year } from '../i18n/format.ts';
import { SECTOR_LABELS, STATUS_LABELS, TARGET_LABELS } from '../lib/contract/codes.ts';
import { findMrc, mrcsOfRegion } from '../lib/contract/mrc.ts';
import { priorityLabel } from '../lib/contract/priorities.ts';
import { regionByCode } from '../lib/contract/regions.ts';
import { LONG_TEXT_MAX, TITLE_MAX, cutText, fold } from '../lib/common/text.ts';
import { practicesOf } from '../lib/derive/practices.ts';
import { RELATED_DEFAULTS, relatedPractices } from '../lib/derive/relatedPractices.ts';
import type { Related } from '../lib/derive/relatedPractices.ts';
import { t } from '../i18n/index.ts';
import type { SiteData } from '../lib/site/data.ts';
import { absoluteUrl, localeSitePath } from '../lib/site/url.ts';
import type { Practice, Practices } from '../lib/derive/practices.ts';
import { plainText } from './figureCite.ts';

/** How many related practices of other regions the page links to (as many as the same-priority list had). */
export const RELATED_LIMIT = RELATED_DEFAULTS.limit;

/** The site a page belongs to: its rows, and how it makes links (SiteData provides both). */
export interface PracticeSite {
  readonly latest: string;
  readonly alliances: readonly AllianceRow[];
  readonly priorites: readonly PrioriteRow[];
  readonly initiatives: readonly InitiativeRow[];
  /** A page of this site as an href (`data.link`). */
  link(lang: Lang, path: string): string;
  /** The permanent absolute URL of a page of this site in a language (for the citation). */
  absolute(lang: Lang, path: string): string;
  /** The frozen edition the page belongs to (its citation names it), or null for the current data. */
  readonly edition?: { readonly annee: string; readonly revision: number } | null;
}

export interface Link {
  readonly text: string;
  /** Null when there is nothing to link to (an MRC the region page does not list). */
  readonly href: string | null;
}

export interface HistoryRow {
  readonly annee: string;
  readonly year: string;
  readonly status: string;
  readonly fqis: string;
  /** Null: not reported. */
  readonly other: string | null;
  readonly persons: string | null;
  readonly targets: string | null;
}

export interface PracticePage {
  readonly key: string;
  /** Site path, language and edition aside: `/pratiques/<region-slug>/<id-slug>/`. */
  readonly path: string;
  /** Its permanent absolute URL in the page's language (the copy-link button, the citation). */
  readonly url: string;
  /** The catalogue of this site's practices (`/pratiques/`), the way back. */
  readonly catalogueHref: string;
  /** The page's description in its head: the description (cut), or `Organisme — Région` without one. */
  readonly summary: string;
  /** The id as the partner wrote it. */
  readonly id: string;
  readonly title: string;
  readonly organisation: string;
  /** The Alliance's name, or its code when the alliances file does not name it. */
  readonly alliance: string;
  readonly region: Link;
  readonly mrc: readonly Link[];
  readonly priority: Link;
  /** As the partner wrote it, and the plan's priority it matches (code and label), if any. */
  readonly regionalPriority: { readonly text: string; readonly plan: { readonly code: string; readonly label: string } | null } | null;
  readonly sectors: readonly string[];
  readonly organisations: string | null;
  readonly pooling: boolean | null;
  readonly participation: boolean | null;
  readonly history: readonly HistoryRow[];
  readonly description: string | null;
  readonly results: string | null;
  /**
   * Set when the title, the description or the results are cut on the
   * page: where the full text is (the data page's downloads).
   */
  readonly fullText?: string;
  readonly link: string | null;
  /** The last year it was reported, shown when it is older than the site's latest year. */
  readonly lastYear: string;
  readonly stale: boolean;
  /** The site's latest year, said beside `lastYear` when the practice is stale. */
  readonly latestYear: string;
  /** Practices of other regions that share the most with it, best first, each with why it is suggested. */
  readonly related: readonly RelatedLink[];
  /** This priority's practices in every region (`/pratiques/priorite/<code>/`). */
  readonly priorityPractices: Link;
  /** How to cite it: the parts in order; `fromExport` marks the partners' words (their own `lang`). */
  readonly cite: readonly CitePart[];
}

export interface RelatedLink {
  readonly text: string;
  readonly href: string;
  readonly region: string;
  readonly organisation: string;
  /** Why it is suggested, in parts: `fromExport` marks words of the partners' texts (their own `lang`). */
  readonly why: readonly CitePart[];
}

export interface CitePart {
  readonly text: string;
  readonly fromExport?: true;
}

/**
 * A sober citation, without an access date (it would change every build):
 * `Organisme. « Titre », pratique gagnante, Alliance (Région), 2025–2026.
 * Alliances pour la solidarité — tableau de bord public, <URL>.` The
 * region is left out when the Alliance's name already says it (never
 * « Montréal (Montréal) »); a frozen edition's page names the edition and
 * its revision before its permanent URL.
 */
export function citation(
  c: { title: string; organisation: string; alliance: string; region: string; year: string; url: string; edition?: { annee: string; revision: number } | null },
  lang: Lang,
): CitePart[] {
  const [open, close, kind, site] =
    lang === 'fr'
      ? ['«\u00a0', '\u00a0»', 'pratique gagnante', 'Alliances pour la solidarité — tableau de bord public']
      : ['“', '”', 'winning practice', 'Alliances pour la solidarité — public dashboard'];
  const edition = c.edition ? (lang === 'fr' ? `édition ${year(c.edition.annee, lang)}, révision ${c.edition.revision}, ` : `${year(c.edition.annee, lang)} edition, revision ${c.edition.revision}, `) : '';
  return [
    { text: c.organisation, fromExport: true },
    { text: `. ${open}` },
    { text: c.title, fromExport: true },
    { text: `${close}, ${kind}, ` },
    { text: c.alliance, fromExport: true },
    { text: plainText(`${fold(c.alliance).includes(fold(c.region)) ? '' : ` (${c.region})`}, ${c.year}. ${site}, ${edition}${c.url}`) },
  ];
}

const memo = new WeakMap<readonly InitiativeRow[], Practices>();
const relatedMemo = new WeakMap<readonly InitiativeRow[], Map<string, Related[]>>();

/** Every practice's related practices in a site's rows, chosen once per site (the choice spreads links over the whole site). */
export function siteRelated(rows: readonly InitiativeRow[]): Map<string, Related[]> {
  let found = relatedMemo.get(rows);
  if (!found) {
    found = relatedPractices(sitePractices(rows).practices);
    relatedMemo.set(rows, found);
  }
  return found;
}

/** Why a practice is suggested, in the page's language: « Même priorité nationale · secteurs en commun : … · mots en commun : … ». */
export function relatedWhy(r: Related, lang: Lang): CitePart[] {
  const parts: CitePart[][] = [];
  const { shared } = r;
  if (shared.priority) parts.push([{ text: t(lang, 'practice.related.priority') }]);
  if (shared.sectors.length > 0) parts.push([{ text: t(lang, 'practice.related.sectors', { sectors: shared.sectors.map((s) => SECTOR_LABELS[s][lang].toLocaleLowerCase(lang)).join(', ') }) }]);
  if (shared.words.length > 0) parts.push([{ text: t(lang, 'practice.related.words') }, { text: shared.words.join(', '), fromExport: true }]);
  if (shared.reach) parts.push([{ text: t(lang, `practice.related.reach.${shared.reach}`) }]);
  if (shared.target) parts.push([{ text: t(lang, `practice.related.target.${shared.target}`) }]);
  const out = parts.flatMap((p, i) => (i === 0 ? p : [{ text: ' · ' }, ...p]));
  const first = out[0];
  // The first reason starts the sentence.
  if (first && !first.fromExport) out[0] = { text: first.text.charAt(0).toLocaleUpperCase(lang) + first.text.slice(1) };
  return out;
}

/** The practices of a site's rows, computed once per site (every page of a variant asks). */
export function sitePractices(rows: readonly InitiativeRow[]): Practices {
  let found = memo.get(rows);
  if (!found) {
    found = practicesOf(rows);
    memo.set(rows, found);
  }
  return found;
}

/** The practice a row belongs to, if its (region, id) is a practice. */
export function practiceOfRow(rows: readonly InitiativeRow[], row: Pick<InitiativeRow, 'region' | 'id'>): Practice | undefined {
  return sitePractices(rows).practices.find((p) => p.region === row.region && p.id === row.id);
}

/** A site's data as a practice page's site: its permanent URLs under its own root (current data or edition). */
export function practiceSite(data: SiteData): PracticeSite {
  return {
    ...data,
    absolute: (lang, path) => absoluteUrl(localeSitePath(lang, `${data.root}${path}`)),
    edition: data.frozen ? { annee: data.frozen.annee, revision: data.frozen.revision } : null,
  };
}

export const practicePath = (p: Pick<Practice, 'key'>): string => `/pratiques/${p.key}/`;

export function practicePage(practice: Practice, site: PracticeSite, lang: Lang): PracticePage {
  const row = practice.latest;
  const title = cutText(row.titre, TITLE_MAX);
  const description = row.description === null ? null : cutText(row.description, LONG_TEXT_MAX);
  const results = row.resultats === null ? null : cutText(row.resultats, LONG_TEXT_MAX);
  const region = regionByCode(practice.region);
  const regionName = region?.name ?? row.region_nom;
  const regionPath = `/regions/${practice.regionSlug}/`;
  const alliance = site.alliances.find((a) => a.alliance === row.alliance)?.nom ?? row.alliance;
  // The region page lists under `#mrc-<code>` each MRC of its region named by a row of its latest year
  // (a region that is a single MRC has no such lists: its page says so in a sentence).
  const listed = new Set(
    mrcsOfRegion(practice.region).length < 2 ? [] : site.initiatives
      .filter((r) => r.annee === site.latest && r.region === practice.region)
      .flatMap((r) => (r.mrc ?? []).map((m) => findMrc(m)).filter((m) => m !== undefined && m.region === practice.region))
      .map((m) => m!.code),
  );
  const mrc = (row.mrc ?? []).map((name): Link => {
    const found = findMrc(name);
    return { text: name, href: found && listed.has(found.code) ? `${site.link(lang, regionPath)}#mrc-${found.code}` : null };
  });
  // Indicator 2.2's matching: the code or label of a priority of its own Alliance, ignoring case and accents.
  const wanted = row.priorite_regionale === null ? null : fold(row.priorite_regionale);
  const plan = wanted === null ? undefined : site.priorites.find((p) => p.alliance === row.alliance && (fold(p.code) === wanted || fold(p.libelle) === wanted));
  const notReported = <T>(v: T | null, f: (v: T) => string): string | null => (v === null ? null : f(v));
  const history = practice.years.map(({ annee, row: r }): HistoryRow => ({
    annee,
    year: year(annee, lang),
    status: STATUS_LABELS[r.statut][lang],
    fqis: money(r.montant_fqis, lang),
    other: notReported(r.autres_contributions, (v) => money(v, lang)),
    persons: notReported(r.personnes_rejointes, (v) => integer(v, lang)),
    targets: notReported(r.cibles_atteintes, (v) => TARGET_LABELS[v][lang]),
  }));
  // Other regions' practices that share the most with it (src/lib/derive/relatedPractices.ts).
  const related = (siteRelated(site.initiatives).get(practice.key) ?? []).map((r): RelatedLink => ({
    text: cutText(r.practice.latest.titre, TITLE_MAX).text,
    href: site.link(lang, practicePath(r.practice)),
    region: regionByCode(r.practice.region)?.name ?? r.practice.latest.region_nom,
    organisation: r.practice.latest.organisme,
    why: relatedWhy(r, lang),
  }));
  const path = practicePath(practice);
  const url = site.absolute(lang, path);
  return {
    key: practice.key,
    path,
    url,
    catalogueHref: site.link(lang, '/pratiques/'),
    // Cut as the page cuts it (contract §1.5): a 5 MB text must not fill the head.
    summary: description?.text ?? cutText(`${row.organisme} — ${row.region_nom}`, LONG_TEXT_MAX).text,
    id: practice.id,
    title: title.text,
    organisation: row.organisme,
    alliance,
    region: { text: regionName, href: site.link(lang, regionPath) },
    mrc,
    priority: { text: priorityLabel(row.priorite, lang), href: site.link(lang, `/priorites/${row.priorite}/`) },
    regionalPriority: row.priorite_regionale === null ? null : { text: row.priorite_regionale, plan: plan ? { code: plan.code, label: plan.libelle } : null },
    sectors: (row.secteurs ?? []).map((s) => SECTOR_LABELS[s][lang]),
    organisations: notReported(row.nb_organisations, (v) => integer(v, lang)),
    pooling: row.mise_en_commun,
    participation: row.participation_personnes,
    history,
    description: description?.text ?? null,
    results: results?.text ?? null,
    ...(title.cut || description?.cut || results?.cut ? { fullText: site.link(lang, '/donnees/#telechargements') } : {}),
    link: row.lien,
    lastYear: year(practice.lastYear, lang),
    stale: practice.lastYear < site.latest,
    latestYear: year(site.latest, lang),
    related,
    priorityPractices: { text: t(lang, 'practice.related.priorityList', { priority: priorityLabel(row.priorite, lang) }), href: site.link(lang, `/pratiques/priorite/${row.priorite}/`) },
    cite: citation({ title: title.text, organisation: row.organisme, alliance, region: regionName, year: year(practice.lastYear, lang), url, edition: site.edition ?? null }, lang),
  };
}
