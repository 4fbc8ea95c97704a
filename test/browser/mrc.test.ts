/**
 * Issue #9, "which initiatives in my MRC?" on the built site (no browser
 * needed): every MRC of a region page has its list of the year's
 * initiatives under an anchor (`#mrc-<code>`), an initiative of several MRC
 * is listed under each of them (Beauharnois-Salaberry: the chart said 11,
 * the table sorted by first MRC showed 10), the counts match the MRC chart's
 * table, and the MRC map's links land on those anchors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { DIST } from './dist.ts';
import { findMrc } from '../../src/lib/contract/mrc.ts';

const initiatives = JSON.parse(readFileSync(join(DIST, 'donnees/initiatives.json'), 'utf8')) as Array<{ annee: string; region: string; titre: string; mrc: string[] | null }>;
const latest = [...new Set(initiatives.map((r) => r.annee))].sort().at(-1)!;
const page = (url: string): Document => parseHTML(readFileSync(join(DIST, url.replace(/^\//, ''), 'index.html'), 'utf8')).document;

describe('initiatives by MRC', () => {
  for (const [slug, code] of [['monteregie', '16'], ['capitale-nationale', '03']] as const) {
    it(`/regions/${slug}/ lists each MRC's initiatives, several-MRC ones under each`, () => {
      const doc = page(`/regions/${slug}/`);
      const rows = initiatives.filter((r) => r.annee === latest && r.region === code && r.mrc && r.mrc.length > 0);
      const names = [...new Set(rows.flatMap((r) => r.mrc!))];
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        const mrc = findMrc(name);
        const id = `mrc-${mrc!.code}`;
        const section = doc.getElementById(id);
        expect(section, `${name} (#${id})`).not.toBeNull();
        const listed = [...section!.querySelectorAll('li')].map((li) => li.querySelector('span')!.textContent);
        const expected = rows.filter((r) => r.mrc!.includes(name)).map((r) => r.titre);
        expect(listed.sort(), name).toEqual(expected.sort());
        // The MRC chart's table says as many.
        const chartRow = [...doc.querySelectorAll(`[id^="region-${slug}-mrc-"] tbody tr`)].find((tr) => tr.querySelector('th')!.textContent === name);
        expect(Number(chartRow!.querySelectorAll('td')[0]!.textContent!.replace(/\D/g, '')), name).toBe(expected.length);
      }
      // The sample has initiatives of several MRC: the test means something.
      if (slug === 'monteregie') expect(rows.some((r) => r.mrc!.length > 1)).toBe(true);
    });

    it(`/regions/${slug}/: the MRC map's links land on those lists`, () => {
      const doc = page(`/regions/${slug}/`);
      const links = [...doc.querySelectorAll('[id*="-carte-mrc-"] a[href^="#mrc-"]')].map((a) => a.getAttribute('href')!);
      expect(links.length).toBeGreaterThan(0);
      for (const href of new Set(links)) expect(doc.getElementById(href.slice(1)), href).not.toBeNull();
    });
  }
});

// Issue #21: a region that is a single MRC (Laval, Montréal) gets a sentence, not a map of one shape,
// a chart of one bar and a list that repeats the initiatives table.
describe('a region that is a single MRC', () => {
  for (const [slug, code, name] of [['laval', '13', 'Laval'], ['montreal', '06', 'Montréal']] as const) {
    for (const lang of ['fr', 'en'] as const) {
      const url = `${lang === 'fr' ? '' : '/en'}/regions/${slug}/`;
      it(`${url} says it in a sentence, with no MRC map, chart or lists`, () => {
        const doc = page(url);
        const count = initiatives.filter((r) => r.annee === latest && r.region === code).length;
        expect(count).toBeGreaterThan(1);
        const heading = doc.getElementById('mrc')!;
        const sentence = heading.nextElementSibling!;
        expect(sentence.tagName).toBe('P');
        expect(sentence.textContent).toContain(name);
        expect(sentence.textContent).toContain(String(count));
        expect(sentence.textContent).toMatch(lang === 'fr' ? /une seule MRC/ : /a single MRC/);
        expect(doc.querySelector('[id*="-carte-mrc-"]')).toBeNull();
        expect(doc.querySelector(`[id^="region-${slug}-mrc-"]`)).toBeNull();
        expect(doc.querySelector('.mrc-lists')).toBeNull();
      });
    }
  }
});
