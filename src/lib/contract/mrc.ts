/**
 * Matching the `mrc` column of the exports to the 104 MRC, by code or by
 * name, ignoring case, accents, dashes, and a leading article written or
 * not (`Le Granit` / `Granit`, `L'Érable` / `Érable`).
 */
import { slugify } from '../common/text.ts';
import { MRC_LIST } from './mrc-list.ts';
import type { Mrc } from './mrc-list.ts';

export type { Mrc } from './mrc-list.ts';
export { MRC_LIST } from './mrc-list.ts';

/** The name without its leading article, folded. */
function key(name: string): string {
  return slugify(name.replace(/^\s*(l['’]\s*)/i, '')).replace(/^(le|la|les)-/, '');
}

const BY_CODE = new Map(MRC_LIST.map((m) => [m.code, m]));
const BY_NAME = new Map<string, Mrc>();
for (const m of MRC_LIST) BY_NAME.set(key(m.name), m);

export function mrcByCode(code: string): Mrc | undefined {
  return BY_CODE.get(code);
}

/**
 * An MRC written by code (`070`, or `07` as the SDA writes it) or by name.
 */
export function findMrc(input: string): Mrc | undefined {
  const s = input.trim();
  if (/^\d{3}$/.test(s)) return BY_CODE.get(s);
  if (/^\d{2}$/.test(s)) return BY_CODE.get(`${s}0`);
  return BY_NAME.get(key(s));
}

export function mrcsOfRegion(region: string): Mrc[] {
  return MRC_LIST.filter((m) => m.region === region);
}
