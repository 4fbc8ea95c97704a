/**
 * Site search budgets (issues #10 and #19): Pagefind's indexing time, the
 * index's size per language, and the bytes a reader's browser fetches for a
 * first query on /recherche/ (nothing cached), for a few queries in each
 * language (one word, two words, a practice's title: the latest year's first
 * winning practice's, or its region's name until practice pages exist):
 * pagefind.js, its WebAssembly, the index chunks and the fragments of the
 * results shown. Measured in Chromium, not asserted (Pagefind's
 * documentation says ~100 KB for most sites).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
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

/** What a first query fetches from /pagefind/, by kind: bytes as stored, and as transferred (pagefind.js gzipped by the server; the rest is stored compressed). */
interface Fetched { readonly kind: 'script' | 'wasm' | 'index' | 'fragments' | 'other'; readonly bytes: number; readonly transferred: number }

/** One first query on `/recherche/` (or `/en/recherche/`) in a fresh context: nothing cached. */
async function firstQuery(browser: Browser, url: string): Promise<{ fetched: Fetched[]; results: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const fetched: Fetched[] = [];
  const pending: Array<Promise<void>> = [];
  try {
    const tab = await context.newPage();
    tab.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (!path.includes('/pagefind/')) return;
      pending.push(r.body().then((body) => {
        const name = path.split('/').at(-1)!;
        const kind = name.endsWith('.js') ? 'script' : name.startsWith('wasm.') ? 'wasm' : name.endsWith('.pf_fragment') ? 'fragments' : name.endsWith('.pf_index') || name.endsWith('.pf_meta') ? 'index' : 'other';
        fetched.push({ kind, bytes: body.length, transferred: kind === 'script' ? gzipSync(body).length : body.length });
      }));
    });
    await tab.goto(url, { waitUntil: 'load' });
    await tab.locator('#recherche-statut').filter({ hasText: /\d|aucun|no result/i }).waitFor();
    await tab.waitForLoadState('networkidle');
    await Promise.all(pending);
    const results = await tab.locator('#recherche-resultats li').count();
    return { fetched, results };
  } finally {
    await context.close();
  }
}

/** Bytes of the index files of each language, and their count. */
function indexSize(dist: string): Array<{ lang: string; files: number; bytes: number; fragments: number; fragmentBytes: number }> {
  const dir = (d: string): string[] => (existsSync(join(dist, 'pagefind', d)) ? readdirSync(join(dist, 'pagefind', d)) : []);
  const langs = [...new Set(dir('index').map((f) => f.split('_')[0]!))].sort();
  const size = (d: string, f: string): number => statSync(join(dist, 'pagefind', d, f)).size;
  return langs.map((lang) => {
    const index = dir('index').filter((f) => f.startsWith(`${lang}_`));
    const fragments = dir('fragment').filter((f) => f.startsWith(`${lang}_`));
    return { lang, files: index.length, bytes: index.reduce((s, f) => s + size('index', f), 0), fragments: fragments.length, fragmentBytes: fragments.reduce((s, f) => s + size('fragment', f), 0) };
  });
}

export async function benchSearch(dist: string, indexing: { x1: SearchIndexReport; x10: SearchIndexReport }): Promise<void> {
  const { query, kind } = typicalQuery(dist);
  const queries: Array<{ prefix: string; q: string; what: string }> = [
    { prefix: '', q: query, what: kind },
    { prefix: '', q: 'logement', what: 'un mot' },
    { prefix: '', q: 'sécurité alimentaire', what: 'deux mots' },
    { prefix: '/en', q: 'housing', what: 'one word' },
    { prefix: '/en', q: 'food security', what: 'two words' },
    { prefix: '/en', q: query, what: 'a practice’s title' },
  ];
  const server = await serve(dist);
  const browser = await launch();
  const measured: Array<{ label: string; fetched: Fetched[]; results: number }> = [];
  try {
    for (const { prefix, q, what } of queries) {
      const { fetched, results } = await firstQuery(browser, `${server.url}${prefix}/recherche/?q=${encodeURIComponent(q)}`);
      measured.push({ label: `${prefix || '/'} « ${q} » (${what})`, fetched, results });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log('');
  console.log('Recherche (issues #10 et #19)');
  console.log(`Indexation Pagefind : ${fmt.format(indexing.x1.milliseconds / 1000)} s pour ${indexing.x1.pages} pages lues (échantillon), ${fmt.format(indexing.x10.milliseconds / 1000)} s pour ${indexing.x10.pages} (10×)`);
  for (const s of indexSize(dist)) {
    console.log(`Index ${s.lang} : ${kb(s.bytes)} en ${s.files} morceaux (${kb(s.bytes / Math.max(1, s.files))} en moyenne), fragments ${kb(s.fragmentBytes)} pour ${s.fragments} pages`);
  }
  console.log('Charge d’une première recherche (transférée : pagefind.js en gzip, le reste tel que stocké, déjà compressé ; repère : ≤ 100 Ko)');
  for (const { label, fetched, results } of measured) {
    const sum = (k?: Fetched['kind']): number => fetched.filter((x) => !k || x.kind === k).reduce((s, x) => s + x.transferred, 0);
    const count = (k: Fetched['kind']): number => fetched.filter((x) => x.kind === k).length;
    console.log(`  ${label} : ${kb(sum())} (${results} résultats affichés) — script ${kb(sum('script'))}, WebAssembly ${kb(sum('wasm'))}, index ${kb(sum('index'))} (${count('index')} fichiers), fragments ${kb(sum('fragments'))} (${count('fragments')})`);
  }
}
