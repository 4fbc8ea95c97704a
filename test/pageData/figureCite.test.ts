/**
 * "Cite this figure" (src/pageData/figureCite.ts): what a journalist and a
 * researcher copy must hold — the permanent URL with the chart's anchor,
 * the edition and its revision when the chart comes from one, never a name
 * twice, French spacing, no invisible characters, and a BibTeX entry a
 * parser accepts (special characters escaped, braces balanced).
 */
import { describe, expect, it } from 'vitest';
import { bibtexEscape, figureCite } from '../../src/pageData/figureCite.ts';
import { regionPage } from '../../src/pageData/region.ts';
import { homePage } from '../../src/pageData/home.ts';
import { priorityPage } from '../../src/pageData/priority.ts';
import { indicatorsPage } from '../../src/pageData/indicators.ts';
import { REGIONS } from '../../src/lib/contract/regions.ts';
import { PRIORITIES } from '../../src/lib/contract/priorities.ts';
import { currentSite, editionSiteOf } from './site.ts';

const LAVAL = REGIONS.find((r) => r.slug === 'laval')!;

/** Whether every `{` has its `}` (BibTeX fails on an unbalanced entry). */
const balanced = (text: string): boolean => {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') { i++; continue; }
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth < 0) return false;
  }
  return depth === 0;
};

describe('figure citations', () => {
  it('escapes what BibTeX reads as commands', () => {
    expect(bibtexEscape('Part (%) & #1 {x} a_b $ ~ ^ \\')).toBe('Part (\\%) \\& \\#1 \\{x\\} a\\_b \\$ \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
  });

  it('names a chart of the current data by its page URL and anchor, with French spacing and no word joiner', async () => {
    const site = await currentSite();
    const f = regionPage(site, 'fr', LAVAL).details!.figures[0]!;
    const cite = f.cite!;
    expect(cite.text).toContain(`«\u00a0${f.title.replace(/\u2060/g, '')}\u00a0»`);
    expect(cite.text).toMatch(new RegExp(`/regions/laval/#${f.id}$`));
    expect(cite.text).not.toMatch(/\u2060/);
    expect(cite.bibtex).not.toMatch(/\u2060/);
    expect(cite.text).not.toMatch(/édition|révision/);
    // The title already says « Laval »: the page's name is not repeated.
    expect(cite.text.match(/Laval/g)).toHaveLength(1); // in the title (the URL says laval)
    expect(cite.text).toContain('données fictives');
  });

  it('names the edition and its revision, and the edition URL, for a frozen chart', async () => {
    const site = await editionSiteOf('2024-2025');
    const f = regionPage(site, 'en', LAVAL).details!.figures[0]!;
    expect(f.cite!.text).toContain(`2024–2025 edition, revision ${site.frozen!.revision}`);
    expect(f.cite!.text).toMatch(new RegExp(`/en/editions/2024-2025/regions/laval/#${f.id}$`));
    expect(f.cite!.bibtex).toContain('@misc{alliances-2024-2025-');
  });

  it('gives the page name when the chart title does not say it', async () => {
    const site = await currentSite();
    const cite = figureCite(site, 'fr', { title: 'Laval', path: '/regions/laval/' }, { id: 'x', title: 'Initiatives par statut', csvHref: '/donnees/graphiques/x.csv' });
    expect(cite.text).toMatch(/^«\u00a0Initiatives par statut\u00a0», Laval, Alliances pour la solidarité/);
  });

  it('cites every chart of the pages with charts, with a balanced BibTeX entry and a key of its own', async () => {
    const site = await currentSite();
    const figures = [
      ...(() => { const h = homePage(site, 'fr'); return [h.map, ...h.regionFigures, h.priorityFigure, h.envelopeFigure]; })(),
      ...indicatorsPage(site, 'fr').sections.map((s) => s.figure),
      ...REGIONS.flatMap((r) => { const d = regionPage(site, 'fr', r).details; return d ? [...d.figures, d.mrc?.map ?? null, d.mrc?.figure ?? null] : []; }),
      ...PRIORITIES.flatMap((p) => { const c = priorityPage(site, 'fr', p).comparison; return c ? [c.map, ...c.figures, ...c.halfFigures] : []; }),
    ].filter((f) => f !== null);
    expect(figures.length).toBeGreaterThan(100);
    const keys = new Set<string>();
    for (const f of figures) {
      expect(f.cite, f.id).toBeDefined();
      expect(balanced(f.cite!.bibtex), f.id).toBe(true);
      expect(f.cite!.bibtex.endsWith('}\n'), f.id).toBe(true);
      expect(f.cite!.bibtexHref, f.id).toBe(f.csvHref.replace(/\.csv$/, '-fr.bib'));
      const key = /^@misc\{([^,]+),/.exec(f.cite!.bibtex)![1]!;
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
    }
  });
});
