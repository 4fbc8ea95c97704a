/**
 * The share cards' cache (charts/cardPng.ts): a card is drawn once, then
 * read back by the hash of its SVG; another card gets another file.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardSvg, renderCard } from '../../src/charts/card.ts';
import { cardCacheFile, cardPng } from '../../src/charts/cardPng.ts';

const content = { program: 'Alliances pour la solidarité', kicker: 'Portrait régional', title: 'Laval' };

describe('share card cache', () => {
  it('renders a card once, then serves the cached bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cartes-'));
    const first = cardPng(content, dir);
    expect(Buffer.compare(first, renderCard(cardSvg(content)))).toBe(0);
    expect(readdirSync(dir)).toEqual([cardCacheFile(cardSvg(content), dir).slice(dir.length + 1)]);
    // What is in the cache is what is served: no second rendering.
    writeFileSync(cardCacheFile(cardSvg(content), dir), 'cached');
    expect(cardPng(content, dir).toString()).toBe('cached');
    cardPng({ ...content, title: 'Montréal' }, dir);
    expect(readdirSync(dir)).toHaveLength(2);
  });
});
