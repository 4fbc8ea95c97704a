/**
 * The checker's page (`/verifier/`): golden of the texts its script writes
 * in each language; the count forms keep `{count}` for the script.
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
    for (const count of ['files', 'published', 'rejected', 'warnings']) {
      expect(page.messages[`count.${count}.one`]).toMatch(/\{count\}/);
      expect(page.messages[`count.${count}.other`]).toMatch(/\{count\}/);
      expect(page.messages[`count.${count}.one`]).not.toBe(page.messages[`count.${count}.other`]);
    }
    expect(KINDS.every((k) => typeof page.messages[`kind.${k}`] === 'string')).toBe(true);
    expect(page.messages['preview.lead']).not.toMatch(/\{n\}/);
    expect([page.guideHref, page.templatesHref]).toEqual(['/partenaires/', '/donnees/']);
  });
});
