/**
 * `npm run lighthouse`: Lighthouse 12 (mobile defaults: a mid-range phone,
 * simulated slow 4G, 4× CPU slowdown) on every page type in both languages,
 * against dist/ served by a plain static server without compression, in
 * Debian's Chromium. Prints one row per page and whether each issue #7
 * target is met; writes the full reports to reports/lighthouse/. Measures,
 * asserts nothing (`npm run build` first; `BASE_PATH` builds are served
 * under their sub-path).
 *
 * Each page is measured `--runs=N` times (3 by default) and each figure is
 * the median of its runs, as Lighthouse's own documentation advises: on this
 * 2-core machine even an empty page shows a 60-140 ms "unattributable" task
 * (the browser starting up), so one run's blocking time is noise.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from '../../tools/browser/server.ts';
import { ROOT } from '../paths.ts';

export const PAGE_TYPES = [
  '/',
  // The largest region (most MRC, initiatives and practices) and the smallest.
  '/regions/monteregie/',
  '/regions/nord-du-quebec/',
  '/priorites/securite-alimentaire/',
  '/indicateurs/',
  '/pratiques/',
  '/pratiques/bas-saint-laurent/bsl-24-007/',
  '/donnees/',
  '/methodologie/',
  '/partenaires/',
  '/verifier/',
  '/recherche/',
  '/editions/',
  // The largest edition, its largest region page and its changes.
  '/editions/2025-2026/',
  '/editions/2025-2026/regions/monteregie/',
  '/editions/2025-2026/changements/',
  '/integrer/fqis-par-region-2025-2026/',
];

export const TARGETS = { performance: 0.98, accessibility: 1, 'best-practices': 1, seo: 1, cls: 0.02, tbt: 50 } as const;

export interface LighthouseRow {
  readonly path: string;
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
  readonly cls: number;
  readonly tbt: number;
  readonly lcp: number;
  readonly bytes: number;
  readonly domNodes: number;
  readonly failing: string[];
}

function basePath(): string {
  const raw = process.env['BASE_PATH'] ?? '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Each figure's median over the runs of one page; audits failing in most runs. */
function medianRow(runs: readonly LighthouseRow[]): LighthouseRow {
  const m = (k: keyof Omit<LighthouseRow, 'path' | 'failing'>): number => median(runs.map((r) => r[k]));
  const failing = [...new Set(runs.flatMap((r) => r.failing))].filter((id) => runs.filter((r) => r.failing.includes(id)).length * 2 > runs.length);
  return {
    path: runs[0]!.path,
    performance: m('performance'),
    accessibility: m('accessibility'),
    bestPractices: m('bestPractices'),
    seo: m('seo'),
    cls: m('cls'),
    tbt: m('tbt'),
    lcp: m('lcp'),
    bytes: m('bytes'),
    domNodes: m('domNodes'),
    failing,
  };
}

export async function runLighthouse(paths: readonly string[] = PAGE_TYPES, langs: readonly string[] = ['fr', 'en'], runs = 1): Promise<LighthouseRow[]> {
  const base = basePath();
  const server = await serve(join(ROOT, 'dist'), base);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const rows: LighthouseRow[] = [];
  await mkdir(join(ROOT, 'reports/lighthouse'), { recursive: true });
  try {
    for (const lang of langs) {
      for (const path of paths) {
        const page = `${lang === 'fr' ? '' : '/en'}${path}`;
        const url = `${server.url}${base.replace(/\/$/, '')}${page}`;
        const measured: LighthouseRow[] = [];
        for (let run = 0; run < runs; run++) {
          const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, undefined);
          if (!result) throw new Error(`Lighthouse n’a rien rendu pour ${url}`);
          const { lhr } = result;
          const audit = (id: string): number => lhr.audits[id]?.numericValue ?? NaN;
          const score = (id: string): number => lhr.categories[id]?.score ?? 0;
          // The audits that cost points: weighted in a category, and not passed.
          const weighted = new Set(Object.values(lhr.categories).flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id)));
          const failing = [...weighted].filter((id) => {
            const a = lhr.audits[id];
            return a && a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'numeric' ? true : a?.scoreDisplayMode === 'binary' && a.score === 0;
          });
          measured.push({
            path: page,
            performance: score('performance'),
            accessibility: score('accessibility'),
            bestPractices: score('best-practices'),
            seo: score('seo'),
            cls: audit('cumulative-layout-shift'),
            tbt: audit('total-blocking-time'),
            lcp: audit('largest-contentful-paint'),
            bytes: audit('total-byte-weight'),
            domNodes: audit('dom-size'),
            failing,
          });
          await writeFile(join(ROOT, 'reports/lighthouse', `${page.replace(/\//g, '_') || '_'}.json`), JSON.stringify(lhr));
        }
        rows.push(medianRow(measured));
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return rows;
}

const fmt2 = new Intl.NumberFormat('fr-CA', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const fmt0 = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 0 });

export function printLighthouse(rows: readonly LighthouseRow[]): boolean {
  console.log(`page | performance | accessibilité | bonnes pratiques | SEO | CLS | TBT mesuré (ms) / cible ${TARGETS.tbt} | LCP (ms) | Ko transférés | nœuds DOM | cibles`);
  let allMet = true;
  for (const r of rows) {
    const met =
      r.performance >= TARGETS.performance &&
      r.accessibility >= TARGETS.accessibility &&
      r.bestPractices >= TARGETS['best-practices'] &&
      r.seo >= TARGETS.seo &&
      r.cls <= TARGETS.cls &&
      r.tbt <= TARGETS.tbt;
    allMet &&= met;
    console.log(
      [
        r.path,
        fmt2.format(r.performance),
        fmt2.format(r.accessibility),
        fmt2.format(r.bestPractices),
        fmt2.format(r.seo),
        fmt2.format(r.cls),
        `${fmt0.format(r.tbt)} / ${TARGETS.tbt}`,
        fmt0.format(r.lcp),
        fmt0.format(r.bytes / 1024),
        fmt0.format(r.domNodes),
        met ? 'atteintes' : `NON atteintes${r.failing.length ? ` (${r.failing.join(', ')})` : ''}`,
      ].join(' | '),
    );
  }
  const worst = [...rows].sort((a, b) => b.tbt - a.tbt)[0];
  const over = rows.filter((r) => r.tbt > TARGETS.tbt);
  if (worst) {
    console.log(
      `Temps de blocage total (TBT) mesuré : au plus ${fmt0.format(worst.tbt)} ms (${worst.path}), cible ≤ ${TARGETS.tbt} ms — ` +
        (over.length === 0 ? 'atteinte sur toutes les pages.' : `NON atteinte sur ${over.length} ${over.length > 1 ? 'pages' : 'page'} sur ${rows.length} : ${over.map((r) => `${r.path} ${fmt0.format(r.tbt)} ms`).join(', ')}.`),
    );
  }
  console.log(`Cibles Lighthouse (issues #7 et #21) : performance ≥ 0,98, accessibilité 1, bonnes pratiques 1, SEO 1, CLS ≤ 0,02, TBT ≤ ${TARGETS.tbt} ms — ${allMet ? 'toutes atteintes' : 'NON atteintes'}.`);
  return allMet;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const only = process.argv.slice(2).filter((a) => a.startsWith('/'));
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
  console.log(`Lighthouse 12, mobile par défaut (téléphone moyen simulé), serveur statique sans compression; médiane de ${runs} mesure(s) par page.`);
  printLighthouse(await runLighthouse(only.length ? only : PAGE_TYPES, ['fr', 'en'], runs));
}
