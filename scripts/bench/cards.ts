/**
 * Share cards' build time (issue #10, item 4): rendering every card a
 * build writes — the site's, one per region and one per practice, in each
 * language — at 1× and 10× the sample (the regions are always 17; the
 * practices grow with the data). The real build renders them again for each
 * frozen edition's pages. Prints figures, asserts nothing.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAndRun } from '../../src/lib/pipeline/index.ts';
import { practicesOf } from '../../src/lib/derive/practices.ts';
import { REGIONS } from '../../src/lib/contract/regions.ts';
import { generateSample } from '../../tools/sample/index.ts';
import { cardSvg, renderCard } from '../../src/charts/card.ts';
import type { CardContent } from '../../src/charts/card.ts';
import { practiceCardContent } from '../../src/pageData/shareCards.ts';
import type { SiteData } from '../../src/lib/site/data.ts';
import { LANGS } from '../../src/i18n/format.ts';

const fmt = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 1 });

export async function benchCards(scales: readonly number[] = [1, 10]): Promise<void> {
  console.log('');
  console.log('Images de partage (issue #10) : cartes 1200×630 rendues (site, régions, pratiques; fr et en), sans les éditions figées');
  console.log('échelle | pratiques | cartes | temps (s) | ms/carte | Ko moyens');
  for (const scale of scales) {
    const dir = join(tmpdir(), `alliances-bench-cards-x${scale}`);
    if (!existsSync(join(dir, '.complete'))) {
      await mkdir(dir, { recursive: true });
      await generateSample({ seed: 2024, scale, outDir: dir, faults: false });
      await writeFile(join(dir, '.complete'), '');
    }
    const output = await readAndRun(dir);
    const data = { build: output.stamp } as SiteData;
    const { practices } = practicesOf(output.ingest.dataset.initiatives);
    const contents: CardContent[] = LANGS.flatMap((lang) => [
      { program: 'Alliances pour la solidarité', kicker: 'Tableau de bord public', title: 'Le Fonds québécois d’initiatives sociales dans les 17 régions', fictif: 'Données fictives' },
      ...REGIONS.map((r) => ({ program: 'Alliances pour la solidarité', kicker: 'Portrait régional', title: r.name, figure: { value: '12 345 678 $', label: 'FQIS versé, 2025-2026' }, fictif: 'Données fictives' })),
      ...practices.map((p) => practiceCardContent(data, p, lang)),
    ]);
    renderCard(cardSvg(contents[0]!)); // font files and resvg loaded before timing
    let bytes = 0;
    const start = performance.now();
    for (const c of contents) bytes += renderCard(cardSvg(c)).length;
    const seconds = (performance.now() - start) / 1000;
    console.log([`${scale}×`, practices.length, contents.length, fmt.format(seconds), fmt.format((seconds * 1000) / contents.length), fmt.format(bytes / contents.length / 1024)].join(' | '));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchCards();
