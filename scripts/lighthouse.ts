/**
 * `npm run lighthouse`: Lighthouse 12 (mobile defaults: a mid-range phone,
 * simulated slow 4G, 4× CPU slowdown) on every page type in both languages,
 * against dist/ served by a plain static server without compression, in
 * Debian's Chromium. Prints one row per page and whether each issue #7
 * target is met; writes the full reports to reports/lighthouse/. Measures,
 * asserts nothing (`npm run build` first; `BASE_PATH` builds are served
 * under their sub-path).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from '../test/browser/server.ts';
import { ROOT } from './paths.ts';

export const PAGE_TYPES = [
  '/',
  '/regions/mauricie/',
  '/regions/nord-du-quebec/',
  '/priorites/securite-alimentaire/',
  '/indicateurs/',
  '/pratiques/',
  '/donnees/',
  '/methodologie/',
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

export async function runLighthouse(paths: readonly string[] = PAGE_TYPES, langs: readonly string[] = ['fr', 'en']): Promise<LighthouseRow[]> {
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
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, undefined);
        if (!result) throw new Error(`Lighthouse n’a rien rendu pour ${url}`);
        const { lhr } = result;
        const audit = (id: string): number => lhr.audits[id]?.numericValue ?? NaN;
        const score = (id: string): number => lhr.categories[id]?.score ?? 0;
        const failing = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
          .map((a) => a.id);
        rows.push({
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
  console.log('page | performance | accessibilité | bonnes pratiques | SEO | CLS | TBT (ms) | LCP (ms) | Ko transférés | nœuds DOM | cibles');
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
        fmt0.format(r.tbt),
        fmt0.format(r.lcp),
        fmt0.format(r.bytes / 1024),
        fmt0.format(r.domNodes),
        met ? 'atteintes' : `NON atteintes${r.failing.length ? ` (${r.failing.join(', ')})` : ''}`,
      ].join(' | '),
    );
  }
  console.log(`Cibles Lighthouse (issue #7) : performance ≥ 0,98, accessibilité 1, bonnes pratiques 1, SEO 1, CLS ≤ 0,02, TBT ≤ 50 ms — ${allMet ? 'toutes atteintes' : 'NON atteintes'}.`);
  return allMet;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const only = process.argv.slice(2).filter((a) => a.startsWith('/'));
  printLighthouse(await runLighthouse(only.length ? only : PAGE_TYPES));
}
