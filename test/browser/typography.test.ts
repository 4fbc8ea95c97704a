/**
 * Words, not codes, and one number style (issue #21, items 2 and 3; README,
 * « Style des nombres » and « Des mots, pas des codes »), on every page of
 * dist/ in both languages (no browser needed, but it needs a build). The
 * interface's text is checked; what a page shows as a file holds it
 * (`<code>`, `<kbd>`, `<samp>`, `<pre>`, `<textarea>`), the partners' and
 * the ministry's words (marked `lang`), place names as the geographic file
 * writes them and web addresses are not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { DIST } from './dist.ts';
import { htmlFiles, pageText, sitePages } from './pageText.ts';
import type { PageText } from './pageText.ts';
import { PRIORITIES } from '../../src/lib/contract/priorities.ts';
import { SECTORS, SECTOR_LABELS, STATUSES, STATUS_LABELS, TARGETS, TARGET_LABELS } from '../../src/lib/contract/codes.ts';
import { MRC_LIST } from '../../src/lib/contract/mrc.ts';

const pages = sitePages(DIST);
const french = pages.filter((p) => p.lang.startsWith('fr'));
const english = pages.filter((p) => p.lang.startsWith('en'));

/** The pages that teach partners the codes they write: there, and only inside `<code>`, codes may show. */
const TEACHING = /^(\/en)?(\/editions\/[^/]+)?\/(partenaires|verifier|donnees)\/$/;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The file's codes that are not words as written (`completee`, `en-cours`, `securite-alimentaire`), and column names. */
const CODES = [
  ...STATUSES.map((c) => [c, STATUS_LABELS[c].fr, STATUS_LABELS[c].en] as const),
  ...TARGETS.map((c) => [c, TARGET_LABELS[c].fr, TARGET_LABELS[c].en] as const),
  ...SECTORS.map((c) => [c, SECTOR_LABELS[c].fr, SECTOR_LABELS[c].en] as const),
  ...PRIORITIES.map((p) => [p.code, p.labelFr, p.labelEn] as const),
]
  .filter(([code, fr, en]) => !fr.toLowerCase().includes(code) && !en.toLowerCase().includes(code))
  .map(([code]) => code);
const CODE = new RegExp(`(?<![\\p{L}\\p{N}_.-])(${CODES.map(escape).join('|')}|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?![\\p{L}\\p{N}_-])`, 'u');
/** Targets are codes on an English page (`partiellement`), words on a French one. */
const ENGLISH_CODE = new RegExp(`(?<![\\p{L}\\p{N}_.-])(${TARGETS.map(escape).join('|')})(?![\\p{L}\\p{N}_-])`, 'u');

const URL = /\b(?:https?:\/\/|mailto:)\S+|(?:^|\s)\/[\w/.#-]*\//g;

/** Place names of the geographic file (`L'Islet`): proper names kept as the file writes them. */
const PLACES = new RegExp([...new Set(MRC_LIST.map((m) => m.name))].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');

/** The interface's runs of a page: not the partners' words, without web addresses. */
const interfaceRuns = (page: PageText): string[] => page.runs.filter((r) => !r.part).map((r) => r.text.replace(URL, ' '));

/** Every match of `pattern` in the interface's text, `« match » in “context” — n pages, e.g. /path/`. */
function misses(list: readonly PageText[], test: (text: string, page: PageText) => RegExpExecArray | null | undefined): string[] {
  const found = new Map<string, string[]>();
  for (const page of list) {
    for (const text of interfaceRuns(page)) {
      const m = test(text, page);
      if (!m) continue;
      const context = text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\s+/g, ' ').trim();
      const key = `« ${m[0]} » in “${context}”`;
      found.set(key, [...(found.get(key) ?? []), page.path]);
    }
  }
  return [...found].map(([what, where]) => `${what} — ${where.length} pages, e.g. ${where[0]}`);
}

describe('the checks themselves', () => {
  const page = (html: string, lang = 'fr'): PageText => pageText(`<html lang="${lang}"><body>${html}</body></html>`, '/');
  it('read a block across inline elements, and code as one mark', () => {
    expect(page('<p>Statut <strong>12</strong> : <code>completee</code> ici</p>').runs.map((r) => r.text)).toEqual(['Statut 12 : \uFFFC ici']);
  });
  it('find what main’s dist/ showed (issue #21)', () => {
    expect(CODE.exec('numérateur = initiatives au statut completee;')?.[1]).toBe('completee');
    expect(CODE.exec('Somme de personnes_rejointes')?.[1]).toBe('personnes_rejointes');
    expect(CODE.exec('Réalités et enjeux des centres-villes, dont l’itinérance')).toBeNull();
    expect(CODE.exec('indicateur 3.1-demarrees')).toBeNull();
    expect(BIG_THOUSANDS.exec('Montréal : 3\u00a0173\u00a0k$')).not.toBeNull();
    expect(BIG_THOUSANDS.exec('Montréal: $3,173K')).not.toBeNull();
    expect(WHOLE_PERCENT.exec('33 %')).not.toBeNull();
    expect(WHOLE_PERCENT.exec('100%')).not.toBeNull();
    expect(WHOLE_PERCENT.exec('26,6 %')).toBeNull();
    expect(FIRST_OF_MONTH.exec('1 mars 2025')).not.toBeNull();
    expect(FIRST_OF_MONTH.exec('11 mars 2025')).toBeNull();
    expect(BREAKABLE_FR.exec('Personnes rejointes pour 1 000 habitants')).not.toBeNull();
    expect(BREAKABLE_FR.exec('Pour les partenaires : Préparer')).not.toBeNull();
    expect(BREAKABLE_FR.exec('la priorité « Sécurité')).not.toBeNull();
    expect(BREAKABLE_FR.exec('Sécurité\u00a0: 1\u00a0341\u00a0k$ («\u00a0a\u00a0»)')).toBeNull();
  });
});

describe('words, not codes: no status, priority or target code in a page’s text', () => {
  it('finds pages in both languages', () => {
    expect(french.length).toBeGreaterThan(100);
    expect(english.length).toBeGreaterThan(40);
  });

  it('no code outside <code>, on any page', () => {
    expect(misses(pages, (text) => CODE.exec(text))).toEqual([]);
  });

  it('no target code on an English page outside <code> and the partners’ French words', () => {
    expect(misses(english, (text) => ENGLISH_CODE.exec(text))).toEqual([]);
  });

  it('codes inside <code> only on the pages that teach them (the guide, the checker, the data page)', () => {
    const shown = pages.filter((p) => !TEACHING.test(p.path)).flatMap((p) => p.code.filter((c) => CODE.test(c.replace(URL, ' '))).map((c) => `${c} on ${p.path}`));
    expect([...new Set(shown)].slice(0, 20)).toEqual([]);
  });

  it('a guide indicator’s numerator and denominator say what they count (not « 22, Numérateur 22, Dénominateur 1 »)', () => {
    const bare: string[] = [];
    for (const file of htmlFiles(DIST)) {
      const html = readFileSync(file, 'utf8');
      if (!html.includes('class="indicators')) continue;
      const { document } = parseHTML(html);
      for (const row of document.querySelectorAll('table.indicators tbody tr')) {
        const [, , value, numerator, denominator] = [...row.children].map((c) => (c.textContent ?? '').trim());
        for (const cell of [numerator, denominator]) if (cell && cell !== '—' && !/\p{L}/u.test(cell)) bare.push(`${row.getAttribute('data-indicateur')}: ${value} | ${numerator} | ${denominator} on ${file.slice(DIST.length)}`);
      }
    }
    expect(bare.slice(0, 10)).toEqual([]);
  });
});

/** Thousands of dollars past 999 (`3 173 k$`, `$3,173K`): millions, then. */
const BIG_THOUSANDS = /\d[\s\u00a0\u202f]\d{3}[\s\u00a0\u202f]?k\$|\$\d{1,3},\d{3}K\b/u;
/** A percentage without its decimal (`33 %`, `100%`). */
const WHOLE_PERCENT = /(?<![\d,.])\d+[\u00a0\u202f ]?%/u;
const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
/** The first of a month written `1 mars`: French writes `1er mars`. */
const FIRST_OF_MONTH = new RegExp(`(?<![\\d])1[\\s\\u00a0\\u202f](${MONTHS})`, 'u');
/** Where a French line could break and should not: inside a number, before : ; ! ? », before % or $ after a number, after «. */
const BREAKABLE_FR = /\d[ \t\r\n]\d{3}(?!\d)|\S[ \t\r\n]+[:;!?»]|\d[ \t\r\n]+[%$]|«[ \t\r\n]/u;
/** Inside a number (`5 000`), in English too. */
const BREAKABLE_NUMBER = /\d[ \t\r\n]\d{3}(?!\d)/u;

describe('one number style (README, « Style des nombres »)', () => {
  it('never thousands of dollars past 999 (`3 173 k$`): millions with two decimals', () => {
    expect(misses(pages, (text) => BIG_THOUSANDS.exec(text))).toEqual([]);
  });

  it('every percentage with its decimal (`33,0 %` beside `26,6 %`)', () => {
    expect(misses(pages, (text) => WHOLE_PERCENT.exec(text))).toEqual([]);
  });

  it('the first of a month is « 1er »', () => {
    expect(misses(french, (text) => FIRST_OF_MONTH.exec(text))).toEqual([]);
  });

  it('French: no line break inside a number, before : ; ! ? » % $ or after «', () => {
    expect(misses(french, (text, page) => (page.runs.length ? BREAKABLE_FR.exec(text) : null))).toEqual([]);
  });

  it('English: no line break inside a number', () => {
    expect(misses(english, (text) => BREAKABLE_NUMBER.exec(text))).toEqual([]);
  });
});

describe('typographic apostrophes in the interface’s text', () => {
  it('no straight apostrophe, French and English', () => {
    expect(misses(pages, (text) => /'/.exec(text.replace(PLACES, ' ')))).toEqual([]);
  });
});

describe('the partners’ guide on dates', () => {
  it('says what the contract accepts: the day first only when the year is last', () => {
    const guide = readFileSync(join(DIST, 'partenaires/index.html'), 'utf8');
    expect(guide).toContain('2025/03/31');
    expect(guide).not.toMatch(/le jour vient toujours en premier/);
    const en = readFileSync(join(DIST, 'en/partenaires/index.html'), 'utf8');
    expect(en).not.toMatch(/the day always comes first/);
  });
});
