/**
 * The partners' guide (`/partenaires/`, issue #11): golden in each
 * language; its error messages are the ingest's own, its columns the
 * schema's, its template links the published templates'.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { partnerGuidePage } from '../../src/pageData/partnerGuide.ts';
import { runExamples } from '../../src/lib/guide/examples.ts';
import { reasonText } from '../../src/lib/contract/reasons.ts';
import { SCHEMAS } from '../../src/lib/contract/columns.ts';
import { TEMPLATE_DIR, templateFiles } from '../../src/lib/publish/templates.ts';
import { expectGolden } from '../golden.ts';
import { goldenJson } from './site.ts';

const golden = (name: string): string => fileURLToPath(new URL(`golden/${name}.json`, import.meta.url));

describe('partners’ guide', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`shows who sends what, values, columns, synonyms and common errors (${lang})`, async () => {
      await expectGolden(goldenJson(partnerGuidePage(lang)), golden(`partnerGuide-current-${lang}`));
    });
  }

  it('quotes the ingest’s own message for each example, in each page’s language, and lists the ministry’s file last', () => {
    const en = partnerGuidePage('en');
    expect(partnerGuidePage('fr').errors.map((e) => e.message)).toEqual(runExamples().map((r) => r.raison));
    expect(en.errors.map((e) => e.message)).toEqual(runExamples().map((r) => reasonText(r.cause, 'en')));
    expect(en.errors.find((e) => e.id === 'statut')).toMatchObject({ message: 'unknown status', fix: expect.stringMatching(/^Use demarree/) });
    expect(en.errors.every((e) => e.message !== '')).toBe(true);
    expect(en.kinds.at(-1)!.kind).toBe('contexte');
    expect(en.columns.map((c) => c.columns.length)).toEqual(en.columns.map((c) => SCHEMAS[c.kind].length));
  });

  it('links templates the pipeline publishes', () => {
    const names = Object.keys(templateFiles('2026-01-01T00:00:00.000Z'));
    for (const link of partnerGuidePage('fr').templates) expect(names.some((n) => link.href.endsWith(`/donnees/${TEMPLATE_DIR}/${n}`)), link.href).toBe(true);
  });
});
