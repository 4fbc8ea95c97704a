/**
 * Page weight budgets (issue #7), measured on the built dist/: the home
 * page's HTML, the indicators page's DOM nodes, and each page's total
 * transfer before compression as a phone loads it (Chromium at 375 px:
 * HTML, font, eager images; lazy images below the first screen are not
 * fetched at load and do not count). Prints figures and met / not met.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { launch } from '../../tools/browser/chromium.ts';
import { serve } from '../../tools/browser/server.ts';
import { pageTransfer } from '../../tools/browser/transfer.ts';

/** Embed pages loaded in Chromium: those with the heaviest HTML. */
const EMBEDS_LOADED = 24;

export const BUDGETS = { homeHtml: 150_000, indicatorsNodes: 2_500, pageTransfer: 250_000, embedTransfer: 40_000, resizeScript: 1_024 } as const;

const ko = (bytes: number): string => `${new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 1 }).format(bytes / 1000)} ko`;
const verdict = (ok: boolean): string => (ok ? 'atteint' : 'NON atteint');

/** Elements in the page as served (no script adds any). */
function domNodes(file: string): number {
  return parseHTML(readFileSync(file, 'utf8')).document.querySelectorAll('*').length;
}

async function transfers(dist: string, pages: readonly string[]): Promise<Array<{ page: string; bytes: number }>> {
  const server = await serve(dist);
  const browser = await launch();
  const out: Array<{ page: string; bytes: number }> = [];
  try {
    for (const page of pages) out.push({ page, bytes: await pageTransfer(browser, `${server.url}${page}`) });
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

export async function benchPages(dist: string): Promise<void> {
  const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => `/${relative(dist, join(e.parentPath, e.name)).replace(/index\.html$/, '')}`)
    .sort();
  const home = readFileSync(join(dist, 'index.html')).length;
  const homeEn = readFileSync(join(dist, 'en/index.html')).length;
  const nodes = domNodes(join(dist, 'indicateurs/index.html'));
  const nodesEn = domNodes(join(dist, 'en/indicateurs/index.html'));
  // Edition pages keep the budgets of the current pages (issue #8).
  const editionRoots = pages.filter((p) => /^\/(en\/)?editions\/\d{4}-\d{4}\/$/.test(p));
  const editionHome = Math.max(0, ...editionRoots.map((p) => readFileSync(join(dist, p, 'index.html')).length));
  const editionNodes = Math.max(0, ...editionRoots.map((p) => domNodes(join(dist, p, 'indicateurs/index.html'))));
  // Embed pages (issue #19) have a budget of their own, below.
  const embeds = pages.filter((p) => /(^|\/)integrer\//.test(p));
  const loaded = (await transfers(dist, pages.filter((p) => !embeds.includes(p)))).sort((a, b) => b.bytes - a.bytes);
  // 748 embed pages share their stylesheet and script: the heaviest transfers are the heaviest HTML files.
  // Loading all of them one by one took over 15 minutes; the heaviest HTML files are loaded, every HTML file is weighed.
  const embedHtml = embeds.map((p) => ({ page: p, bytes: readFileSync(join(dist, p, 'index.html')).length })).sort((a, b) => b.bytes - a.bytes);
  const embedLoads = (await transfers(dist, embedHtml.slice(0, EMBEDS_LOADED).map((e) => e.page))).sort((a, b) => b.bytes - a.bytes);
  const resize = readFileSync(join(dist, 'integrer/ajuster.js')).length;
  const heaviest = loaded[0]!;
  const over = loaded.filter((l) => l.bytes > BUDGETS.pageTransfer);

  console.log('');
  console.log('Poids des pages (issue #7)');
  const homeMax = Math.max(home, homeEn);
  console.log(`HTML de l’accueil : ${ko(home)} (fr), ${ko(homeEn)} (en), ${ko(editionHome)} au plus pour une édition — cible ≤ ${ko(BUDGETS.homeHtml)} : ${verdict(Math.max(homeMax, editionHome) <= BUDGETS.homeHtml)}`);
  console.log(`Nœuds DOM de la page des indicateurs : ${nodes} (fr), ${nodesEn} (en), ${editionNodes} au plus pour une édition — cible ≤ ${BUDGETS.indicatorsNodes} : ${verdict(Math.max(nodes, nodesEn, editionNodes) <= BUDGETS.indicatorsNodes)}`);
  console.log(
    `Transfert total au chargement (avant compression, ${loaded.length} pages à 375 px) : au plus ${ko(heaviest.bytes)} (${heaviest.page}), ` +
      `médiane ${ko(loaded[Math.floor(loaded.length / 2)]!.bytes)} — cible ≤ ${ko(BUDGETS.pageTransfer)} par page : ${verdict(over.length === 0)}` +
      (over.length ? ` (${over.map((o) => `${o.page} ${ko(o.bytes)}`).join(', ')})` : ''),
  );
  for (const l of loaded.slice(0, 5)) console.log(`  ${l.page} : ${ko(l.bytes)}`);
  // Embeds (issue #19): every embed page, loaded as a phone loads it, then the host page's resizing script.
  if (embedLoads.length > 0) {
    const html = embedHtml.map((l) => l.bytes).sort((a, b) => a - b);
    const overEmbeds = embedLoads.filter((l) => l.bytes > BUDGETS.embedTransfer);
    console.log(
      `Pages d’intégration (${embeds.length}; HTML : médiane ${ko(html[Math.floor(html.length / 2)]!)}, au plus ${ko(embedHtml[0]!.bytes)}) : transfert à 375 px avant compression des ${embedLoads.length} plus lourdes, au plus ${ko(embedLoads[0]!.bytes)} (${embedLoads[0]!.page}) — cible ≤ ${ko(BUDGETS.embedTransfer)} : ${verdict(overEmbeds.length === 0)}` +
        (overEmbeds.length ? ` (${overEmbeds.length} au-dessus : ${overEmbeds.slice(0, 5).map((o) => `${o.page} ${ko(o.bytes)}`).join(', ')})` : ''),
    );
  }
  console.log(`Script d’ajustement de la hauteur (integrer/ajuster.js) : ${resize} octets — cible ≤ ${BUDGETS.resizeScript} : ${verdict(resize <= BUDGETS.resizeScript)}`);
}
