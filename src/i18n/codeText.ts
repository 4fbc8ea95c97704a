/**
 * A text that names the codes partners write in their files (`completee`,
 * `securite-alimentaire`, `montant_fqis`), cut into words and codes: the
 * pages that teach the codes (the partners' guide, the checker, the data
 * page's file descriptions) show each code inside `<code>` (CodeText.astro),
 * and every other page says the words (README, « Des mots, pas des
 * codes »). The words get `typography()`.
 */
import { PRIORITIES } from '../lib/contract/priorities.ts';
import { SECTORS, SECTOR_LABELS, STATUSES, STATUS_LABELS, TARGETS, TARGET_LABELS } from '../lib/contract/codes.ts';
import { typography } from './format.ts';
import type { Lang } from './format.ts';

export interface TextPart {
  readonly text: string;
  readonly code: boolean;
}

/**
 * Codes that are not a word as written in either language (`completee` is
 * not `complétée`, `en-cours` not `en cours`): `oui`, `autre`,
 * `communautaire`, `centres-villes`, `education` read as words and stay so.
 */
export const FILE_CODES: readonly string[] = [
  ...STATUSES.map((c) => [c, STATUS_LABELS[c].fr, STATUS_LABELS[c].en] as const),
  ...TARGETS.map((c) => [c, TARGET_LABELS[c].fr, TARGET_LABELS[c].en] as const),
  ...SECTORS.map((c) => [c, SECTOR_LABELS[c].fr, SECTOR_LABELS[c].en] as const),
  ...PRIORITIES.map((p) => [p.code, p.labelFr, p.labelEn] as const),
]
  .filter(([code, fr, en]) => !fr.toLowerCase().includes(code) && !en.toLowerCase().includes(code))
  .map(([code]) => code);

const codePattern = (codes: readonly string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}_.-])(${[...codes].sort((a, b) => b.length - a.length).join('|')}|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?![\\p{L}\\p{N}_-])`, 'gu');
/** In English, the target codes (`oui`, `non`, `partiellement`) are French: codes too. */
const CODE: Record<Lang, RegExp> = { fr: codePattern(FILE_CODES), en: codePattern([...FILE_CODES, ...TARGETS]) };

export function codeParts(raw: string, lang: Lang): TextPart[] {
  // Codes hold no space nor apostrophe: the typography of the whole text leaves them as they are.
  const text = typography(raw, lang);
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(CODE[lang])) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), code: false });
    parts.push({ text: m[0], code: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), code: false });
  return parts;
}
