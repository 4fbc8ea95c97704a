/**
 * Related practices (issue #19, part 3): for each practice, the practices
 * of other regions that share the most with it — national priority,
 * sectors, the reach of its territory (one MRC, several, the whole region),
 * whether its targets were reached, and the words of its title and
 * description (TF-IDF cosine, src/lib/common/similarity.ts) — chosen so
 * that every region is seen: at most two per region on a page, and, across
 * the site, a region already suggested often weighs less, no region takes
 * more than a quarter of the links and every region with practices is
 * suggested somewhere when the data allow it. Pure and deterministic: the
 * practices in (their order: region, title, id), the links out.
 */
import type { Sector, Target } from '../contract/codes.ts';
import type { Practice } from './practices.ts';
import { cosine, sharedWords, tfidf, wordForms } from '../common/similarity.ts';
import type { TermVector } from '../common/similarity.ts';

/** How far a practice reaches: no MRC named (the whole region), one MRC, several. */
export type Reach = 'region' | 'single' | 'several';

/** What a related practice shares with the page's practice: the reasons the page says. */
export interface Shared {
  readonly priority: boolean;
  readonly sectors: readonly Sector[];
  /** The same reach, or null. */
  readonly reach: Reach | null;
  /** Both reported the same `cibles_atteintes`, or null. */
  readonly target: Target | null;
  /** Up to three words both texts use, as the related practice writes them, heaviest first. */
  readonly words: readonly string[];
}

export interface Related {
  readonly practice: Practice;
  /** 0 to 1: the weighted sum of what they share. */
  readonly score: number;
  readonly shared: Shared;
}

export interface RelatedOptions {
  /** Links per page. */
  readonly limit: number;
  /** At most this many from one region on a page. */
  readonly perRegion: number;
  /** No region takes more than this share of the site's links. */
  readonly maxShare: number;
  /** How much a region's exposure (as a multiple of a fair share) lowers its score. */
  readonly exposurePenalty: number;
}

export const RELATED_DEFAULTS: RelatedOptions = { limit: 6, perRegion: 2, maxShare: 0.25, exposurePenalty: 0.15 };

/** The weights of what two practices share (they sum to 1). */
const WEIGHTS = { priority: 0.35, sectors: 0.25, words: 0.3, reach: 0.05, target: 0.05 } as const;

export function reachOf(p: Practice): Reach {
  const n = new Set(p.latest.mrc ?? []).size;
  return n === 0 ? 'region' : n === 1 ? 'single' : 'several';
}

interface Profile {
  readonly practice: Practice;
  readonly sectors: ReadonlySet<Sector>;
  readonly reach: Reach;
  readonly vector: TermVector;
  /** Each word key's first spelling in its text. */
  readonly forms: ReadonlyMap<string, string>;
}

function profiles(practices: readonly Practice[]): Profile[] {
  // The title counts twice: it says what the practice is.
  const texts = practices.map((p) => wordForms(`${p.latest.titre} ${p.latest.titre} ${p.latest.description ?? ''}`));
  const vectors = tfidf(texts.map((t) => t.map((w) => w.key)));
  return practices.map((practice, i) => {
    const forms = new Map<string, string>();
    for (const { key, form } of texts[i]!) if (!forms.has(key)) forms.set(key, form);
    return { practice, sectors: new Set(practice.latest.secteurs ?? []), reach: reachOf(practice), vector: vectors[i]!, forms };
  });
}

function compare(a: Profile, b: Profile): Related {
  const ra = a.practice.latest;
  const rb = b.practice.latest;
  const sectors = [...b.sectors].filter((s) => a.sectors.has(s));
  const union = new Set([...a.sectors, ...b.sectors]).size;
  const text = cosine(a.vector, b.vector);
  const priority = ra.priorite === rb.priorite;
  const reach = a.reach === b.reach ? a.reach : null;
  const target = ra.cibles_atteintes !== null && ra.cibles_atteintes === rb.cibles_atteintes ? ra.cibles_atteintes : null;
  const score =
    (priority ? WEIGHTS.priority : 0) +
    (union === 0 ? 0 : (WEIGHTS.sectors * sectors.length) / union) +
    WEIGHTS.words * text +
    (reach ? WEIGHTS.reach : 0) +
    (target ? WEIGHTS.target : 0);
  const words = sharedWords(a.vector, b.vector, 3).map((k) => b.forms.get(k) ?? k);
  return { practice: b.practice, score, shared: { priority, sectors, reach, target, words } };
}

const byScore = (a: Related, b: Related): number => b.score - a.score || (a.practice.key < b.practice.key ? -1 : a.practice.key > b.practice.key ? 1 : 0);

/**
 * Every practice's related practices, by key, best first. Pages are filled
 * in the practices' order, each taking the best candidates after the
 * exposure penalty; then each region never suggested replaces, on the page
 * where it costs least, that page's weakest link of a region suggested
 * more than once.
 */
export function relatedPractices(practices: readonly Practice[], options: Partial<RelatedOptions> = {}): Map<string, Related[]> {
  const o = { ...RELATED_DEFAULTS, ...options };
  const all = profiles(practices);
  const regions = [...new Set(practices.map((p) => p.region))].sort();
  const candidates = all.map((a) => all.filter((b) => b.practice.region !== a.practice.region).map((b) => compare(a, b)).sort(byScore));
  const totalLinks = candidates.reduce((n, list) => n + Math.min(o.limit, list.length), 0);
  // The cap is never below what a page may take from a region, so a small site still fills its pages.
  const cap = Math.max(o.perRegion, Math.floor(o.maxShare * totalLinks));
  const exposure = new Map<string, number>(regions.map((r) => [r, 0]));
  let assigned = 0;
  const chosen = all.map((_, i) => {
    const list = candidates[i]!;
    const fair = (assigned + o.limit) / Math.max(1, regions.length);
    const adjusted = list
      .map((c) => ({ c, value: c.score - (o.exposurePenalty * exposure.get(c.practice.region)!) / fair }))
      .sort((a, b) => b.value - a.value || byScore(a.c, b.c));
    const picked: Related[] = [];
    const onPage = new Map<string, number>();
    for (const { c } of adjusted) {
      if (picked.length === o.limit) break;
      const r = c.practice.region;
      if ((onPage.get(r) ?? 0) >= o.perRegion || exposure.get(r)! >= cap) continue;
      picked.push(c);
      onPage.set(r, (onPage.get(r) ?? 0) + 1);
      exposure.set(r, exposure.get(r)! + 1);
    }
    assigned += picked.length;
    return picked;
  });
  for (const region of regions) {
    if (exposure.get(region)! > 0) continue;
    let best: { page: number; drop: number; add: Related; loss: number } | null = null;
    chosen.forEach((picked, page) => {
      const add = candidates[page]!.find((c) => c.practice.region === region);
      if (!add) return;
      const drop = picked.length < o.limit ? -1 : weakestDroppable(picked, exposure);
      if (drop === null) return;
      const loss = (drop === -1 ? 0 : picked[drop]!.score) - add.score;
      if (!best || loss < best.loss) best = { page, drop, add, loss };
    });
    if (!best) continue;
    const { page, drop, add } = best;
    const picked = chosen[page]!;
    if (drop >= 0) {
      const gone = picked[drop]!.practice.region;
      exposure.set(gone, exposure.get(gone)! - 1);
      picked.splice(drop, 1);
    }
    picked.push(add);
    exposure.set(region, exposure.get(region)! + 1);
  }
  return new Map(all.map((a, i) => [a.practice.key, [...chosen[i]!].sort(byScore)]));
}

/** The index of a page's weakest link whose region is suggested elsewhere too, or null. */
function weakestDroppable(picked: readonly Related[], exposure: ReadonlyMap<string, number>): number | null {
  let found: number | null = null;
  picked.forEach((c, i) => {
    if (exposure.get(c.practice.region)! > 1 && (found === null || c.score < picked[found]!.score)) found = i;
  });
  return found;
}
