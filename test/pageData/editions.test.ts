/**
 * The list of frozen editions (`/editions/`, contract §6): golden in each
 * language; newest first; a revised edition says when; every file of a
 * revision listed with what it holds and its size; each revision's own
 * dates and every file in the versions table; files and ZIPs inside each
 * edition's folder; the feed; a missing figure shown as a dash.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editionsPage } from '../../src/pageData/editions.ts';
import type { EditionFileLists } from '../../src/pageData/editions.ts';
import type { SiteData } from '../../src/lib/site/data.ts';
import { editionContents } from '../../src/lib/editions/store.ts';
import { expectGolden } from '../golden.ts';
import { editionSiteOf, goldenJson } from './site.ts';

const golden = (name: string): string => fileURLToPath(new URL(`golden/${name}.json`, import.meta.url));
const editions = async (): Promise<SiteData[]> => [await editionSiteOf('2024-2025'), await editionSiteOf('2025-2026')];
const DIR = fileURLToPath(new URL('../../data/editions', import.meta.url));
const lists = (sites: readonly SiteData[]): EditionFileLists => new Map(sites.map((e) => [e.frozen!.annee, editionContents(DIR, e.frozen!)]));
const pageOf = async (lang: 'fr' | 'en') => {
  const sites = await editions();
  return editionsPage(lang, sites, lists(sites));
};

describe('editions page', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`lists every edition with its downloads, versions and citation (${lang})`, async () => {
      await expectGolden(goldenJson(await pageOf(lang)), golden(`editions-current-${lang}`));
    });
  }

  it('lists the newest edition first, each revision with its date, and links inside each edition', async () => {
    const page = await pageOf('fr');
    expect(page.editions.map((e) => e.annee)).toEqual(['2025-2026', '2024-2025']);
    const revised = page.editions.find((e) => e.annee === '2024-2025')!;
    expect(revised.revision).toMatch(/^2 \(.+\)$/);
    expect(revised.versions.map((v) => v.revision)).toEqual(['2', '1']);
    expect(page.editions.find((e) => e.annee === '2025-2026')!.revision).toBe('1');
    for (const e of page.editions) {
      expect([e.open.href, e.changesHref]).toEqual([`/editions/${e.annee}/`, `/editions/${e.annee}/changements/`]);
      expect([...e.files.map((f) => f.href), e.zip.href, ...e.versions.flatMap((v) => [v.zip.href, ...v.files.map((f) => f.href)])].every((h) => h.startsWith(`/editions/${e.annee}/fichiers/`))).toBe(true);
    }
  });

  it('lists every public file of the latest revision with what it holds and its size, workbooks included, the site’s files apart', async () => {
    const revised = (await pageOf('fr')).editions.find((e) => e.annee === '2024-2025')!;
    expect(revised.files.map((f) => f.name)).toEqual([
      'initiatives.csv', 'initiatives.xlsx', 'initiatives.json', 'indicateurs.csv', 'indicateurs.xlsx', 'alliances.csv', 'alliances.xlsx',
      'priorites.csv', 'priorites.xlsx', 'contexte.csv', 'contexte.xlsx', 'pratiques.csv', 'pratiques.xlsx', 'datapackage.json',
    ]);
    expect(revised.files.every((f) => f.href.startsWith('/editions/2024-2025/fichiers/revision-2/'))).toBe(true);
    expect(revised.files.find((f) => f.name === 'pratiques.csv')).toMatchObject({ description: expect.stringMatching(/^Pratiques gagnantes, une ligne par pratique/), size: '43,1 ko' });
    expect(revised.siteFiles?.files.map((f) => f.name)).toEqual(['site/definitions.json', 'site/fichiers.json', 'site/indicateurs-regionaux.json', 'site/validation.json']);
    const en = (await pageOf('en')).editions.find((e) => e.annee === '2024-2025')!;
    expect(en.files.find((f) => f.name === 'indicateurs.xlsx')?.description).toBe('Derived indicators, long format (Excel)');
    expect(en.files.find((f) => f.name === 'pratiques.csv')?.size).toBe('43.1 kB');
  });

  it('gives each version its own publication and data dates, and links every file of every revision', async () => {
    const revised = (await pageOf('fr')).editions.find((e) => e.annee === '2024-2025')!;
    expect(revised.versions.map((v) => [v.revision, v.date, v.asOf])).toEqual([
      ['2', '16\u00a0février 2026', '10\u00a0février 2026'],
      ['1', '15\u00a0décembre 2025', '28\u00a0novembre 2025'],
    ]);
    expect(revised.asOf).toBe('10\u00a0février 2026 (révision 2)');
    for (const [i, v] of revised.versions.entries()) {
      const revision = 2 - i;
      expect(v.files).toHaveLength(18);
      expect(v.filesSummary).toBe('18 fichiers');
      expect(v.files.every((f) => f.href.startsWith(`/editions/2024-2025/fichiers/revision-${revision}/`))).toBe(true);
      expect(v.files.map((f) => f.name)).toEqual(expect.arrayContaining(['contexte.csv', 'pratiques.csv', 'indicateurs.xlsx', 'site/validation.json']));
      expect(v.zip.href).toBe(`/editions/2024-2025/fichiers/alliances-2024-2025-revision-${revision}.zip`);
    }
  });

  it('links the Atom feed of editions in each language', async () => {
    expect((await pageOf('fr')).feed).toMatchObject({ href: '/editions/flux.xml', sitePath: '/editions/flux.xml' });
    expect((await pageOf('en')).feed).toMatchObject({ href: '/en/editions/flux.xml', sitePath: '/en/editions/flux.xml' });
  });

  it('shows a dash for a figure the edition lacks, and nothing when there is no edition', async () => {
    const [first] = await editions();
    const blank = { ...first!, value: () => undefined } as SiteData;
    expect(editionsPage('en', [blank], new Map()).editions[0]!.fqis.value).toBe('—');
    expect(editionsPage('en', [], new Map()).editions).toEqual([]);
  });
});
