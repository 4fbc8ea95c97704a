/**
 * The checker's page (`/verifier/`): golden of the texts its script writes
 * in each language; the count forms keep `{count}` for the script; no text
 * speaks of the command line (issue #20: partners have an Excel file).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkerPage } from '../../src/pageData/checker.ts';
import { KINDS } from '../../src/lib/contract/columns.ts';
import { expectGolden } from '../golden.ts';
import { currentSite, goldenJson } from './site.ts';

const golden = (name: string): string => fileURLToPath(new URL(`golden/${name}.json`, import.meta.url));

describe('checker page', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`gives its script every text in the page's language (${lang})`, async () => {
      await expectGolden(goldenJson(checkerPage(await currentSite(), lang)), golden(`checker-current-${lang}`));
    });
  }

  it('leaves the count to the script in singular and plural forms, names every kind, and links the guide and templates', async () => {
    const page = checkerPage(await currentSite(), 'fr');
    for (const count of ['count.rejectedOf', 'count.warnings', 'count.duplicates', 'count.rows', 'count.ready', 'group.omitted', 'group.values.more']) {
      expect(page.messages[`${count}.one`]).toMatch(/\{count\}/);
      expect(page.messages[`${count}.other`]).toMatch(/\{count\}/);
      expect(page.messages[`${count}.one`]).not.toBe(page.messages[`${count}.other`]);
    }
    expect(page.messages['count.rejectedOf.other']).toMatch(/\{total\}/);
    expect(KINDS.every((k) => typeof page.messages[`kind.${k}`] === 'string')).toBe(true);
    expect(page.messages['preview.lead']).not.toMatch(/\{n\}/);
    expect([page.guideHref, page.templatesHref]).toEqual(['/partenaires/', '/donnees/']);
  });

  it('speaks plain words in both languages: no command line, no « validez de nouveau »', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const page = checkerPage(await currentSite(), lang);
      expect(Object.values(page.messages).join('\n')).not.toMatch(/npm|validate|validez|verdict/i);
    }
    expect(checkerPage(await currentSite(), 'en').guideHref).toBe('/en/partenaires/');
  });
});
