/**
 * The practice catalogue's budget (issue #10, item 2), measured on a built
 * dist/: the JavaScript /pratiques/ ships (gzip), its own filtering script
 * alone and everything else on the page (the header's search loader…),
 * and the page's HTML. Search code loaded when the reader uses the field is
 * not counted: the budget is "≤ 8 KB besides search".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../paths.ts';

const fmt = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 1 });
const kb = (bytes: number): string => `${fmt.format(bytes / 1024)} Ko`;

export interface CatalogueWeight {
  /** The catalogue's own script, gzip. */
  readonly script: number;
  /** Every script of the page, gzip (inline ones together, each file apart). */
  readonly page: number;
  readonly html: number;
}

/** The catalogue script is the one that looks for `[data-catalogue-form]`. */
export function catalogueWeight(dist: string, path = 'pratiques'): CatalogueWeight {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  const files = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!), 'utf8'));
  const own = [...inline, ...files].filter((js) => js.includes('data-catalogue-form'));
  const gz = (text: string): number => (text.length > 0 ? gzipSync(text).length : 0);
  return {
    script: own.reduce((sum, js) => sum + gz(js), 0),
    page: gz(inline.join('')) + files.reduce((sum, js) => sum + gz(js), 0),
    html: Buffer.byteLength(html),
  };
}

/** Reads the dist/ that benchSite leaves built on the sample. */
export function printCatalogue(dist = join(ROOT, 'dist')): void {
  const w = catalogueWeight(dist);
  console.log(`Catalogue des pratiques (/pratiques/) : script de filtrage ${kb(w.script)} gzip, JavaScript de la page ${kb(w.page)} gzip (cible ≤ 8 Ko hors recherche), HTML ${kb(w.html)}`);
}
