/**
 * A share card's PNG, kept in the project's `.cache/partage/` by the hash
 * of its SVG (shared by every build of the project, see SHARED_CACHE_DIR):
 * rendering costs ~0.1 s a card (mostly resvg's PNG encoding), so a card
 * whose words did not change is read back, not redrawn, by the next build
 * (a frozen edition's cards never change). The share-card endpoint
 * (`src/pages/[...prefix]/partage/[...card].ts`) serves what this returns.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_CACHE_DIR } from '../lib/common/outputRoot.ts';
import type { CardContent } from './card.ts';
import { cardSvg, renderCard } from './card.ts';

/** Bump when the renderer or the font changes (the SVG text alone would not show it). */
const RENDERER = 'resvg-2.6.2 roboto-5.3';
const CARD_CACHE = join(SHARED_CACHE_DIR, 'partage');

/** The cache file of a card's SVG. */
export const cardCacheFile = (svg: string, dir = CARD_CACHE): string =>
  join(dir, `${createHash('sha256').update(RENDERER).update(svg).digest('hex').slice(0, 32)}.png`);

/** The card's PNG bytes: from the cache, or rendered and then cached. */
export function cardPng(content: CardContent, dir = CARD_CACHE): Buffer {
  const svg = cardSvg(content);
  const cached = cardCacheFile(svg, dir);
  if (existsSync(cached)) return readFileSync(cached);
  const png = renderCard(svg);
  mkdirSync(dir, { recursive: true });
  // Written aside then renamed: a build stopped midway leaves no truncated card in the cache.
  const aside = `${cached}.${process.pid}.tmp`;
  writeFileSync(aside, png);
  renameSync(aside, cached);
  return png;
}
