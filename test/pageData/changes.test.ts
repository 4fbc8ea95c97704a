/**
 * An edition's changes page (contract §6, issue #18): golden of what it
 * shows for the sample's editions in both languages (2024-2025 with its
 * correction, 2025-2026 with a previous edition); corrections first, the
 * latest first, with their note and dates; the headline on the largest
 * change, from the latest correction, with its percentage; rows ranked by
 * the size of the change, with signed differences (points for shares);
 * definitions that changed; counts; and an edition published then corrected
 * from other data, whose every revised value the page and the CSV show.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { changeCounts, changesPage, points, relativePercent } from '../../src/pageData/changes.ts';
import { compareEdition } from '../../src/lib/site/editionChanges.ts';
import type { Comparison, EditionChanges, Revisions } from '../../src/lib/site/editionChanges.ts';
import type { SiteData } from '../../src/lib/site/data.ts';
import { editionSite } from '../../src/lib/site/routes.ts';
import { correctEdition, issueEdition } from '../../src/lib/editions/issue.ts';
import { verifyEditions } from '../../src/lib/editions/store.ts';
import { readSources } from '../../src/lib/ingest/sources.ts';
import { ingestFiles } from '../../src/lib/ingest/index.ts';
import type { IngestResult } from '../../src/lib/ingest/index.ts';
import type { InitiativeRow } from '../../src/lib/ingest/types.ts';
import { readCsv } from '../../src/lib/formats/read.ts';
import { formatNumber } from '../../src/lib/publish/format.ts';
import { formatIndicator } from '../../src/i18n/indicatorFormat.ts';
import { INDICATORS } from '../../src/lib/derive/definitions.ts';
import { t } from '../../src/i18n/index.ts';
import { expectGolden } from '../golden.ts';
import { currentSite, editionSiteOf, goldenJson, revisionSitesOf, sampleSiteDir } from './site.ts';

const NOTHING: Comparison = { indicators: [], initiatives: [], definitions: [] };
const NO_MARKS: Revisions = { revised: () => null };
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const golden = (name: string): string => fileURLToPath(new URL(`golden/${name}.json`, import.meta.url));

async function sites(): Promise<{ first: SiteData; second: SiteData; current: SiteData; e2024: EditionChanges; e2025: EditionChanges }> {
  const [first, second, current] = [await editionSiteOf('2024-2025'), await editionSiteOf('2025-2026'), await currentSite()];
  return {
    first,
    second,
    current,
    e2024: compareEdition(first, [second, first], current, await revisionSitesOf('2024-2025')),
    e2025: compareEdition(second, [second, first], current, await revisionSitesOf('2025-2026')),
  };
}

const text = (parts: ReadonlyArray<{ text: string }>): string => parts.map((p) => p.text).join('');

describe('changes page', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`shows the latest edition's changes since the previous one and in the current data (${lang})`, async () => {
      const { second, e2025 } = await sites();
      await expectGolden(goldenJson(changesPage(second, lang, e2025)), golden(`changes-edition-${lang}`));
    });
    it(`shows a corrected edition's correction first (${lang})`, async () => {
      const { first, e2024 } = await sites();
      await expectGolden(goldenJson(changesPage(first, lang, e2024)), golden(`changes-corrected-${lang}`));
    });
  }

  it('puts each correction first, with its note and both revisions’ dates, and says the first edition has no previous one without hiding them', async () => {
    const { first, e2024 } = await sites();
    const page = changesPage(first, 'fr', e2024);
    expect(page.first).toBe(true);
    expect(page.sections.map((s) => [s.id, s.compared])).toEqual([['revision-2', true], ['edition-precedente', false], ['donnees-actuelles', true]]);
    const [correction, none] = page.sections;
    expect(correction!.heading).toBe('Révision 2 du 16\u00a0février 2026, comparée à la révision 1');
    expect((correction!.note ?? '').replace(/\s/gu, ' ')).toMatch(/^Correction \(exemple fictif\) : trois montants FQIS de Laval saisis deux fois\. Total FQIS 2024-2025 : Laval, de 365 507 \$ à 325 407 \$/);
    expect(correction!.dates).toBe('Révision 2\u00a0: publiée le 16\u00a0février 2026, données au 10\u00a0février 2026. Révision 1\u00a0: publiée le 15\u00a0décembre 2025, données au 28\u00a0novembre 2025.');
    expect(none!.lead).toBe(t('fr', 'changes.first'));
    // Laval's FQIS, −11 %, ranks before Québec's (−0,2 %); both rows link targets of the marks.
    expect(correction!.indicators.map((r) => [r.id, r.place, r.before, r.after, r.difference, r.relative])).toEqual([
      ['revision-2-2024-2025-13-fqis', 'Laval', '365\u00a0507\u00a0$', '325\u00a0407\u00a0$', '\u221240\u00a0100\u00a0$', '\u221211,0\u00a0%'],
      ['revision-2-2024-2025-QC-fqis', 'Ensemble du Québec', '23\u00a0059\u00a0940\u00a0$', '23\u00a0019\u00a0840\u00a0$', '\u221240\u00a0100\u00a0$', '\u22120,2\u00a0%'],
    ]);
    expect(correction!.counts).toEqual({ values: 2, added: 0, removed: 0, changed: 3, definitions: 0 });
    expect(page.overview.rows.map((r) => r.href)).toEqual(['#revision-2', '#donnees-actuelles']);
    // The headline is the latest correction's largest change, with its percentage, and says how it is measured.
    expect(text(page.summary)).toBe('Le plus grand changement de la révision 2 du 16\u00a0février 2026\u00a0: Montants du FQIS versés, Laval, 2024–\u20602025, passé de 365\u00a0507\u00a0$ à 325\u00a0407\u00a0$ (\u221211,0\u00a0%).');
    expect(page.measure).toMatch(/écart relatif.*points de pourcentage/);
  });

  it('ranks rows by the size of the change (points for shares), largest first, with signed differences', async () => {
    const { second, e2025 } = await sites();
    for (const s of changesPage(second, 'en', e2025).sections) {
      const sizes = s.indicators.map((r) => r.keys.relative);
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
      for (const r of s.indicators) expect(r.difference).toMatch(/^[+\u2212]|^\$/);
    }
    const page = changesPage(second, 'fr', e2025);
    // The headline: the first comparison on the page that changed a value (here the previous edition's).
    expect(text(page.summary)).toMatch(/^Le plus grand changement depuis l’édition 2024–\u20602025\u00a0: /);
    expect(page.sections.map((s) => s.id)).toEqual(['edition-precedente', 'donnees-actuelles']);
    expect(page.first).toBe(false);
    expect(page.filter?.options[0]).toEqual({ value: 'QC', label: 'Ensemble du Québec' });
    expect(page.columns.find((c) => c.sorted)?.id).toBe('relative');
  });

  it('formats differences of shares in points and relative differences as signed percentages, never as 0', () => {
    expect(points(0.011088, 'fr')).toBe('+1,1\u00a0point');
    expect(points(-0.0456, 'fr')).toBe('\u22124,6\u00a0points');
    expect(points(0.000455, 'fr')).toBe('+0,05\u00a0point');
    expect(points(0.05, 'en')).toBe('+5.0\u00a0points');
    expect(relativePercent(-0.109711, 'fr')).toBe('\u221211,0\u00a0%');
    expect(relativePercent(-0.000179, 'en')).toBe('\u22120.02%');
    expect(relativePercent(0.051282, 'en')).toBe('+5.1%');
  });

  it('shows « — » for a change from 0 and ranks it first', async () => {
    const { second } = await sites();
    const change = (indicateur: string, avant: number, apres: number) => ({ comparaison: 'donnees-actuelles' as const, revisionAvant: 1, revisionApres: null, annee: '2025-2026', region: '13', indicateur, avant, apres });
    const changes: EditionChanges = { previous: null, corrections: [], vsPrevious: NOTHING, vsCurrent: { ...NOTHING, indicators: [change('fqis', 100, 110), change('3.1-abandonnees', 0, 2)] }, csv: '', marks: NO_MARKS, currentMarks: NO_MARKS };
    const page = changesPage(second, 'fr', changes);
    const rows = page.sections.find((s) => s.id === 'donnees-actuelles')!.indicators;
    expect(rows.map((r) => [r.indicator.text, r.difference, r.relative])).toEqual([
      ['3.1 — Initiatives abandonnées', '+2', '—'],
      ['Montants du FQIS versés', '+10\u00a0$', '+10,0\u00a0%'],
    ]);
    // A change from 0 has no percentage: the headline names the other one.
    expect(text(page.summary)).toContain('Montants du FQIS versés');
  });

  it('says which definitions and labels changed, field by field', async () => {
    const { second } = await sites();
    const d31 = INDICATORS.find((d) => d.code === '3.1')!;
    const compared = { comparaison: 'edition-precedente', revisionAvant: 2, revisionApres: 1 } as const;
    const definitions = [
      { ...compared, indicateur: '3.1', region: null, changement: 'modifiee' as const, champs: [{ colonne: 'titleFr', avant: d31.titleFr, apres: 'Part des initiatives complétées' }, { colonne: 'unit', avant: 'count', apres: 'proportion' }] },
      { ...compared, indicateur: 'R.nuitees', region: '13', changement: 'modifiee' as const, champs: [{ colonne: 'libelle', avant: 'Nuitées', apres: 'Nuitées offertes' }] },
    ];
    const changes: EditionChanges = { previous: await editionSiteOf('2024-2025'), corrections: [], vsPrevious: { ...NOTHING, definitions }, vsCurrent: NOTHING, csv: '', marks: NO_MARKS, currentMarks: NO_MARKS };
    const page = changesPage(second, 'fr', changes);
    const s = page.sections.find((x) => x.id === 'edition-precedente')!;
    expect(s.counts.definitions).toBe(2);
    expect(s.definitions[0]).toEqual({
      indicator: { text: `3.1 — ${d31.titleFr}`, fromExport: false },
      place: null,
      fields: [
        { field: 'titre (français)', before: d31.titleFr, after: 'Part des initiatives complétées', lang: 'fr' },
        { field: 'unité', before: 'count', after: 'proportion', lang: null },
      ],
    });
    expect(s.definitions[1]).toMatchObject({ place: 'Laval', fields: [{ field: 'libellé', before: 'Nuitées', after: 'Nuitées offertes', lang: 'fr' }] });
    expect(page.overview.rows[0]!.cells.at(-1)).toBe('2');
  });

  it('says so when nothing changed, and counts in the singular and the plural', async () => {
    const { second } = await sites();
    const none: EditionChanges = { previous: null, corrections: [], vsPrevious: NOTHING, vsCurrent: NOTHING, csv: '', marks: NO_MARKS, currentMarks: NO_MARKS };
    const page = changesPage(second, 'fr', none);
    expect(page.summary).toEqual([{ text: t('fr', 'changes.noneAtAll') }]);
    expect(page.sections.every((s) => s.indicators.length === 0 && s.initiatives.length === 0)).toBe(true);
    expect(page.filter).toBeNull();
    expect(changeCounts([{ changement: 'ajoutee' }, { changement: 'modifiee' }, { changement: 'modifiee' }], 'fr')).toBe('1 ajoutée, 0 retirée, 2 modifiées');
    expect(changeCounts([{ changement: 'retiree' }, { changement: 'retiree' }], 'en')).toBe('0 added, 2 removed, 0 changed');
  });

  it('marks a regional indicator’s French title in the sentence on the largest change', async () => {
    const { second } = await sites();
    const code = 'R.nuitees';
    const site = { ...second, regionalLabel: (region: string, c: string) => (c === code ? { region, indicateur: c, libelle: 'Nuitées offertes', unite: null } : undefined) } as SiteData;
    const changes: EditionChanges = {
      previous: null,
      corrections: [],
      vsPrevious: NOTHING,
      vsCurrent: { ...NOTHING, indicators: [{ comparaison: 'donnees-actuelles', revisionAvant: 1, revisionApres: null, annee: '2025-2026', region: '13', indicateur: code, avant: 10, apres: 40 }] },
      csv: '',
      marks: NO_MARKS,
      currentMarks: NO_MARKS,
    };
    const page = changesPage(site, 'en', changes);
    expect(page.summary.filter((p) => p.fromExport)).toEqual([{ text: 'Nuitées offertes', fromExport: true }]);
    expect(text(page.summary)).toContain('Nuitées offertes, Laval');
    expect(page.sections.find((s) => s.id === 'donnees-actuelles')!.indicators[0]).toMatchObject({ id: 'donnees-actuelles-2025-2026-13-R.nuitees', place: 'Laval', indicator: { text: 'Nuitées offertes', fromExport: true }, relative: '+300.0%' });
  });
});

/** The first `n` rows of a region and year (by id) changed by `change`. */
function changeRows(rows: readonly InitiativeRow[], region: string, annee: string, n: number, change: (r: InitiativeRow) => InitiativeRow | null): InitiativeRow[] {
  const ids = new Set(rows.filter((r) => r.region === region && r.annee === annee).map((r) => r.id).sort().slice(0, n));
  return rows.flatMap((r) => (r.region === region && r.annee === annee && ids.has(r.id) ? [change(r)].filter((x): x is InitiativeRow => x !== null) : [r]));
}

describe('an edition published, then corrected from other data', () => {
  it('shows every value the correction revised, with its exact before and after, on the page and in the CSV', async () => {
    const exports = ingestFiles(await readSources(resolve(ROOT, 'data/exports')));
    // What was published: Estrie's first two FQIS amounts of 2024-2025 ×1.5, one Outaouais initiative missing, one Laval initiative abandoned.
    let rows = changeRows(exports.dataset.initiatives, '05', '2024-2025', 2, (r) => ({ ...r, montant_fqis: Math.round(r.montant_fqis * 1.5) }));
    rows = changeRows(rows, '07', '2024-2025', 1, () => null);
    rows = changeRows(rows, '13', '2024-2025', 1, (r) => ({ ...r, statut: 'abandonnee' }));
    const published: IngestResult = { ...exports, dataset: { ...exports.dataset, initiatives: rows } };
    const dir = mkdtempSync(join(tmpdir(), 'alliances-corrected-'));
    const source = { fictif: true, titre: 'Édition d’essai' };
    await issueEdition({ dir, annee: '2024-2025', ingest: published, source, date: '2025-12-15', donneesAu: '2025-11-28', note: 'Publication d’essai.' });
    await correctEdition({ dir, annee: '2024-2025', ingest: exports, source, date: '2026-03-02', donneesAu: '2026-02-27', note: 'Correction d’essai : Estrie, Outaouais et Laval.' });
    const m = verifyEditions(dir).manifests[0]!;
    const siteDir = await sampleSiteDir();
    const [r1, r2] = [await editionSite(dir, m, siteDir, 1), await editionSite(dir, m, siteDir, 2)];
    const changes = compareEdition(r2, [r2], await currentSite(), [r1, r2]);
    const page = changesPage(r2, 'fr', changes);

    // Every indicator value that differs as shown between the two revisions, independently of the comparison code.
    const old = new Map(r1.indicators.map((v) => [`${v.annee}|${v.region}|${v.indicateur}`, v.valeur]));
    const expected = r2.indicators
      .map((v) => ({ v, before: old.get(`${v.annee}|${v.region}|${v.indicateur}`) }))
      .filter(({ v, before }) => before !== undefined && formatIndicator(v.indicateur, before, 'fr') !== formatIndicator(v.indicateur, v.valeur, 'fr'))
      .map(({ v, before }) => ({ id: `revision-2-${v.annee}-${v.region}-${v.indicateur}`, before: before!, after: v.valeur, code: v.indicateur }));
    expect(expected.length).toBeGreaterThan(5);
    const section = page.sections[0]!;
    expect(section.id).toBe('revision-2');
    expect(section.dates).toBe('Révision 2\u00a0: publiée le 2\u00a0mars 2026, données au 27\u00a0février 2026. Révision 1\u00a0: publiée le 15\u00a0décembre 2025, données au 28\u00a0novembre 2025.');
    expect(section.note).toBe('Correction d’essai : Estrie, Outaouais et Laval.');
    expect(new Set(section.indicators.map((r) => r.id))).toEqual(new Set(expected.map((e) => e.id)));
    for (const e of expected) {
      expect(section.indicators.find((r) => r.id === e.id)).toMatchObject({ before: formatIndicator(e.code, e.before, 'fr'), after: formatIndicator(e.code, e.after, 'fr') });
    }
    // Estrie's FQIS: the published sum with its two amounts ×1.5, and the corrected sum.
    const sum = (list: readonly InitiativeRow[]): number => list.filter((r) => r.region === '05' && r.annee === '2024-2025').reduce((a, r) => a + r.montant_fqis, 0);
    const estrie = section.indicators.find((r) => r.id === 'revision-2-2024-2025-05-fqis')!;
    expect([estrie.keys.before, estrie.keys.after].map((x) => Math.round(x * 100))).toEqual([sum(rows), sum(exports.dataset.initiatives)].map((x) => Math.round(x * 100)));
    // The initiatives: Outaouais's added back, Laval's status and Estrie's amounts changed.
    expect(section.initiatives.map((g) => g.summary)).toEqual(['Estrie\u00a0: 0 ajoutée, 0 retirée, 2 modifiées', 'Outaouais\u00a0: 1 ajoutée, 0 retirée, 0 modifiée', 'Laval\u00a0: 0 ajoutée, 0 retirée, 1 modifiée']);
    expect(section.initiatives[2]!.rows[0]!.fields).toMatch(/^statut abandonnee → /);
    // The headline is this correction's.
    expect(text(page.summary)).toMatch(/^Le plus grand changement de la révision 2 du 2\u00a0mars 2026\u00a0: /);

    // The CSV: one revision-precedente row per value, its exact before and after, revisions 1 → 2.
    const csv = readCsv(Buffer.from(changes.csv));
    const csvRows = csv.records.map((r) => Object.fromEntries(csv.header.map((h, i) => [h, r.fields[i] ?? ''])));
    const revised = csvRows.filter((r) => r['comparaison'] === 'revision-precedente' && r['objet'] === 'indicateur');
    expect(revised).toHaveLength(expected.length);
    for (const e of expected) {
      const [, annee, region, ...code] = e.id.replace(/^revision-2-/, '').match(/^(\d{4}-\d{4})-(\w+)-(.+)$/)!;
      expect(revised.find((r) => r['annee'] === annee && r['region'] === region && r['cle'] === code.join('-'))).toMatchObject({
        avant: formatNumber(e.before, 6),
        apres: formatNumber(e.after, 6),
        difference: formatNumber(e.after - e.before, 6),
        revision_avant: '1',
        revision_apres: '2',
      });
    }
    expect(csvRows.filter((r) => r['comparaison'] === 'revision-precedente' && r['objet'] === 'initiative').map((r) => `${r['region']} ${r['changement']}`)).toEqual(['05 modifiee', '05 modifiee', '07 ajoutee', '13 modifiee']);
  });
});
