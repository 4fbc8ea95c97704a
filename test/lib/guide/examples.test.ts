/**
 * The guide's common errors (issue #11): each example, read by the real
 * ingest code, produces the problem the page explains — of the expected
 * gravity, on the expected column — so the guide breaks loudly when a
 * message or a rule changes.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_IDS, errorExamples, runExamples } from '../../../src/lib/guide/examples.ts';
import { DICTIONARIES } from '../../../src/i18n/index.ts';
import { REASON_CODES, fixText, guideAnchor } from '../../../src/lib/contract/reasons.ts';
import { GUIDE_KINDS } from '../../../src/lib/guide/columns.ts';
import { partnerGuidePage } from '../../../src/pageData/partnerGuide.ts';

const results = runExamples();

describe('common errors of the partners’ guide', () => {
  it('has one example per identifier, in order', () => {
    expect(errorExamples().map((e) => e.id)).toEqual([...EXAMPLE_IDS]);
  });

  for (const { example, problems, raison, gravite } of results) {
    it(`${example.id}: ${example.expected.count} ${example.expected.gravite} on « ${example.expected.colonne} »`, () => {
      expect(problems.map((p) => [p.gravite, p.colonne])).toEqual(
        Array.from({ length: example.expected.count }, () => [example.expected.gravite, example.expected.colonne]),
      );
      expect(raison).toBe(problems[0]!.raison);
      expect(raison.length).toBeGreaterThan(5);
      expect(gravite).toBe(example.expected.gravite);
    });
  }

  it('each example produces a different message', () => {
    const messages = results.map((r) => r.raison);
    expect(new Set(messages).size).toBe(messages.length);
  });

  it('names the closest header when the kind is not recognised', () => {
    const r = results.find((x) => x.example.id === 'type-non-reconnu')!;
    expect(r.raison).toContain('« Orgnisme porteur » ressemble à organisme');
  });

  it('a valid base row produces no problem (the mistake is the only one)', async () => {
    const { ingestFiles } = await import('../../../src/lib/ingest/index.ts');
    const valid = results.find((x) => x.example.id === 'doublon-identique')!.example.sources[0]!;
    const text = new TextDecoder().decode(valid.bytes).split('\r\n').slice(0, 2).join('\r\n');
    const result = ingestFiles([{ fichier: 'ok.csv', bytes: new TextEncoder().encode(text) }]);
    expect(result.problems).toEqual([]);
    expect(result.dataset.initiatives).toHaveLength(1);
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`${lang}: every example has a title, and a fix from the reasons’ catalogue`, () => {
      for (const { example, cause } of results) {
        expect(DICTIONARIES[lang][`guide.error.${example.id}`], example.id).toBeTruthy();
        expect(fixText(cause, lang), example.id).not.toBe('');
      }
    });
  }

  it('is the entry the checker and npm run validate link each example’s reason to', () => {
    for (const { example, cause } of results) expect(guideAnchor(cause), example.id).toBe(`erreur-${example.id}`);
  });

  it('has an entry for every reason the checker links to (a common error, or the section that explains the rule)', () => {
    const page = partnerGuidePage('fr');
    const ids = new Set([...page.sections.map((s) => s.id), ...page.errors.map((e) => `erreur-${e.id}`), ...GUIDE_KINDS.map((k) => `colonnes-${k}`)]);
    for (const code of REASON_CODES) expect(ids.has(guideAnchor({ code })), `${code} → ${guideAnchor({ code })}`).toBe(true);
  });
});
