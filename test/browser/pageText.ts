/**
 * The text a reader sees or hears on a built page, as runs: the words of one
 * block (a paragraph, a table cell, a chart label) read together across
 * inline elements (`<strong>12</strong> %` is one run), with the language of
 * the block. What a page shows as a file holds it (`<code>`, `<kbd>`,
 * `<samp>`) is not part of a run: it stands there as one placeholder
 * character, so that the words around it are still checked, and it is
 * listed apart.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

export interface Run {
  readonly text: string;
  readonly lang: string;
  /** Inside an element that sets its own `lang` (a partner's words, the language switch). */
  readonly part: boolean;
}

export interface PageText {
  /** `/regions/laval/`, `/en/`… */
  readonly path: string;
  readonly lang: string;
  readonly runs: readonly Run[];
  /** Text of `<code>`, `<kbd>` and `<samp>` elements. */
  readonly code: readonly string[];
}

/** Stands for a `<code>` element inside a run. */
export const CODE_MARK = '\uFFFC';

const ELEMENT = 1;
const TEXT_NODE = 3;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const CODE = new Set(['CODE', 'KBD', 'SAMP', 'PRE', 'TEXTAREA']);
/** Elements whose text reads on with their neighbours'. */
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'I', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'WBR', 'TSPAN', 'LABEL', 'OUTPUT']);
const SPOKEN_ATTRIBUTES = ['aria-label', 'title', 'alt', 'aria-description', 'placeholder'];

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export function pageText(html: string, path: string): PageText {
  const { document } = parseHTML(html);
  const runs: Run[] = [];
  const code: string[] = [];
  const root = document.documentElement;
  const pageLang = root.getAttribute('lang') ?? '';
  let run = '';
  let runLang = pageLang;
  let runPart = false;
  const flush = (): void => {
    if (run.replace(CODE_MARK, '').trim()) runs.push({ text: run, lang: runLang, part: runPart });
    run = '';
  };
  const walk = (el: Element, lang: string, part: boolean): void => {
    const tag = el.tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (el.hasAttribute('hidden') && tag !== 'DIALOG') return;
    const own = el.getAttribute('lang');
    const myLang = own ?? lang;
    let myPart = part || (own !== null && el !== root);
    // A page named after a partner's text (a practice page) has that text in
    // its <title>, which cannot carry a lang attribute: it counts as marked
    // when the page's <h1> is, and the title starts with it.
    if (tag === 'TITLE') {
      const h1 = document.querySelector('h1');
      if (h1?.getAttribute('lang') && (el.textContent ?? '').startsWith((h1.textContent ?? '').trim())) myPart = true;
    }
    for (const name of SPOKEN_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value?.trim()) runs.push({ text: value, lang: myLang, part: myPart });
    }
    if (CODE.has(tag)) {
      code.push(el.textContent ?? '');
      run += CODE_MARK;
      return;
    }
    const inline = INLINE.has(tag) && own === null;
    if (!inline) flush();
    runLang = myLang;
    runPart = myPart;
    for (const child of el.childNodes) {
      if (child.nodeType === TEXT_NODE) run += child.textContent ?? '';
      else if (child.nodeType === ELEMENT) {
        walk(child as Element, myLang, myPart);
        runLang = myLang;
        runPart = myPart;
      }
    }
    if (!inline) flush();
  };
  walk(root, pageLang, false);
  flush();
  return { path, lang: pageLang, runs, code };
}

/** Every page of a built site, parsed once. */
export function sitePages(dist: string): PageText[] {
  return htmlFiles(dist).map((file) => {
    const path = `/${file.slice(dist.length).replace(/index\.html$/, '')}`;
    return pageText(readFileSync(file, 'utf8'), path);
  });
}
