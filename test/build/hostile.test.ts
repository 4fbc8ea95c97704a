/**
 * Issue #16, contract §1.5: a whole site built from the sample with every
 * hostile fixture at once (a 1.6 MB CSV of 800 000 broken lines, a million-
 * row workbook, ZIP bombs, mixed encodings, implausible values…). The build
 * exits 0, and no page, feed or dataset shows ∞, NaN, Infinity or a number
 * in exponent notation, nor weighs megabytes because of one long text.
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCombined } from '../../tools/hostile/generate.ts';
import { buildInto } from './build.ts';

let input: string;
let dist: string;
const files = (): string[] =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((p) => join(dist, p))
    .filter((p) => statSync(p).isFile());

beforeAll(() => {
  input = mkdtempSync(join(tmpdir(), 'alliances-hostile-input-'));
  generateCombined(input);
  dist = buildInto('hostile', { DATA_DIR: input, SOURCE_DATE_EPOCH: '1767225600' });
}, 600_000);

afterAll(() => {
  rmSync(input, { recursive: true, force: true });
  if (dist) rmSync(dirname(dist), { recursive: true, force: true });
});

/** The text a reader sees: no markup, scripts or styles. */
const visible = (html: string): string =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ');

describe('a site built from the sample with every hostile fixture', () => {
  it('shows no ∞, NaN, Infinity or exponent notation on any page or feed', () => {
    const found: string[] = [];
    for (const path of files().filter((p) => /\.(html|xml)$/.test(p))) {
      const text = visible(readFileSync(path, 'utf8'));
      const m = /∞|\bNaN\b|\bInfinity\b|\b\d+(?:[.,]\d+)?[eE][+-]?\d+\b/.exec(text);
      if (m) found.push(`${relative(dist, path)}: ${m[0]}`);
    }
    expect(found.slice(0, 10)).toEqual([]);
  });

  it('writes no Infinity, NaN or exponent into a dataset or a chart file', () => {
    const found: string[] = [];
    for (const path of files().filter((p) => /\.(csv|json)$/.test(p) && !p.includes('/pagefind/'))) {
      const text = readFileSync(path, 'utf8');
      const m = /\bNaN\b|\bInfinity\b|∞|(?<=[,:[])-?\d+(?:\.\d+)?[eE][+-]?\d+(?=[,\]}\r\n])/.exec(text);
      if (m) found.push(`${relative(dist, path)}: ${m[0]}`);
    }
    expect(found.slice(0, 10)).toEqual([]);
  });

  it('keeps every page and feed small: long texts are cut on pages (a 5 MB title once made a 37.9 MB page)', () => {
    const heavy = files()
      .filter((p) => /\.(html|xml)$/.test(p))
      .map((p) => ({ path: relative(dist, p), bytes: statSync(p).size }))
      .filter((f) => f.bytes > 1024 * 1024);
    expect(heavy).toEqual([]);
  });

  it('lists the unusual values and the files not read on the data page', () => {
    const page = visible(readFileSync(join(dist, 'donnees/index.html'), 'utf8')).replace(/\s+/g, ' ');
    expect(page).toMatch(/Valeurs inhabituelles/);
    expect(page).toMatch(/Initiatives concernées \(\d+\)/);
    expect(page).toMatch(/lien symbolique vers un fichier hors du dossier d’entrée/);
    expect(page).toMatch(/classeur trop volumineux une fois décompressé/);
  });
});
