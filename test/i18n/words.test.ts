/**
 * Words, not codes (issue #21, item 2): definitions in readers' words, the
 * units of a guide indicator's figures, and codes inside <code> where the
 * pages teach them.
 */
import { describe, expect, it } from 'vitest';
import { INDICATORS, withOfficialTitles } from '../../src/lib/derive/definitions.ts';
import type { IndicatorDefinition } from '../../src/lib/derive/definitions.ts';
import { STATUSES } from '../../src/lib/contract/codes.ts';
import { PRIORITIES } from '../../src/lib/contract/priorities.ts';
import { countOf, valueWithUnit } from '../../src/i18n/indicatorFormat.ts';
import { codeParts } from '../../src/i18n/codeText.ts';

const NBSP = '\u00a0';
const CODE = new RegExp(`(?<![\\p{L}_-])(${[...STATUSES, 'securite-alimentaire', 'prejuges', 'montant_fqis', 'personnes_rejointes', 'cibles_atteintes', 'mise_en_commun', 'priorite_regionale', 'autres_contributions'].join('|')})(?![\\p{L}_-])`, 'u');

describe('definitions in readers’ words', () => {
  it('no status code, priority code or column name in a title or formula, in either language', () => {
    for (const d of INDICATORS) for (const text of [d.titleFr, d.titleEn, d.formulaFr, d.formulaEn]) expect(CODE.exec(text)?.[0], `${d.code}: ${text}`).toBeUndefined();
  });

  it('typographic apostrophes, and no ordinary space inside a number or before a colon in French', () => {
    for (const d of INDICATORS) {
      for (const text of [d.titleFr, d.titleEn, d.formulaFr, d.formulaEn]) expect(text, d.code).not.toContain("'");
      for (const text of [d.titleFr, d.formulaFr]) expect(text, d.code).not.toMatch(/\d \d{3}| [:;»]|« /);
    }
  });

  it('an edition frozen with the earlier wording of a formula shows today’s words; another formula stays as frozen', () => {
    const now = INDICATORS.find((d) => d.code === '3.1-completees')!;
    const frozen: IndicatorDefinition[] = [
      { ...now, formulaFr: 'Nombre d’initiatives au statut completee.', formulaEn: 'Number of initiatives with status completee.' },
      { ...INDICATORS.find((d) => d.code === '3.2')!, formulaFr: 'Une autre règle.', formulaEn: 'Another rule.' },
    ];
    const [completed, targets] = withOfficialTitles(frozen);
    expect(completed!.formulaFr).toBe(now.formulaFr);
    expect(completed!.formulaEn).toBe(now.formulaEn);
    expect(targets!.formulaFr).toBe('Une autre règle.');
  });

  it('priority labels with a typographic apostrophe', () => {
    for (const p of PRIORITIES) expect(p.labelFr).not.toContain("'");
  });
});

describe('a guide indicator’s figures with their unit (not « 22, Numérateur 22, Dénominateur 1 »)', () => {
  it('2.1: stakeholders per Alliance', () => {
    expect(valueWithUnit('2.1', 22, 'fr')).toBe(`22,0${NBSP}acteurs par Alliance`);
    expect(countOf('2.1', 'numerator', 22, 'fr')).toBe(`22${NBSP}acteurs`);
    expect(countOf('2.1', 'denominator', 1, 'fr')).toBe(`1${NBSP}Alliance`);
    expect(valueWithUnit('2.1', 22, 'en')).toBe(`22.0${NBSP}stakeholders per Alliance`);
    expect(countOf('2.1', 'numerator', 22, 'en')).toBe(`22${NBSP}stakeholders`);
    expect(countOf('2.1', 'denominator', 1, 'en')).toBe(`1${NBSP}Alliance`);
  });

  it('shares of initiatives and of Alliances, counts of Alliances', () => {
    expect(countOf('3.1', 'numerator', 1264, 'fr')).toBe(`1${NBSP}264${NBSP}initiatives`);
    expect(countOf('2.3', 'denominator', 3, 'en')).toBe(`3${NBSP}Alliances`);
    expect(valueWithUnit('1.1', 3, 'fr')).toBe(`3${NBSP}Alliances`);
    expect(countOf('1.3', 'numerator', 1, 'fr')).toBe(`1${NBSP}personne`);
    expect(valueWithUnit('3.1', 0.266, 'fr')).toBe(`26,6${NBSP}%`);
  });
});

describe('codes inside <code> on the pages that teach them', () => {
  it('cuts a text into words and codes, the words in print typography', () => {
    expect(codeParts('Statut : demarree, en-cours, completee ou abandonnee', 'fr')).toEqual([
      { text: `Statut${NBSP}: `, code: false },
      { text: 'demarree', code: true },
      { text: ', ', code: false },
      { text: 'en-cours', code: true },
      { text: ', ', code: false },
      { text: 'completee', code: true },
      { text: ' ou ', code: false },
      { text: 'abandonnee', code: true },
    ]);
    expect(codeParts('Targets reached: oui (yes), non (no)', 'en').filter((p) => p.code).map((p) => p.text)).toEqual(['oui', 'non']);
    expect(codeParts('« Titre de l’initiative » se lit titre_de_l_initiative', 'fr').filter((p) => p.code).map((p) => p.text)).toEqual(['titre_de_l_initiative']);
    // Words stay words: « en cours », « centres-villes », « autre », « oui » in French.
    expect(codeParts('Réalités des centres-villes, une autre initiative en cours : oui', 'fr').every((p) => !p.code)).toBe(true);
  });
});
