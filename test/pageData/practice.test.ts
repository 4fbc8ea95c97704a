/**
 * The practice page's model (issue #10, item 1): a golden of what the page
 * shows for a sample practice in each language, and the bad input of the
 * issue (markup, quotes, emoji, long titles, awkward ids, a practice gone
 * from the latest year).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AllianceRow, InitiativeRow, PrioriteRow } from '../../src/lib/ingest/types.ts';
import { practicesOf } from '../../src/lib/derive/practices.ts';
import { citation, practicePage, practiceOfRow, practiceSite, RELATED_LIMIT, sitePractices } from '../../src/pageData/practice.ts';
import type { PracticeSite } from '../../src/pageData/practice.ts';
import type { Lang } from '../../src/i18n/format.ts';
import { year } from '../../src/i18n/format.ts';
import { expectGolden } from '../golden.ts';
import { currentSite, editionSiteOf, goldenJson } from './site.ts';

const golden = (name: string): string => fileURLToPath(new URL(`../fixtures/practices/${name}`, import.meta.url));

const row = (o: Partial<InitiativeRow>): InitiativeRow => ({
  annee: '2025-2026', region: '04', region_nom: 'Mauricie', alliance: '04', id: 'M-001', titre: 'Titre', organisme: 'Organisme', mrc: null,
  priorite: 'securite-alimentaire', priorite_regionale: null, statut: 'en-cours', date_debut: '2024-11-01', date_fin: null, montant_fqis: 1000,
  autres_contributions: null, personnes_rejointes: null, cibles_atteintes: null, nb_organisations: null, secteurs: null,
  mise_en_commun: null, participation_personnes: null, pratique_gagnante: true, description: null, resultats: null, lien: null, ...o,
});

const alliances: AllianceRow[] = [
  { alliance: '04', region: '04', region_nom: 'Mauricie', nom: 'Alliance mauricienne pour la solidarité', responsable: null, fiduciaire: null, enveloppe: null, date_convention: null, date_approbation_plan: null, site_web: null },
];
const priorites: PrioriteRow[] = [
  { region: '04', region_nom: 'Mauricie', alliance: '04', code: 'P1', libelle: 'Accès à une alimentation saine', priorite: 'securite-alimentaire' },
];

/** A sample practice reported two years, with every field, and practices elsewhere. */
const SAMPLE: InitiativeRow[] = [
  row({ annee: '2024-2025', statut: 'demarree', montant_fqis: 12500.5, autres_contributions: 1000, personnes_rejointes: 120, pratique_gagnante: false }),
  row({
    titre: 'Cuisines collectives', organisme: 'Centre d’action bénévole', mrc: ['Maskinongé', 'Nulle part'], priorite_regionale: 'ACCES a une alimentation saine ',
    statut: 'completee', montant_fqis: 20000, autres_contributions: null, personnes_rejointes: 340, cibles_atteintes: 'partiellement',
    nb_organisations: 4, secteurs: ['communautaire', 'sante'], mise_en_commun: true, participation_personnes: false,
    description: 'Repas partagés en groupe.', resultats: 'Trois cuisines ouvertes.', lien: 'https://exemple.org/cuisines',
  }),
  row({ region: '13', region_nom: 'Laval', alliance: '13', id: 'L-1', titre: 'Frigos communautaires', organisme: 'Org Laval' }),
  row({ region: '05', region_nom: 'Estrie', alliance: '05', id: 'E-1', titre: 'Jardins', organisme: 'Org Estrie', annee: '2024-2025' }),
  row({ region: '05', region_nom: 'Estrie', alliance: '05', id: 'E-2', titre: 'Autre priorité', organisme: 'Org Estrie', priorite: 'prejuges' }),
];

const site = (rows: InitiativeRow[], latest = '2025-2026'): PracticeSite => ({
  latest, alliances, priorites, initiatives: rows,
  link: (lang, path) => (lang === 'fr' ? path : `/en${path}`),
  absolute: (lang, path) => `https://exemple.org${lang === 'fr' ? '' : '/en'}${path}`,
});

const pageOf = (rows: InitiativeRow[], region: string, id: string, lang: Lang = 'fr', latest?: string) => {
  const p = practiceOfRow(rows, { region, id });
  if (!p) throw new Error(`no practice ${region}/${id}`);
  return practicePage(p, site(rows, latest), lang);
};

describe('practice page model', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`shows every field of §7 for a sample practice (${lang})`, async () => {
      await expectGolden(`${JSON.stringify(pageOf(SAMPLE, '04', 'M-001', lang), null, 2)}\n`, golden(`page-${lang}.json`));
    });
  }

  it('links the MRC the region page lists, matches the regional priority ignoring case and accents, and links other regions’ practices of the priority', () => {
    const page = pageOf(SAMPLE, '04', 'M-001');
    expect(page.mrc).toEqual([{ text: 'Maskinongé', href: '/regions/mauricie/#mrc-510' }, { text: 'Nulle part', href: null }]);
    expect(page.regionalPriority?.plan).toEqual({ code: 'P1', label: 'Accès à une alimentation saine' });
    // Other regions' practices, those of the same national priority first; never its own region's.
    expect(page.related.map((p) => p.text)).toEqual(['Jardins', 'Frigos communautaires', 'Autre priorité']);
    expect(page.related[0]!.why.map((w) => w.text).join('')).toBe('Même priorité nationale');
    expect(page.related[2]!.why).toEqual([]);
    expect(page.priorityPractices).toEqual({ text: 'Toutes les pratiques gagnantes de la priorité «\u00a0Sécurité alimentaire\u00a0»', href: '/pratiques/priorite/securite-alimentaire/' });
    expect(page.history.map((h) => [h.annee, h.status, h.other === null])).toEqual([['2024-2025', 'Démarrée', false], ['2025-2026', 'Complétée', true]]);
  });

  it('links at most a few related practices, at most two of one region', () => {
    const many = [row({}), ...Array.from({ length: 10 }, (_, i) => row({ region: '13', region_nom: 'Laval', id: `L-${i}`, titre: `T${i}` }))];
    expect(pageOf(many, '04', 'M-001').related).toHaveLength(2);
    const regions = ['13', '05', '06', '07', '09'];
    const spread = [row({}), ...Array.from({ length: 10 }, (_, i) => row({ region: regions[i % 5]!, id: `R-${i}`, titre: `T${i}` }))];
    expect(pageOf(spread, '04', 'M-001').related).toHaveLength(RELATED_LIMIT);
  });
});

describe('practice page model: bad input', () => {
  it('keeps markup, quotes and emoji as the partner wrote them (the view escapes them), and a title of 300 characters whole', () => {
    const title = `<script>alert("x")</script> « Jardins » 🌱 ${'long titre '.repeat(30)}`.slice(0, 299);
    const page = pageOf([row({ titre: title, description: '<b>gras</b> & "guillemets" 👩‍🍳', organisme: 'L’Œuvre & Cie' })], '04', 'M-001');
    expect(page.title).toBe(title);
    expect(page.description).toBe('<b>gras</b> & "guillemets" 👩‍🍳');
    expect(page.cite.filter((p) => p.fromExport).map((p) => p.text)).toEqual(['L’Œuvre & Cie', title, 'Alliance mauricienne pour la solidarité']);
    expect(page.fullText).toBeUndefined();
  });

  it('cuts a title over 300 characters and texts over 5 000 with « … », and links to the data that hold them whole (contract §1.5)', () => {
    const title = `« Jardins » 🌱 ${'très long titre '.repeat(30)}`;
    const description = 'Repas partagés. '.repeat(400);
    const resultats = 'x'.repeat(5001);
    const other = row({ region: '13', region_nom: 'Laval', alliance: '13', id: 'L-1', titre: title });
    for (const lang of ['fr', 'en'] as const) {
      const page = pageOf([row({ titre: title, description, resultats }), other], '04', 'M-001', lang);
      expect(page.title.endsWith('…')).toBe(true);
      expect([...page.title].length).toBeLessThanOrEqual(301);
      expect(title.startsWith(page.title.slice(0, -1))).toBe(true);
      expect(page.description!.endsWith('…')).toBe(true);
      expect(page.description!.length).toBeLessThanOrEqual(5001);
      expect(page.results).toBe(`${'x'.repeat(5000)}…`);
      expect(page.related.map((p) => p.text)).toEqual([page.title]);
      expect(page.cite.find((p) => p.fromExport && p.text.startsWith('« Jardins »'))?.text).toBe(page.title);
      expect(page.fullText).toBe(lang === 'fr' ? '/donnees/#telechargements' : '/en/donnees/#telechargements');
    }
    // 5 000 characters exactly are not cut.
    expect(pageOf([row({ description: 'é'.repeat(5000) })], '04', 'M-001').description).toBe('é'.repeat(5000));
  });

  it('never renders the exports’ text as markup', () => {
    for (const file of ['../../src/components/views/Practice.astro', '../../src/components/Practices.astro']) {
      expect(readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8'), file).not.toMatch(/set:html|set:text/);
    }
  });

  it('gives ids with spaces, accents, slashes or differing by case a page each', () => {
    const ids = ['Été 2025/A', 'ete-2025-a', 'ÉTÉ 2025 A', 'x y'];
    const rows = ids.map((id) => row({ id, titre: id }));
    const { practices } = practicesOf(rows);
    const keys = practices.map((p) => p.key);
    expect(new Set(keys).size).toBe(ids.length);
    expect(keys.every((k) => /^mauricie\/[a-z0-9-]+$/.test(k))).toBe(true);
    for (const id of ids) expect(pageOf(rows, '04', id).path).toMatch(/^\/pratiques\/mauricie\/ete-2025-a(-\d)?\/$|^\/pratiques\/mauricie\/x-y\/$/);
  });

  it('keeps the page of a practice absent from the latest year, with its last year', () => {
    const rows = [row({ annee: '2024-2025', titre: 'Ancienne' }), row({ id: 'autre', annee: '2025-2026', pratique_gagnante: false })];
    const page = pageOf(rows, '04', 'M-001', 'fr', '2025-2026');
    expect(page.stale).toBe(true);
    expect(page.lastYear).toBe(year('2024-2025', 'fr'));
    expect(pageOf(SAMPLE, '04', 'M-001').stale).toBe(false);
  });
});

describe('practice page of the sample', () => {
  const pageGolden = (name: string): string => fileURLToPath(new URL(`golden/${name}.json`, import.meta.url));
  for (const lang of ['fr', 'en'] as const) {
    it(`shows a practice of the current data (${lang})`, async () => {
      const site = await currentSite();
      const practice = sitePractices(site.initiatives).practices.find((p) => p.years.length > 1) ?? sitePractices(site.initiatives).practices[0]!;
      await expectGolden(goldenJson(practicePage(practice, practiceSite(site), lang)), pageGolden(`practice-current-${lang}`));
    });
    it(`shows a practice of an edition, its links inside the edition (${lang})`, async () => {
      const site = await editionSiteOf('2024-2025');
      const practice = sitePractices(site.initiatives).practices[0]!;
      const page = practicePage(practice, practiceSite(site), lang);
      await expectGolden(goldenJson(page), pageGolden(`practice-edition-${lang}`));
      const prefix = lang === 'fr' ? '/editions/2024-2025/' : '/en/editions/2024-2025/';
      const hrefs = [page.catalogueHref, page.region.href!, page.priority.href!, ...page.related.map((p) => p.href), page.priorityPractices.href!, ...page.mrc.flatMap((m) => (m.href ? [m.href] : []))];
      expect(hrefs.every((h) => h.startsWith(prefix))).toBe(true);
      expect(page.url.endsWith(`${prefix}pratiques/${practice.key}/`)).toBe(true);
      expect(page.cite.at(-1)!.text.endsWith(page.url)).toBe(true);
      // The citation names the edition and its revision before the permanent URL (issue #19).
      const cited = page.cite.map((p) => p.text).join('').replace(/\s/gu, ' ');
      expect(cited).toContain(lang === 'fr' ? `édition 2024–2025, révision 2, ${page.url}` : `2024–2025 edition, revision 2, ${page.url}`.replace(/\s/gu, ' '));
    });
  }

  it('cites a practice without repeating a name the Alliance already says, and names the region when it does not', () => {
    const parts = (alliance: string, region: string): string =>
      citation({ title: 'T', organisation: 'O', alliance, region, year: '2024–2025', url: 'https://example.org/p/' }, 'fr').map((p) => p.text).join('');
    expect(parts('Alliance pour la solidarité de Montréal', 'Montréal')).not.toContain('(Montréal)');
    expect(parts('Montréal', 'Montréal')).toBe('O. «\u00a0T\u00a0», pratique gagnante, Montréal, 2024–2025. Alliances pour la solidarité — tableau de bord public, https://example.org/p/');
    expect(parts('Alliance de la Table de concertation', 'Laval')).toContain('Alliance de la Table de concertation (Laval), 2024–2025');
    // Accents and case aside: « Côte-Nord » in « ... de la cote-nord ».
    expect(parts('Alliance de la cote-nord', 'Côte-Nord')).not.toContain('(Côte-Nord)');
  });

  it('describes a practice without a description by its organisation and region, in the head', async () => {
    const site = await currentSite();
    const row = site.initiatives.find((r) => r.pratique_gagnante)!;
    const rows = [{ ...row, description: null }];
    const page = practicePage(practiceOfRow(rows, row)!, { ...practiceSite(site), initiatives: rows }, 'en');
    expect(page.summary).toBe(`${row.organisme} — ${row.region_nom}`);
    expect(page.latestYear).toBe(year(site.latest, 'en'));
  });
});
