/**
 * Winning practices as cards (Practices.astro) on the region and priority
 * pages: what was done and what it achieved, each title linked to the
 * practice's page. Text from the exports is kept as written (French: the
 * view marks it `lang`), cut with « … » beyond 300 characters for a title
 * and 5 000 for a description or results (contract §1.5).
 */
import type { Lang } from '../i18n/format.ts';
import { money, year } from '../i18n/format.ts';
import type { InitiativeRow } from '../lib/ingest/types.ts';
import type { SiteData } from '../lib/site/data.ts';
import { regionByCode } from '../lib/contract/regions.ts';
import { LONG_TEXT_MAX, TITLE_MAX, cutText } from '../lib/common/text.ts';
import { practiceOfRow, practicePath } from './practice.ts';

export interface PracticeCard {
  /** The title, cut if over 300 characters. */
  readonly title: string;
  /** The practice's page; null if the row is not a practice's (never, for a winning practice's row). */
  readonly href: string | null;
  readonly organisation: string;
  /** Set on pages that mix regions: the region's name and page. */
  readonly region: { readonly name: string; readonly href: string } | null;
  /** `2025–2026 · 12 500 $`. */
  readonly year: string;
  readonly amount: string;
  readonly description: string | null;
  readonly results: string | null;
  /** The partner's link, and how it reads (without `https://`). */
  readonly link: { readonly href: string; readonly text: string } | null;
}

export interface PracticeCards {
  readonly cards: readonly PracticeCard[];
  /** Said when there are none. */
  readonly empty: string;
  /** Where the full texts are, when a text was cut; null otherwise. */
  readonly fullText: string | null;
}

/** Rows of winning practices as cards, by region then title. */
export function practiceCards(data: Pick<SiteData, 'initiatives' | 'link'>, lang: Lang, rows: readonly InitiativeRow[], empty: string, showRegion = false): PracticeCards {
  let anyCut = false;
  const cut = (text: string, max: number): string => {
    const c = cutText(text, max);
    anyCut ||= c.cut;
    return c.text;
  };
  const cards = [...rows]
    .sort((a, b) => a.region.localeCompare(b.region) || a.titre.localeCompare(b.titre))
    .map((r): PracticeCard => {
      const region = regionByCode(r.region);
      const practice = practiceOfRow(data.initiatives, r);
      return {
        title: cut(r.titre, TITLE_MAX),
        href: practice ? data.link(lang, practicePath(practice)) : null,
        organisation: r.organisme,
        region: showRegion && region ? { name: region.name, href: data.link(lang, `/regions/${region.slug}/`) } : null,
        year: year(r.annee, lang),
        amount: money(r.montant_fqis, lang),
        description: r.description === null ? null : cut(r.description, LONG_TEXT_MAX),
        results: r.resultats === null ? null : cut(r.resultats, LONG_TEXT_MAX),
        link: r.lien ? { href: r.lien, text: r.lien.replace(/^https?:\/\//, '') } : null,
      };
    });
  return { cards, empty, fullText: anyCut ? data.link(lang, '/donnees/#telechargements') : null };
}
