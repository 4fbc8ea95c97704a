/**
 * Deliberate faults, so that the pipeline's rejections and warnings can be
 * seen on the sample (data contract §1.3). Each one is placed in a fixed
 * region file at a fixed row, tagged, and documented in the README with the
 * line where it lands.
 */
import { regionByCode } from '../../src/lib/contract/regions.ts';
import { addDays } from './dates.ts';
import { MINISTRY_DIALECT, formatAmount, formatDate } from './dialects.ts';
import type { Initiative } from './initiatives.ts';
import type { Year } from './plan.ts';
import type { Rng } from './random.ts';
import { isRow } from './render.ts';
import type { DraftRow, FileDraft } from './render.ts';
import { FIRST_NAMES, LAST_NAMES, NOTES } from './vocabulary.ts';

export interface Fault {
  readonly path: string;
  /** Column concerned (canonical name, or the header as written). */
  readonly column: string;
  /** Tags of the lines concerned (`header` means line 1). */
  readonly tags: readonly string[];
  readonly fr: string;
  readonly en: string;
  readonly expectFr: string;
  readonly expectEn: string;
}

export function initiativesPath(region: string, annee: Year): string {
  return `${regionByCode(region)?.slug ?? region}/initiatives-${annee}.csv`;
}

const REJECT = { expectFr: 'rejeter la ligne (erreur)', expectEn: 'reject the row (error)' };

interface Ctx {
  readonly files: ReadonlyMap<string, FileDraft>;
  readonly rng: Rng;
}

function file(ctx: Ctx, region: string, annee: Year): FileDraft {
  const f = ctx.files.get(initiativesPath(region, annee));
  if (!f) throw new Error(`no initiatives file for ${region} ${annee}`);
  return f;
}

/** The first untouched row at or after `from` whose record passes `when`. */
function pick(f: FileDraft, from: number, tag: string, when: (it: Initiative) => boolean = () => true): DraftRow {
  const rows = f.lines.filter(isRow);
  for (let i = 0; i < rows.length; i += 1) {
    const r = rows[(from + i) % rows.length];
    if (r && r.tag === undefined && r.item && when(r.item)) {
      r.tag = tag;
      return r;
    }
  }
  throw new Error(`no row for fault ${tag} in ${f.path}`);
}

function cell(
  ctx: Ctx, region: string, annee: Year, from: number, tag: string, column: string,
  change: (r: DraftRow, f: FileDraft) => void, text: Omit<Fault, 'path' | 'column' | 'tags' | 'expectFr' | 'expectEn'>,
  when?: (it: Initiative) => boolean, expect = REJECT,
): Fault {
  const f = file(ctx, region, annee);
  const r = pick(f, from, tag, when);
  change(r, f);
  return { path: f.path, column, tags: [tag], ...text, ...expect };
}

const WARN_FR = 'garder la ligne, avec un avertissement';
const WARN_EN = 'keep the row, with a warning';

/** Applies every fault to the drafts; returns them, plus the extra file. */
export function applyFaults(ctx: Ctx): { faults: Fault[]; extra: FileDraft[] } {
  const faults: Fault[] = [];
  const y1: Year = '2024-2025';
  const y2: Year = '2025-2026';
  const set = (column: string, value: string) => (r: DraftRow) => {
    r.values[column] = value;
  };

  faults.push(cell(ctx, '01', y1, 4, 'negatif', 'montant_fqis', set('montant_fqis', formatAmount(-250_000, 'fr-nbsp')),
    { fr: 'Montant négatif (`-2 500,00 $`)', en: 'Negative amount (`-2 500,00 $`)' }));
  {
    const f = file(ctx, '01', y1);
    const at = Math.min(12, f.lines.length);
    f.lines.splice(at, 0, { raw: '', tag: 'vide' }, { raw: f.dialect.delimiter.repeat(f.columns.length - 1), tag: 'delims' });
    faults.push({ path: f.path, column: '', tags: ['vide', 'delims'], fr: 'Une ligne vide, puis une ligne de seuls délimiteurs',
      en: 'A blank line, then a line of only delimiters', expectFr: 'ignorer ces lignes (ni publiées ni rejetées)',
      expectEn: 'skip these lines (neither published nor rejected)' });
  }
  faults.push(cell(ctx, '02', y1, 7, 'date-illisible', 'date_debut', set('date_debut', '31/02/2025'),
    { fr: 'Date illisible (`31/02/2025`)', en: 'Unreadable date (`31/02/2025`)' }));
  faults.push(cell(ctx, '02', y1, 13, 'mois-jour', 'date_debut',
    (r) => { const [y, m, d] = (r.item?.dateDebut ?? '').split('-'); r.values.date_debut = `${m}/${d}/${y}`; },
    { fr: 'Date écrite mois d’abord (`MM/JJ/AAAA`, jour > 12)', en: 'Month-first date (`MM/DD/YYYY`, day > 12)' },
    (it) => it.dateDebut >= '2024-11-01' && Number(it.dateDebut.slice(8)) > 12));
  faults.push(cell(ctx, '03', y2, 5, 'mois-13', 'date_debut', set('date_debut', '2025-13-01'),
    { fr: 'Date illisible (`2025-13-01`)', en: 'Unreadable date (`2025-13-01`)' }));
  faults.push(cell(ctx, '03', y2, 8, 'lien-www', 'lien', set('lien', 'www.exemple.org'),
    { fr: 'Lien sans `https://` (`www.exemple.org`)', en: 'Link without `https://` (`www.exemple.org`)' }, undefined,
    { expectFr: `${WARN_FR}; le lien n'est pas publié`, expectEn: `${WARN_EN}; the link is dropped` }));
  faults.push(cell(ctx, '12', y1, 20, 'mrc-inconnue', 'mrc', set('mrc', 'Les Appalaches-du-Nord'),
    { fr: 'MRC inconnue (`Les Appalaches-du-Nord`)', en: 'Unknown MRC (`Les Appalaches-du-Nord`)' }, undefined,
    { expectFr: `${WARN_FR}; la MRC est publiée telle quelle`, expectEn: `${WARN_EN}; the MRC is published as written` }));
  faults.push(cell(ctx, '17', y2, 10, 'mrc-autre-region', 'mrc', set('mrc', 'Maskinongé'),
    { fr: 'MRC d’une autre région (`Maskinongé`, en Mauricie)', en: 'MRC of another region (`Maskinongé`, in Mauricie)' }, undefined,
    { expectFr: WARN_FR, expectEn: WARN_EN }));
  faults.push(cell(ctx, '05', y1, 3, 'fin-avant-debut', 'date_fin',
    (r, f) => { r.values.date_fin = formatDate(addDays(r.item?.dateDebut ?? '2025-01-01', -45), f.dialect.date); },
    { fr: '`date_fin` 45 jours avant `date_debut`', en: '`date_fin` 45 days before `date_debut`' },
    (it) => it.statut === 'completee'));
  faults.push(cell(ctx, '05', y1, 9, 'statut-inconnu', 'statut', set('statut', 'Suspendue'),
    { fr: 'Statut inconnu (`Suspendue`)', en: 'Unknown status (`Suspendue`)' }));
  {
    const f = file(ctx, '06', y2);
    const a = pick(f, 19, 'doublon-a');
    const b = pick(f, 29, 'conflit-a');
    const amount = formatAmount((b.item?.montant ?? 0) + 100_000, f.dialect.amount);
    const at = Math.max(0, f.lines.length - 3);
    f.lines.splice(at, 0, { values: { ...b.values, montant_fqis: amount }, tag: 'conflit-b' });
    f.lines.push({ values: { ...a.values }, tag: 'doublon-b' });
    faults.push({ path: f.path, column: 'id', tags: ['doublon-a', 'doublon-b'], fr: `Doublon identique (id \`${a.values.id ?? ''}\`)`,
      en: `Identical duplicate (id \`${a.values.id ?? ''}\`)`, expectFr: 'publier une seule fois, avec un avertissement (doublon)',
      expectEn: 'publish once, with a warning (duplicate)' });
    faults.push({ path: f.path, column: 'montant_fqis', tags: ['conflit-a', 'conflit-b'],
      fr: `Doublons en conflit (id \`${b.values.id ?? ''}\`, montants différents)`, en: `Conflicting duplicates (id \`${b.values.id ?? ''}\`, different amounts)`,
      expectFr: 'rejeter les deux lignes', expectEn: 'reject both rows' });
  }
  faults.push(cell(ctx, '07', y1, 2, 'region-18', 'region', set('region', '18'),
    { fr: 'Région inconnue (`18`)', en: 'Unknown region (`18`)' }));
  {
    const f = file(ctx, '08', y2);
    const at = f.columns.indexOf('organisme') + 1;
    f.columns.splice(at, 0, 'courriel_du_contact');
    f.header.splice(at, 0, 'Courriel du contact');
    for (const r of f.lines.filter(isRow)) {
      r.values.courriel_du_contact = ctx.rng.chance(0.85) ? `${ctx.rng.pick(FIRST_NAMES)}.${ctx.rng.pick(LAST_NAMES)}@exemple.org` : '';
    }
    f.headerTag = 'header';
    faults.push({ path: f.path, column: 'Courriel du contact', tags: ['header'],
      fr: 'Colonne personnelle ajoutée à la main (`Courriel du contact`, adresses fictives)',
      en: 'Hand-added personal column (`Courriel du contact`, fictional addresses)',
      expectFr: `${WARN_FR} : la colonne n'est jamais publiée`, expectEn: `${WARN_EN}: the column is never published` });
  }
  faults.push(cell(ctx, '09', y1, 6, 'priorite-inconnue', 'priorite', set('priorite', 'Logement social'),
    { fr: 'Priorité nationale inconnue (`Logement social`)', en: 'Unknown national priority (`Logement social`)' }));
  faults.push(cell(ctx, '12', y2, 4, 'secteur-inconnu', 'secteurs', set('secteurs', 'communautaire|culture'),
    { fr: 'Secteur inconnu (`culture`)', en: 'Unknown sector (`culture`)' }));
  faults.push(cell(ctx, '12', y2, 10, 'champs-en-trop', 'description',
    (r) => { r.split = { column: 'description', parts: ['Ateliers de cuisine', ' volet jeunesse'] }; },
    { fr: 'Un champ de plus que l’en-tête (`;` non protégé dans la description; le dernier champ, un lien, n’est pas vide)',
      en: 'One field more than the header (unquoted `;` in the description; the last field, a link, is not empty)' },
    (it) => it.lien !== ''));
  faults.push(cell(ctx, '15', y2, 60, 'plus-de-5-ans', 'date_fin',
    (r, f) => { r.values.date_fin = formatDate(addDays(r.item?.dateDebut ?? '2025-11-01', 2_200), f.dialect.date); },
    { fr: 'Initiative de plus de cinq ans (fin six ans après le début)', en: 'Initiative longer than five years (ends six years after it starts)' },
    (it) => it.statut === 'demarree' && it.id.includes('-25-'), { expectFr: WARN_FR, expectEn: WARN_EN }));
  faults.push(cell(ctx, '16', y1, 8, 'alliance-etrangere', 'alliance', set('alliance', '14-sud'),
    { fr: 'Alliance d’une autre région (`14-sud` en Montérégie)', en: 'Alliance of another region (`14-sud` in Montérégie)' }));

  const notes: FileDraft = {
    path: 'ministere/notes-de-suivi.csv', kind: 'notes', dialect: MINISTRY_DIALECT, region: '',
    columns: ['date', 'auteur', 'note'], header: ['date', 'auteur', 'note'],
    lines: NOTES.map((note, i) => ({ values: { date: `${10 + i * 7}/01/2025`, auteur: 'Direction régionale (fictif)', note } })),
    headerTag: 'header',
  };
  faults.push({ path: notes.path, column: '', tags: ['header'], fr: 'En-tête qui ne correspond à aucun type (`date;auteur;note`)',
    en: 'Header that matches no kind (`date;auteur;note`)', expectFr: 'rejeter le fichier entier et le signaler; la construction continue',
    expectEn: 'reject the whole file and report it; the build goes on' });
  return { faults, extra: [notes] };
}
