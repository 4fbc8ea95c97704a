/**
 * Site search budgets (issue #10): Pagefind's indexing time, and the bytes
 * a reader's browser fetches for one typical query on /recherche/ (the
 * latest year's first winning practice's title; its region's name until
 * practice pages exist): pagefind.js, its WebAssembly, the index chunks and
 * the fragments of the results shown. Measured in Chromium, not asserted
 * (Pagefind's documentation says ~100 KB for most sites).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../../tools/browser/chromium.ts';
import { serve } from '../../tools/browser/server.ts';
import { regionByCode } from '../../src/lib/contract/regions.ts';
import type { SearchIndexReport } from '../../src/build/searchIndex.ts';

const fmt = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 1 });
const kb = (bytes: number): string => `${fmt.format(bytes / 1024)} Ko`;

/** The query of the bench and its kind, from the built dist/. */
export function typicalQuery(dist: string): { query: string; kind: string } {
  const rows = JSON.parse(readFileSync(join(dist, 'donnees/initiatives.json'), 'utf8')) as Array<{ annee: string; region: string; titre: string; pratique_gagnante: boolean }>;
  const latest = rows.map((r) => r.annee).sort().at(-1);
  const winner = rows.find((r) => r.annee === latest && r.pratique_gagnante);
  const region = winner && regionByCode(winner.region);
  if (winner && region && existsSync(join(dist, 'pratiques', region.slug))) return { query: winner.titre, kind: 'titre d’une pratique' };
  return { query: region?.name ?? 'Laval', kind: 'nom de région' };
}

export async function benchSearch(dist: string, indexing: { x1: SearchIndexReport; x10: SearchIndexReport }): Promise<void> {
  const { query, kind } = typicalQuery(dist);
  const server = await serve(dist);
  const browser = await launch();
  const fetched: Array<{ kind: string; bytes: number; gzip: number }> = [];
  try {
    const tab = await browser.newPage();
    tab.on('response', (r) => {
      const url = new URL(r.url());
      if (!url.pathname.includes('/pagefind/')) return;
      void r.body().then((body) => {
        const name = url.pathname.split('/').at(-1)!;
        const type = name.endsWith('.js') ? 'script' : name.startsWith('wasm.') ? 'wasm' : name.endsWith('.pf_fragment') ? 'fragments' : 'index';
        fetched.push({ kind: type, bytes: body.length, gzip: type === 'script' ? gzipSync(body).length : body.length });
      });
    });
    await tab.goto(`${server.url}/recherche/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    await tab.locator('#recherche-resultats li').first().waitFor();
    await tab.waitForLoadState('networkidle');
  } finally {
    await browser.close();
    await server.close();
  }
  const sum = (k?: string, f: 'bytes' | 'gzip' = 'bytes'): number => fetched.filter((x) => !k || x.kind === k).reduce((s, x) => s + x[f], 0);
  const count = (k: string): number => fetched.filter((x) => x.kind === k).length;
  console.log('');
  console.log('Recherche (issue #10)');
  console.log(`Indexation Pagefind : ${fmt.format(indexing.x1.milliseconds / 1000)} s pour ${indexing.x1.pages} pages lues (échantillon), ${fmt.format(indexing.x10.milliseconds / 1000)} s pour ${indexing.x10.pages} (10×)`);
  console.log(`Charge d’une recherche (${kind} « ${query} ») : ${kb(sum(undefined, 'gzip'))} transférés avec pagefind.js en gzip (${kb(sum())} sans compression) — pagefind.js ${kb(sum('script', 'gzip'))} gzip, WebAssembly ${kb(sum('wasm'))}, index ${kb(sum('index'))} (${count('index')} fichiers), fragments ${kb(sum('fragments'))} (${count('fragments')}) ; repère : ~100 Ko`);
}
