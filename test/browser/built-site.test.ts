/**
 * The built site (no browser needed, but it needs dist/): every URL of the
 * contract §5 exists in both languages, no internal link is broken, and
 * the pages render the figures of dist/donnees/indicateurs.csv exactly.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './dist.ts';
import { describe, it, expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { REGIONS } from '../../src/lib/contract/regions.ts';
import { PRIORITIES } from '../../src/lib/contract/priorities.ts';
import { valueWithUnit } from '../../src/i18n/indicatorFormat.ts';
import { readCsv } from '../../src/lib/formats/read.ts';

const dist = DIST;
const file = (url: string): string => join(dist, url.replace(/^\//, ''), url.endsWith('/') ? 'index.html' : '');

export const CONTRACT_PATHS = [
  '/',
  ...REGIONS.map((r) => `/regions/${r.slug}/`),
  ...PRIORITIES.map((p) => `/priorites/${p.code}/`),
  '/indicateurs/',
  '/pratiques/',
  '/donnees/',
  '/methodologie/',
];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

describe('contract URLs (§5)', () => {
  for (const path of CONTRACT_PATHS) {
    it(`${path} exists in French and under /en${path}`, () => {
      expect(existsSync(file(path)), path).toBe(true);
      expect(existsSync(file(`/en${path}`)), `/en${path}`).toBe(true);
    });
  }

  it('publishes the datasets of §2.1 under /donnees/', () => {
    for (const name of ['initiatives.csv', 'initiatives.json', 'indicateurs.csv', 'alliances.csv', 'priorites.csv', 'datapackage.json']) {
      expect(existsSync(join(dist, 'donnees', name)), name).toBe(true);
    }
  });

  it('publishes an Excel workbook beside every CSV dataset, linked from the data page with its size', () => {
    const csvs = readdirSync(join(dist, 'donnees')).filter((n) => n.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThanOrEqual(4);
    for (const lang of ['', '/en']) {
      const { document } = parseHTML(readFileSync(file(`${lang}/donnees/`), 'utf8'));
      for (const csv of csvs) {
        const xlsx = csv.replace(/\.csv$/, '.xlsx');
        expect(existsSync(join(dist, 'donnees', xlsx)), xlsx).toBe(true);
        const link = document.querySelector(`a[href$="/donnees/${xlsx}"]`);
        expect(link, `${lang}/donnees/ → ${xlsx}`).not.toBeNull();
        expect(link!.closest('tr')!.textContent).toMatch(/Excel \(\.xlsx\).*\d\s?(ko|kB|Mo|MB)/);
      }
    }
    // Every file datapackage.json describes is there.
    const described = (JSON.parse(readFileSync(join(dist, 'donnees/datapackage.json'), 'utf8')) as { resources: Array<{ path: string }> }).resources;
    for (const r of described) expect(existsSync(join(dist, 'donnees', r.path)), r.path).toBe(true);
  });
});

describe('internal links', () => {
  it('every href and src to this site points to a file of dist/', () => {
    const broken: string[] = [];
    for (const page of htmlFiles(dist)) {
      const { document } = parseHTML(readFileSync(page, 'utf8'));
      for (const el of document.querySelectorAll('[href], [src]')) {
        const target = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
        if (!target.startsWith('/') || target.startsWith('//')) continue;
        const path = decodeURIComponent(target.split('#')[0]!.split('?')[0]!);
        const resolved = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
        if (!existsSync(resolved)) broken.push(`${page.slice(dist.length)} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('pages render indicateurs.csv exactly', () => {
  const table = readCsv(readFileSync(join(dist, 'donnees/indicateurs.csv')));
  const rows = table.records.map((r) => Object.fromEntries(table.header.map((h, i) => [h, r.fields[i] ?? ''])));
  const latest = rows.map((r) => r['annee']!).sort().at(-1)!;

  for (const region of REGIONS.filter((_, i) => i % 4 === 0)) {
    for (const lang of ['fr', 'en'] as const) {
      it(`${lang} ${region.slug}: the indicator table shows each §5.1 value of ${latest}`, () => {
        const path = lang === 'fr' ? `/regions/${region.slug}/` : `/en/regions/${region.slug}/`;
        const { document } = parseHTML(readFileSync(file(path), 'utf8'));
        const mine = rows.filter((r) => r['annee'] === latest && r['region'] === region.code);
        let checked = 0;
        for (const tr of document.querySelectorAll('table.indicators tbody tr')) {
          const code = tr.getAttribute('data-indicateur')!;
          const expected = mine.find((r) => r['indicateur'] === code);
          const cell = tr.querySelectorAll('td')[1]!;
          if (expected) {
            expect(cell.getAttribute('data-valeur'), `${code}`).toBe(String(Number(expected['valeur'])));
            // With its unit where the number alone does not say it (`22,0 acteurs par Alliance`, `3 Alliances`).
            expect(cell.textContent, `${code}`).toBe(valueWithUnit(code, Number(expected['valeur']), lang));
            checked++;
          } else {
            expect(cell.textContent, `${code} has no row`).toBe('—');
          }
        }
        expect(checked).toBeGreaterThan(5);
      });
    }
  }
});
