/**
 * The built site's words and numbers (issue #9, parts 4 and 7), on every
 * page of dist/ (no browser needed, but it needs a build):
 * - English pages show no French interface text: French from the exports is
 *   inside a `lang="fr"` element (WCAG 3.1.2);
 * - no page writes `(s)` for a plural, a hyphen-minus for a minus sign, a
 *   year range that can wrap at its hyphen, or a provisional label.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { DIST } from './dist.ts';
import { REGIONS } from '../../src/lib/contract/regions.ts';
import { MRC_LIST } from '../../src/lib/contract/mrc.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** A text shown or read aloud, with the language of its element. */
interface Text {
  readonly text: string;
  readonly lang: string;
  /** Inside an element that sets its own `lang`: a language part (the partners' words, the language switch). */
  readonly part: boolean;
}

const ELEMENT = 1;
const TEXT_NODE = 3;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'CODE', 'KBD', 'SAMP']);
const SPOKEN_ATTRIBUTES = ['aria-label', 'title', 'alt', 'aria-description'];

/** Text nodes and spoken attributes of a page, each with its element's `lang`. */
function texts(html: string): Text[] {
  const { document } = parseHTML(html);
  const out: Text[] = [];
  const push = (text: string | null | undefined, lang: string, part: boolean): void => {
    if (text && text.trim()) out.push({ text, lang, part });
  };
  const walk = (el: Element, inherited: string, inPart: boolean): void => {
    const tag = el.tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    // A page named after a partner's text (a practice page) has that text in
    // its <title>, which cannot carry a lang attribute: it counts as marked
    // when the page's <h1> is, and the title starts with it.
    if (tag === 'TITLE') {
      const h1 = document.querySelector('h1');
      const h1Lang = h1?.getAttribute('lang');
      if (h1Lang && (el.textContent ?? '').startsWith((h1?.textContent ?? '').trim())) return push(el.textContent, h1Lang, true);
    }
    const own = el.getAttribute('lang');
    const lang = own ?? inherited;
    const part = inPart || (own !== null && el !== document.documentElement);
    for (const name of SPOKEN_ATTRIBUTES) push(el.getAttribute(name), lang, part);
    // A chart label wrapped over several <tspan> reads as one.
    if (tag === 'TEXT') return push(el.textContent, lang, part);
    // Adjacent text nodes (split at entities) read as one.
    let run = '';
    for (const child of el.childNodes) {
      if (child.nodeType === TEXT_NODE) {
        run += child.textContent ?? '';
        continue;
      }
      push(run, lang, part);
      run = '';
      if (child.nodeType === ELEMENT) walk(child as Element, lang, part);
    }
    push(run, lang, part);
  };
  walk(document.documentElement, '', false);
  return out;
}

/** Every page of the build, parsed once. */
const pages = htmlFiles(DIST).map((file) => ({
  path: `/${file.slice(DIST.length).replace(/index\.html$/, '')}`,
  texts: texts(readFileSync(file, 'utf8')),
}));
const english = pages.filter((p) => p.path.startsWith('/en/'));

/** The MRC as the exports write them (`Administration régionale Kativik`): place names too. */
const exportedMrc = (JSON.parse(readFileSync(join(DIST, 'donnees/initiatives.json'), 'utf8')) as Array<{ mrc: string[] | null }>).flatMap((r) => r.mrc ?? []);

/**
 * Proper names kept in French on English pages (the Québec government keeps
 * its names): regions, MRC, the program and its institutions, a dataset.
 */
const PROPER_NAMES = [
  ...new Set([
    ...REGIONS.map((r) => r.name),
    ...MRC_LIST.map((m) => m.name),
    ...exportedMrc,
    'Alliances pour la solidarité',
    'Alliance pour la solidarité',
    'Fonds québécois d’initiatives sociales',
    'Ministère de l’Emploi et de la Solidarité sociale',
    'Gouvernement du Québec',
    'Base de données géographiques et administratives',
    'Institut de la statistique du Québec',
    'Québec',
  ]),
]
  .flatMap((name) => [name, name.replace(/’/g, "'")])
  .sort((a, b) => b.length - a.length);
const PROPER_NAME = new RegExp(PROPER_NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

/**
 * Words that are French and never English, or French forms of English
 * words (`données`, `région`): precise enough that a hit is a real miss.
 */
const FRENCH_WORDS = /(?<![\p{L}\p{N}])(de la|de l’|d’une?|l’|les|des|du|aux|une|et|pour|avec|dans|sur|est|sont|qui|pas|été|année|années|personnes|données|région|régions|rejointes|versé|versés|soutenues|complétées|priorité|priorités|libellé|indicateur|indicateurs|voir|selon|fichier|valeur|nombre|montant)(?![\p{L}\p{N}])/iu;
/** Any accented word left once proper names are removed. */
const ACCENTED = /\p{L}*[àâçéèêëîïôûùüÿœ]\p{L}*/iu;

/** Identifiers, file names, URLs and codes (`personnes_rejointes`, `16-est`, `nord-du-quebec/priorites.csv`). */
const IDENTIFIER = /\S*[\p{L}\p{N}][-_./@:][\p{L}\p{N}]\S*/gu;

function frenchIn(text: string): string | null {
  const rest = text.replace(PROPER_NAME, ' ').replace(IDENTIFIER, ' ');
  return FRENCH_WORDS.exec(rest)?.[0] ?? ACCENTED.exec(rest)?.[0] ?? null;
}

describe('English pages: French only inside lang="fr" (WCAG 3.1.2)', () => {
  it('finds English pages to check', () => {
    expect(english.length).toBeGreaterThan(40);
  });

  it('the checker itself: finds French interface text, not proper names', () => {
    expect(frenchIn('Année de reddition de comptes')).not.toBeNull();
    expect(frenchIn('10 initiatives visent toute la région')).not.toBeNull();
    expect(frenchIn('Number of persons reached in Gaspésie–Îles-de-la-Madeleine and Les Moulins')).toBeNull();
    expect(frenchIn('Source: exports of the partners of the Alliances pour la solidarité')).toBeNull();
  });

  it('every English page marks the French it shows', () => {
    const misses = new Map<string, string[]>();
    for (const page of english) {
      for (const { text, lang } of page.texts) {
        if (lang.startsWith('fr')) continue;
        const word = frenchIn(text);
        if (!word) continue;
        const key = `« ${word} » in “${text.trim().slice(0, 90)}”`;
        misses.set(key, [...(misses.get(key) ?? []), page.path]);
      }
    }
    const report = [...misses].map(([what, where]) => `${what} — ${where.length} pages, e.g. ${where[0]}`);
    expect(report).toEqual([]);
  });
});

/** A hyphen-minus starting a number: after a blank, a bracket or a sign; not in `LAV-2025-003` or `2025-11-01`. */
const HYPHEN_MINUS = /(?:^|[\s([:=+±])-\d/;
/** A year range with a hyphen, outside paths and file names (`/editions/2024-2025/`, `alliances-2024-2025-r1.zip`). */
const HYPHEN_RANGE = /(?<![\d/\p{L}_-])\d{4}-\d{4}(?![\d/_-])/u;
const PLURAL_S = /\p{L}\(s\)/u;
const PROVISIONAL = /provisoire|provisional/i;

describe('words and numbers on every page (issue #9, part 7)', () => {
  it('the checkers themselves', () => {
    expect(HYPHEN_MINUS.test('Variation : -16,3 %')).toBe(true);
    expect(HYPHEN_MINUS.test('(-4)')).toBe(true);
    expect(HYPHEN_MINUS.test('\u221216,3 %')).toBe(false);
    expect(HYPHEN_MINUS.test('LAV-2025-003, 2025-11-01')).toBe(false);
    expect(HYPHEN_RANGE.test('Initiatives de 2025-2026')).toBe(true);
    expect(HYPHEN_RANGE.test('2025\u2013\u20602026')).toBe(false);
    expect(HYPHEN_RANGE.test('/editions/2024-2025/ alliances-2024-2025-r1.zip')).toBe(false);
    expect(PLURAL_S.test('10 initiative(s) visent')).toBe(true);
  });

  // The partners' own words, marked with their language in both languages, are theirs to write.
  const problems = (check: (text: string) => string | null): string[] => {
    const found = new Map<string, string[]>();
    for (const page of pages) {
      for (const { text, part } of page.texts) {
        if (part) continue;
        const hit = check(text);
        if (hit) found.set(hit, [...(found.get(hit) ?? []), page.path]);
      }
    }
    return [...found].map(([hit, where]) => `${hit} — ${where.length} pages, e.g. ${where[0]}`);
  };
  const around = (text: string, index: number): string => `“${text.slice(Math.max(0, index - 30), index + 30).trim()}”`;

  it('no plural written "(s)"', () => {
    expect(problems((text) => (PLURAL_S.test(text) ? around(text, text.search(PLURAL_S)) : null))).toEqual([]);
  });

  it('no provisional label', () => {
    expect(problems((text) => (PROVISIONAL.test(text) ? around(text, text.search(PROVISIONAL)) : null))).toEqual([]);
  });

  it('negative numbers carry the minus sign (U+2212), never a hyphen-minus', () => {
    expect(problems((text) => (HYPHEN_MINUS.test(text) ? around(text, text.search(HYPHEN_MINUS)) : null))).toEqual([]);
  });

  it('reporting years never wrap at a hyphen: `2024–⁠2025`, written by year()', () => {
    expect(problems((text) => (HYPHEN_RANGE.test(text) ? around(text, text.search(HYPHEN_RANGE)) : null))).toEqual([]);
  });
});
