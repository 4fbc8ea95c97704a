/**
 * The data page (`/donnees/`): golden of what it shows for the sample's
 * current data and a frozen edition in both languages; which downloads it
 * offers (only the files there are, each CSV followed by its workbook; no
 * template in an edition), sizes, the quality groups, unread files.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataPage, fileSize, qualityGroups } from '../../src/pageData/data.ts';
import { downloadSizes } from '../../src/lib/site/downloads.ts';
import type { FileReport } from '../../src/lib/ingest/index.ts';
import { t } from '../../src/i18n/index.ts';
import { expectGolden } from '../golden.ts';
import { currentSite, editionSiteOf, goldenJson } from './site.ts';

const golden = (name: string): string => fileURLToPath(new URL(`golden/${name}.json`, import.meta.url));

describe('data page', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`shows the current data's downloads, templates, dictionary and quality (${lang})`, async () => {
      const site = await currentSite();
      await expectGolden(goldenJson(dataPage(site, lang, downloadSizes(site))), golden(`data-current-${lang}`));
    });
    it(`shows an edition's frozen files, without templates (${lang})`, async () => {
      const site = await editionSiteOf('2024-2025');
      await expectGolden(goldenJson(dataPage(site, lang, downloadSizes(site))), golden(`data-edition-${lang}`));
    });
  }

  it('offers only the files there are, each CSV followed by its workbook, links inside the site’s folder', async () => {
    const site = await currentSite();
    const sizes = { 'initiatives.csv': 1500, 'initiatives.xlsx': 2_500_000, 'alliances.csv': 10, 'datapackage.json': 999_999 };
    const page = dataPage(site, 'fr', sizes);
    expect(page.downloads.map((d) => [d.name, d.size])).toEqual([
      ['initiatives.csv', '1,5 ko'],
      ['initiatives.xlsx', '2,5 Mo'],
      ['alliances.csv', '0,0 ko'],
      ['datapackage.json', '1\u00a0000,0 ko'],
    ]);
    // The lead speaks of the workbooks only when there are some.
    expect(page.lead).toContain(t('fr', 'data.lead.xlsx'));
    expect(dataPage(site, 'fr', { 'alliances.csv': 1 }).lead).toBe(t('fr', 'data.lead'));
    expect(page.templates).toEqual([]);
    expect(page.toc.map((x) => x.id)).not.toContain('modeles');
    const edition = await editionSiteOf('2024-2025');
    const frozen = dataPage(edition, 'en', downloadSizes(edition));
    expect(frozen.templates).toEqual([]);
    expect(frozen.downloads.length).toBeGreaterThan(0);
    expect(frozen.downloads.every((d) => d.href.startsWith('/editions/2024-2025/fichiers/'))).toBe(true);
  });

  it('writes sizes in kB below 1 MB and MB from 1 MB, in each language', () => {
    expect(fileSize(999_949, 'en')).toBe('999.9 kB');
    expect(fileSize(1_000_000, 'en')).toBe('1.0 MB');
    expect(fileSize(1_250_000, 'fr')).toBe('1,3 Mo');
  });

  it('groups files by the one region their rows name, others last, and says why a file was not read', () => {
    const file = (fichier: string, o: Partial<FileReport> = {}): FileReport => ({
      fichier, type: 'initiatives', encodage: 'utf-8', delimiteur: ',', lignes: 10, publiees: 8, rejetees: 2, doublons: 0, avertissements: 1, ...o,
    });
    const groups = qualityGroups(
      {
        quality: [file('laval.csv'), file('deux.csv'), file('laval-2.csv', { lignes: 1200 }), file('notes.pdf', { type: null, lu: false, raison: 'pas une exportation' }), file('vide.csv', { type: null })],
        fileDetails: { 'laval.csv': { regions: ['13'], mrc: 3 }, 'laval-2.csv': { regions: ['13'], mrc: 0 }, 'deux.csv': { regions: ['13', '04'], mrc: 0 } },
      },
      'fr',
    );
    expect(groups.map((g) => [g.title, g.files, g.received])).toEqual([['Laval', '2', '1\u00a0210'], [t('fr', 'data.quality.other'), '3', '30']]);
    expect(groups[0]!.rows[0]!.mrc).toBe('3');
    expect(groups[1]!.rows.map((r) => [r.file, r.kind, r.unread])).toEqual([['deux.csv', 'initiatives', null], ['notes.pdf', null, 'pas une exportation'], ['vide.csv', null, null]]);
  });
});
