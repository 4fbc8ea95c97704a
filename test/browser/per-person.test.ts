/**
 * Issue #9, per-person figures on the built site (no browser needed): each
 * region page states its per-person figures as dist/donnees/indicateurs.csv
 * has them, with its rank and the population's source (marked French on
 * English pages); the overview map and ranking offer the per-person view;
 * an edition frozen without a contexte file says the figures are unavailable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { DIST } from './dist.ts';
import { REGIONS } from '../../src/lib/contract/regions.ts';
import { formatIndicator } from '../../src/i18n/indicatorFormat.ts';
import { readCsv } from '../../src/lib/formats/read.ts';

const page = (url: string): Document => parseHTML(readFileSync(join(DIST, url.replace(/^\//, ''), 'index.html'), 'utf8')).document;
const records = (name: string): Array<Record<string, string>> => {
  const table = readCsv(readFileSync(join(DIST, 'donnees', name)));
  return table.records.map((r) => Object.fromEntries(table.header.map((h, i) => [h, r.fields[i] ?? ''])));
};
const indicators = records('indicateurs.csv');
const latest = [...new Set(indicators.map((r) => r['annee']!))].sort().at(-1)!;
const value = (region: string, code: string): number | undefined => {
  const row = indicators.find((r) => r['annee'] === latest && r['region'] === region && r['indicateur'] === code);
  return row ? Number(row['valeur']) : undefined;
};
const contexte = records('contexte.csv');

describe('per-person figures', () => {
  it('the sample has a contexte file for the latest year', () => {
    expect(contexte.filter((r) => r['annee'] === latest)).toHaveLength(17);
  });

  for (const region of [REGIONS[0]!, REGIONS.find((r) => r.code === '13')!, REGIONS.find((r) => r.code === '06')!]) {
    for (const lang of ['fr', 'en'] as const) {
      it(`${lang === 'en' ? '/en' : ''}/regions/${region.slug}/ states them with rank and source`, () => {
        const doc = page(`${lang === 'en' ? '/en' : ''}/regions/${region.slug}/`);
        const list = doc.querySelector('dl.per-person');
        expect(list).not.toBeNull();
        const text = list!.textContent!.replace(/\s+/g, ' ');
        for (const code of ['fqis-par-habitant', 'fqis-par-personne-faible-revenu', '3.3-pour-1000']) {
          const v = value(region.code, code);
          expect(v, code).toBeDefined();
          expect(text).toContain(formatIndicator(code, v!, lang).replace(/\s+/g, ' '));
        }
        expect(text).toMatch(lang === 'fr' ? /\d+(er|e) sur 17 régions/ : /\d+(st|nd|rd|th) of 17 regions/);
        const source = list!.nextElementSibling!;
        const sourceText = contexte.find((r) => r['annee'] === latest && r['region'] === region.code)!['source']!;
        expect(source.textContent).toContain(sourceText);
        // The ministry's text as its file holds it, marked French on both languages' pages.
        expect(source.querySelector('span[lang="fr-CA"]')?.textContent).toBe(sourceText);
      });
    }
  }

  it('the overview offers a per-inhabitant map and ranking, with the source', () => {
    const doc = page('/');
    expect(doc.querySelector('.map input[value="par-habitant"]')).not.toBeNull();
    const figure = doc.querySelector(`#fqis-par-habitant-par-region-${latest}`);
    expect(figure).not.toBeNull();
    const rows = [...figure!.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(17);
    // Highest first, as the indicator says.
    const first = REGIONS.map((r) => ({ r, v: value(r.code, 'fqis-par-habitant')! })).sort((a, b) => b.v - a.v)[0]!;
    expect(rows[0]!.querySelector('th')!.textContent).toBe(first.r.name);
    expect(figure!.querySelector('.chart__meta')!.textContent).toContain('Population');
  });

  it('a priority page offers the per-inhabitant view', () => {
    const doc = page('/priorites/securite-alimentaire/');
    expect(doc.querySelector('.map input[value="par-habitant"]')).not.toBeNull();
    expect(doc.querySelector(`#priorite-securite-alimentaire-fqis-par-habitant-${latest}`)).not.toBeNull();
  });

  it('an edition frozen without populations says the figures are unavailable', () => {
    for (const url of ['/editions/2024-2025/regions/laval/', '/editions/2024-2025/', '/en/editions/2024-2025/priorites/prejuges/']) {
      const doc = page(url);
      expect(doc.querySelector('dl.per-person'), url).toBeNull();
      expect(doc.querySelector('p.note')?.textContent, url).toMatch(/par personne ne sont pas disponibles|Per-person figures are not available/);
    }
  });
});
