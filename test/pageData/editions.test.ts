/**
 * The list of frozen editions (`/editions/`, contract §6): golden in each
 * language; newest first; a revised edition says when; files and ZIPs
 * inside each edition's folder; a missing figure shown as a dash.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editionsPage } from '../../src/pageData/editions.ts';
import type { SiteData } from '../../src/lib/site/data.ts';
import { expectGolden } from '../golden.ts';
import { editionSiteOf, goldenJson } from './site.ts';

const golden = (name: string): string => fileURLToPath(new URL(`golden/${name}.json`, import.meta.url));
const editions = async (): Promise<SiteData[]> => [await editionSiteOf('2024-2025'), await editionSiteOf('2025-2026')];

describe('editions page', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`lists every edition with its downloads, versions and citation (${lang})`, async () => {
      await expectGolden(goldenJson(editionsPage(lang, await editions())), golden(`editions-current-${lang}`));
    });
  }

  it('lists the newest edition first, each revision with its date, and links inside each edition', async () => {
    const page = editionsPage('fr', await editions());
    expect(page.editions.map((e) => e.annee)).toEqual(['2025-2026', '2024-2025']);
    const revised = page.editions.find((e) => e.annee === '2024-2025')!;
    expect(revised.revision).toMatch(/^2 \(.+\)$/);
    expect(revised.versions.map((v) => v.revision)).toEqual(['2', '1']);
    expect(page.editions.find((e) => e.annee === '2025-2026')!.revision).toBe('1');
    for (const e of page.editions) {
      expect([e.open.href, e.changesHref]).toEqual([`/editions/${e.annee}/`, `/editions/${e.annee}/changements/`]);
      expect([...e.files.map((f) => f.href), e.zip.href, ...e.versions.flatMap((v) => [v.zipHref, v.indicatorsHref])].every((h) => h.startsWith(`/editions/${e.annee}/fichiers/`))).toBe(true);
    }
  });

  it('shows a dash for a figure the edition lacks, and nothing when there is no edition', async () => {
    const [first] = await editions();
    const blank = { ...first!, value: () => undefined } as SiteData;
    expect(editionsPage('en', [blank]).editions[0]!.fqis.value).toBe('—');
    expect(editionsPage('en', []).editions).toEqual([]);
  });
});
