/**
 * Each revision's ZIP (contract §6, version 3): its public files and a
 * README in French and English listing each of them with what it holds
 * (from the revision's own data package), the revisions' own dates and
 * notes, the manifest and the licence; the site's internal files left out
 * and named; the same bytes twice, whatever the time zone; an edition frozen
 * under contract 2 (no workbooks) zipped with the files it has.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { copyEditionDownloads, revisionZip } from '../../../src/lib/editions/downloads.ts';
import { editionContents, readManifest, verifyEditions, writeManifest, writeRevision } from '../../../src/lib/editions/store.ts';
import type { EditionManifest } from '../../../src/lib/editions/manifest.ts';
import type { ReadmeLinks } from '../../../src/lib/editions/readme.ts';

const SAMPLE = fileURLToPath(new URL('../../../data/editions', import.meta.url));
const links: ReadmeLinks = {
  edition: { fr: 'https://exemple.org/editions/2024-2025/', en: 'https://exemple.org/en/editions/2024-2025/' },
  files: 'https://exemple.org/editions/2024-2025/fichiers/',
};
const tmp = mkdtempSync(join(tmpdir(), 'alliances-zip-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const manifest = (): EditionManifest => readManifest(SAMPLE, '2024-2025')!;

describe('a revision’s ZIP', () => {
  it('holds the public files and a README, never the site’s internal files', () => {
    const m = manifest();
    const files = unzipSync(revisionZip(SAMPLE, m, 2, links));
    const names = Object.keys(files).map((n) => n.replace('2024-2025/revision-2/', ''));
    expect(names[0]).toBe('README.md');
    expect(names.sort()).toEqual([
      'README.md', 'alliances.csv', 'alliances.xlsx', 'contexte.csv', 'contexte.xlsx', 'datapackage.json', 'indicateurs.csv', 'indicateurs.xlsx',
      'initiatives.csv', 'initiatives.json', 'initiatives.xlsx', 'pratiques.csv', 'pratiques.xlsx', 'priorites.csv', 'priorites.xlsx',
    ]);
    expect(names.some((n) => n.startsWith('site/'))).toBe(false);
  });

  it('has a README in French and English that lists every file it holds, with its description, size and SHA-256', () => {
    const m = manifest();
    const readme = strFromU8(unzipSync(revisionZip(SAMPLE, m, 2, links))['2024-2025/revision-2/README.md']!);
    const [fr, en] = readme.split('## Alliances pour la solidarité — 2024-2025 edition');
    expect(fr).toContain('## Alliances pour la solidarité — édition 2024-2025, révision 2');
    expect(en).toBeDefined();
    const contents = editionContents(SAMPLE, m)[1]!;
    for (const f of contents.filter((c) => c.role !== 'site')) {
      const line = (text: string): string | undefined => text.split('\n').find((l) => l.startsWith(`| ${f.name} |`));
      expect(line(fr!), f.name).toContain(f.sha256);
      expect(line(en!), f.name).toContain(f.sha256);
    }
    // Descriptions from the revision's own data package (French), and their English.
    expect(fr).toContain('| pratiques.csv | Pratiques gagnantes, une ligne par pratique et par année');
    expect(fr).toContain('| initiatives.json | Initiatives (JSON). Mêmes lignes que initiatives.csv');
    expect(en).toContain('| indicateurs.xlsx | Derived indicators, long format (Excel). The same rows as indicateurs.csv');
    // Site files: named, one line each, with where they are.
    expect(fr).toContain('https://exemple.org/editions/2024-2025/fichiers/revision-2/site/');
    expect(fr).toMatch(/^- site\/validation\.json\u00a0: Bilan de la validation/m);
    expect(en).toMatch(/^- site\/definitions\.json: The indicators’ titles and formulas/m);
    // Each revision's own dates and note, the manifest, the licence, the fictional data.
    expect(fr).toContain('Révision 1, publiée le 15 décembre 2025, données au 28 novembre 2025\u00a0: Reddition de comptes annuelle 2024-2025 (exemple fictif).');
    expect(fr).toContain('Révision 2, publiée le 16 février 2026, données au 10 février 2026\u00a0: Correction (exemple fictif)');
    expect(en).toContain('Revision 2, published on February 16, 2026, data as of February 10, 2026; note (in French): Correction (exemple fictif)');
    expect(readme).toContain('https://exemple.org/editions/2024-2025/fichiers/edition.json');
    expect(en).toContain('https://exemple.org/en/editions/2024-2025/');
    expect(readme).toContain('Creative Commons Attribution 4.0 (CC-BY-4.0), https://creativecommons.org/licenses/by/4.0/');
    expect(fr).toContain('**Données fictives.**');
    expect(en).toContain('**Fictional data.**');
  });

  it('says nothing of later revisions in an earlier one’s README: a correction leaves its ZIP as it was', () => {
    const m = manifest();
    const readme = strFromU8(unzipSync(revisionZip(SAMPLE, m, 1, links))['2024-2025/revision-1/README.md']!);
    expect(readme).toContain('Révision 1, publiée le 15 décembre 2025');
    expect(readme).not.toContain('Révision 2');
    const before: EditionManifest = { ...m, revision: 1, revisions: [], fichiers: Object.fromEntries(Object.entries(m.fichiers).filter(([k]) => k.startsWith('revision-1/'))) };
    expect(revisionZip(SAMPLE, before, 1, links)).toEqual(revisionZip(SAMPLE, m, 1, links));
  });

  it('gives the same bytes twice, in any time zone', () => {
    const m = manifest();
    const first = revisionZip(SAMPLE, m, 2, links);
    const tz = process.env['TZ'];
    try {
      process.env['TZ'] = 'Pacific/Kiritimati';
      expect(revisionZip(SAMPLE, m, 2, links)).toEqual(first);
    } finally {
      if (tz === undefined) delete process.env['TZ'];
      else process.env['TZ'] = tz;
    }
  });

  it('zips an edition frozen under contract 2 with the files it has', async () => {
    const dir = join(tmp, 'contract2');
    const fichiers = await writeRevision(dir, '2023-2024', 1, { 'indicateurs.csv': 'annee\r\n2023-2024\r\n', 'site/validation.json': '[]\n' });
    await writeManifest(dir, {
      annee: '2023-2024', revision: 1, publiee_le: '2024-12-15', donnees_au: '2024-11-30', note: 'Publication', contrat: '2',
      fictif: false, titre: null, validation: { lignes: 1, publiees: 1, rejetees: 0 }, fichiers, revisions: [],
    });
    const out = join(tmp, 'out');
    const [m] = copyEditionDownloads(dir, out, () => links);
    expect(verifyEditions(dir).problems).toEqual([]);
    const files = unzipSync(revisionZip(dir, m!, 1, links));
    expect(Object.keys(files).sort()).toEqual(['2023-2024/revision-1/README.md', '2023-2024/revision-1/indicateurs.csv']);
    const readme = strFromU8(files['2023-2024/revision-1/README.md']!);
    expect(readme).toContain('| indicateurs.csv | indicateurs.csv |');
    expect(readme).not.toContain('Données fictives');
  });
});
