/**
 * The Atom feed of practices (issue #10 item 4): a golden file, and the
 * rules of RFC 4287 that can be checked offline — well-formed XML, the
 * required elements, absolute links, RFC 3339 dates, unique entry ids.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InitiativeRow } from '../../../src/lib/ingest/types.ts';
import { practicesOf } from '../../../src/lib/derive/practices.ts';
import { dateKey, feedOrder, practiceDates, practiceFeed } from '../../../src/lib/publish/practicesFeed.ts';
import type { FeedOptions } from '../../../src/lib/publish/practicesFeed.ts';
import { expectGolden } from '../../golden.ts';
import { atomProblems } from '../../atom.ts';

const row = (o: Partial<InitiativeRow>): InitiativeRow => ({
  annee: '2024-2025', region: '13', region_nom: 'Laval', alliance: '13', id: 'A', titre: 'Titre', organisme: 'Org', mrc: null,
  priorite: 'prejuges', priorite_regionale: null, statut: 'en-cours', date_debut: '2024-11-01', date_fin: null, montant_fqis: 100,
  autres_contributions: null, personnes_rejointes: null, cibles_atteintes: null, nb_organisations: null, secteurs: null,
  mise_en_commun: null, participation_personnes: null, pratique_gagnante: true, description: null, resultats: null, lien: null, ...o,
});

const ROWS: InitiativeRow[] = [
  row({ id: 'A', titre: 'Épicerie solidaire', annee: '2024-2025' }),
  row({ id: 'A', titre: 'Épicerie solidaire', annee: '2025-2026', description: 'Des paniers « à prix coûtant » & un <b>comptoir</b> 🍎' }),
  row({ id: 'Été 2025/B', titre: 'Cuisines "collectives" <script>alert(1)</script>', annee: '2025-2026', organisme: 'L’Entraide\u0007' }),
  row({ id: 'C', region: '04', region_nom: 'Mauricie', titre: 'Accompagnement vers l’emploi', annee: '2024-2025', priorite: 'emploi' }),
  row({ id: 'D', titre: 'Transport collectif rural', annee: '2025-2026', pratique_gagnante: false }),
];

const SITE = 'https://exemple.org/alliances';
const options = (lang: 'fr' | 'en'): FeedOptions => ({
  lang,
  title: lang === 'fr' ? 'Pratiques gagnantes' : 'Winning practices',
  subtitle: 'Sous-titre',
  author: 'Alliances pour la solidarité',
  selfUrl: `${SITE}${lang === 'fr' ? '' : '/en'}/pratiques/flux.xml`,
  alternateUrl: `${SITE}${lang === 'fr' ? '' : '/en'}/pratiques/`,
  updated: '2026-05-01T12:34:56.789Z',
  entryUrl: (p) => `${SITE}${lang === 'fr' ? '' : '/en'}/pratiques/${p.key}/`,
  priorityLabel: (code) => `Priorité ${code}`,
  regionName: (p) => p.latest.region_nom,
});

describe('practiceFeed', () => {
  const { practices } = practicesOf(ROWS);

  it('matches its golden files in each language', async () => {
    const root = join(import.meta.dirname, '../../fixtures/feed');
    await expectGolden(practiceFeed(practices, options('fr')), join(root, 'flux-fr.xml'));
    await expectGolden(practiceFeed(practices, options('en')), join(root, 'flux-en.xml'));
  });

  it('follows the Atom rules that can be checked offline', () => {
    for (const lang of ['fr', 'en'] as const) expect(atomProblems(practiceFeed(practices, options(lang)))).toEqual([]);
  });

  it('lists the newest first: last reported year, then title', () => {
    expect(feedOrder(practices).map((p) => p.key)).toEqual(['laval/ete-2025-b', 'laval/a', 'mauricie/c']);
    expect(practices).toHaveLength(3);
  });

  it('escapes export text: no markup, no control character, one entry per practice', () => {
    const xml = practiceFeed(practices, options('fr'));
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).not.toContain('\u0007');
    expect(xml.match(/<entry>/g)).toHaveLength(3);
  });

  it('dates an entry by the first published revision that has it, and the last that changed it (issue #19, part 4)', () => {
    const first = ROWS.filter((r) => r.annee === '2024-2025');
    const correct = (rows: InitiativeRow[]): InitiativeRow[] => rows.map((r) => (r.id === 'C' ? { ...r, montant_fqis: 90 } : r));
    const later = correct(ROWS);
    const dates = practiceDates(
      [{ date: '2026-02-16', rows: correct(first) }, { date: '2025-12-15', rows: first }, { date: '2026-11-20', rows: later }],
      { date: '2026-12-01T08:00:00.000Z', rows: [...later, row({ id: 'N', titre: 'Nouvelle', annee: '2025-2026' })] },
    );
    const of = (region: string, id: string) => dates.get(dateKey({ region, id }));
    // In the first report; corrected in the second revision; a new year's row in the next edition.
    expect(of('04', 'C')).toEqual({ published: '2025-12-15T00:00:00Z', updated: '2026-02-16T00:00:00Z' });
    expect(of('13', 'A')).toEqual({ published: '2025-12-15T00:00:00Z', updated: '2026-11-20T00:00:00Z' });
    expect(of('13', 'Été 2025/B')).toEqual({ published: '2026-11-20T00:00:00Z', updated: '2026-11-20T00:00:00Z' });
    // In no report yet: the current data's date.
    expect(of('13', 'N')).toEqual({ published: '2026-12-01T08:00:00Z', updated: '2026-12-01T08:00:00Z' });
    const xml = practiceFeed(practices, { ...options('fr'), updated: '2026-12-01T08:00:00Z', dates });
    expect(xml).toContain('<published>2025-12-15T00:00:00Z</published>\n    <updated>2026-02-16T00:00:00Z</updated>\n    <link rel="alternate" type="text/html" href="https://exemple.org/alliances/pratiques/mauricie/c/"/>');
    // Newest first by that date.
    expect(feedOrder(practices, dates).map((p) => p.key)).toEqual(['laval/ete-2025-b', 'laval/a', 'mauricie/c']);
    expect(atomProblems(xml)).toEqual([]);
    // A build dated before an edition (SOURCE_DATE_EPOCH): the entries keep their dates, the feed is dated by its newest entry.
    const early = practiceFeed(practices, { ...options('fr'), updated: '2026-01-01T00:00:00Z', dates });
    expect(early).toContain('<published>2026-11-20T00:00:00Z</published>');
    expect(early).toMatch(/^ {2}<updated>2026-12-01T08:00:00Z<\/updated>$/m);
  });

  it('cuts a 5 MB title and description as the pages do (contract §1.5): the feed stays small and valid', () => {
    const huge = practicesOf([row({ id: 'H', titre: 'T'.repeat(5_000_000), description: 'mot '.repeat(1_250_000) })]).practices;
    const xml = practiceFeed(huge, options('fr'));
    expect(xml.length).toBeLessThan(8000);
    expect(xml).toContain(`<title type="text">${'T'.repeat(300)}…</title>`);
    expect(xml).toMatch(/ — (mot ){1000,}mot…<\/summary>/);
    expect(atomProblems(xml)).toEqual([]);
  });

  it('catches what the checker is for (a broken feed fails it)', () => {
    const good = practiceFeed(practices, options('fr'));
    expect(atomProblems(good.replace('<updated>2026-05-01T12:34:56Z</updated>', '<updated>1 mai 2026</updated>'))).toContain('feed: updated is not RFC 3339');
    expect(atomProblems(good.replace(/href="https:\/\/exemple\.org\/alliances\/pratiques\/mauricie\/c\/"/, 'href="/pratiques/mauricie/c/"')).some((p) => p.includes('no absolute alternate link'))).toBe(true);
    expect(atomProblems(good.replace('&amp;', '&')).some((p) => p.startsWith('bare &'))).toBe(true);
    expect(atomProblems(good.replace('</summary>', '')).length).toBeGreaterThan(0);
  });
});
