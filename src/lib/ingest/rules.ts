/**
 * Rules that involve several columns or other files (contract §1.3, §1.5):
 * Alliance membership, date order, duration, indicator values, the
 * templates' example rows, and the plausibility of an initiative.
 */
import type { Kind } from '../contract/columns.ts';
import type { AllianceDirectory } from './alliances.ts';
import { normaliseAllianceId } from './alliances.ts';
import type { Severity } from './problems.ts';
import { addProblem, cellText } from './rows.ts';
import type { Candidate } from './rows.ts';
import { Invalid, isLimitProblem, parseCount, parseNumber, parseYesNo } from './values.ts';
import { findingCause, plausibilityFindings, populationKey } from './plausibility.ts';
import type { Populations } from './plausibility.ts';
import { findMrc } from '../contract/mrc.ts';
import type { Cause, ReasonCode } from '../contract/reasons.ts';

/** What the rules know of the other files: the Alliances, and the regions' populations (contexte). */
export interface RuleContext {
  readonly directory: AllianceDirectory | null;
  readonly populations: Populations;
}

/**
 * Kinds in the order their rows are read: the references first (Alliances,
 * their priorities, the contexte populations), then what refers to them.
 */
export const RULE_ORDER: readonly Kind[] = ['alliances', 'priorites', 'contexte', 'initiatives', 'indicateurs'];

/** The same calendar day five years later, as ISO text (`2024-11-01` → `2029-11-01`). */
function fiveYearsAfter(isoDate: string): string {
  return `${String(Number(isoDate.slice(0, 4)) + 5).padStart(4, '0')}${isoDate.slice(4)}`;
}

/** Reports a problem on a column of the row, with the text as the partner wrote it. */
function report(c: Candidate, fields: readonly string[], column: string, why: Cause | ReasonCode, gravite: Severity): void {
  const header = c.layout.byName.get(column)?.header ?? column;
  const cause = typeof why === 'string' ? { code: why, column } : { ...why, column };
  addProblem(c, gravite, header, cellText(c.layout, fields, column), cause);
}

function resolveAlliance(c: Candidate, fields: readonly string[], directory: AllianceDirectory): void {
  const region = c.values['region'];
  if (typeof region !== 'string') return;
  const raw = c.values['alliance'];
  const resolved = directory.resolve(region, typeof raw === 'string' ? raw : null);
  if (resolved instanceof Invalid) report(c, fields, 'alliance', resolved.cause, 'erreur');
  else c.values['alliance'] = resolved;
}

/**
 * MRC named by the row: matched to the 104 MRC (contract §1.2 `mrc`,
 * issue #4). A match is published under its official name; an unknown MRC
 * or one of another region is kept as written, with a warning.
 */
function mrcRules(c: Candidate, fields: readonly string[]): void {
  const list = c.values['mrc'];
  const region = c.values['region'];
  if (!Array.isArray(list) || typeof region !== 'string') return;
  const names = list.map((item) => {
    const mrc = findMrc(item);
    if (!mrc || mrc.region !== region) c.layout.tally.mrc++;
    if (!mrc) {
      report(c, fields, 'mrc', { code: 'mrc-inconnue', params: { item, region } }, 'avertissement');
      return item;
    }
    if (mrc.region !== region) {
      report(c, fields, 'mrc', { code: 'mrc-autre-region', params: { name: mrc.name, region } }, 'avertissement');
    }
    return mrc.name;
  });
  // Parsed lists are shared between rows (see rows.ts): replace, never mutate.
  if (names.some((n, i) => n !== list[i])) c.values['mrc'] = names;
}

function initiativeRules(c: Candidate, fields: readonly string[], context: RuleContext): void {
  mrcRules(c, fields);
  const start = c.values['date_debut'];
  const end = c.values['date_fin'];
  if (typeof start === 'string' && typeof end === 'string') {
    if (end < start) report(c, fields, 'date_fin', 'date-fin-avant-debut', 'erreur');
    else if (end > fiveYearsAfter(start)) report(c, fields, 'date_fin', 'duree-plus-de-cinq-ans', 'avertissement');
  }
  if (c.errors) return;
  // Plausibility (contract §1.5): warnings on a row that is published.
  const region = c.values['region'];
  const alliance = c.values['alliance'];
  const annee = c.values['annee'];
  const envelope = context.directory && typeof region === 'string' ? (context.directory.inRegion(region).find((a) => a.alliance === alliance)?.enveloppe ?? null) : null;
  const population = typeof annee === 'string' && typeof region === 'string' ? (context.populations.get(populationKey(annee, region)) ?? null) : null;
  for (const f of plausibilityFindings(c.values, envelope, population)) {
    const header = c.layout.byName.get(f.column)?.header ?? f.column;
    addProblem(c, 'avertissement', header, cellText(c.layout, fields, f.column), { ...findingCause(f), column: f.column });
  }
}

/**
 * The columns that mark each kind's example row in the partners' templates
 * (src/lib/publish/templates.ts): an identifier `EXEMPLE` or `EXEMPLE-…`,
 * or a text that starts with « Exemple : ».
 */
const EXAMPLE_MARKS: Record<Kind, { readonly ids: readonly string[]; readonly texts: readonly string[] }> = {
  alliances: { ids: ['alliance'], texts: ['nom'] },
  priorites: { ids: ['code'], texts: ['libelle'] },
  initiatives: { ids: ['id'], texts: ['titre'] },
  indicateurs: { ids: [], texts: ['libelle', 'commentaire'] },
  contexte: { ids: [], texts: ['source'] },
};
const EXAMPLE_ID = /^exemple(-|$)/i;
const EXAMPLE_TEXT = /^exemple\s*:/i;

/** A row left from a template's example is fiction: rejected (contract §1.5). */
function exampleRule(kind: Kind, c: Candidate, fields: readonly string[]): void {
  const { ids, texts } = EXAMPLE_MARKS[kind];
  const marked =
    ids.find((name) => { const v = c.values[name]; return typeof v === 'string' && EXAMPLE_ID.test(v); }) ??
    texts.find((name) => { const v = c.values[name]; return typeof v === 'string' && EXAMPLE_TEXT.test(v); });
  if (marked !== undefined) report(c, fields, marked, 'exemple-modele', 'erreur');
}

const YES_NO_INDICATORS = new Set(['1.1', '1.2', '2.3']);

function indicatorRules(c: Candidate, fields: readonly string[]): void {
  const code = c.values['indicateur'];
  const raw = c.values['valeur'];
  if (typeof code !== 'string' || typeof raw !== 'string') return;
  if (YES_NO_INDICATORS.has(code)) {
    const v = parseYesNo(raw);
    if (typeof v === 'boolean') c.values['valeur'] = v;
    else report(c, fields, 'valeur', { code: 'indicateur-oui-non', params: { indicator: code } }, 'erreur');
  } else if (code === '2.1') {
    const v = parseCount(raw, 0);
    if (typeof v === 'number') c.values['valeur'] = v;
    else report(c, fields, 'valeur', v instanceof Invalid && isLimitProblem(v) ? v.cause : 'indicateur-entier', 'erreur');
  } else {
    const v = parseNumber(raw);
    if (typeof v === 'number') c.values['valeur'] = v;
    else report(c, fields, 'valeur', v instanceof Invalid && isLimitProblem(v) ? v.cause : { code: 'indicateur-nombre', params: { indicator: code } }, 'erreur');
    if (c.values['libelle'] === null) report(c, fields, 'libelle', 'indicateur-libelle', 'erreur');
  }
}

/** Persons in low-income households are part of the population. */
function contexteRules(c: Candidate, fields: readonly string[]): void {
  const population = c.values['population'];
  const lowIncome = c.values['personnes_faible_revenu'];
  if (typeof population === 'number' && typeof lowIncome === 'number' && lowIncome > population) {
    report(c, fields, 'personnes_faible_revenu', 'faible-revenu-population', 'erreur');
  }
}

/** Applies the kind's cross-column rules to a candidate, in place. */
export function applyRules(kind: Kind, c: Candidate, fields: readonly string[], context: RuleContext): void {
  exampleRule(kind, c, fields);
  const { directory } = context;
  if (kind === 'alliances') {
    const id = c.values['alliance'];
    if (typeof id === 'string' && /^\d$/.test(id)) c.values['alliance'] = normaliseAllianceId(id);
    return;
  }
  if (kind === 'contexte') {
    contexteRules(c, fields);
    return;
  }
  if (directory) resolveAlliance(c, fields, directory);
  if (kind === 'initiatives') initiativeRules(c, fields, context);
  else if (kind === 'indicateurs') indicatorRules(c, fields);
}

/** The column that names a row, for duplicate messages. */
export const KEY_COLUMN: Record<Kind, string> = {
  alliances: 'alliance',
  priorites: 'code',
  initiatives: 'id',
  indicateurs: 'indicateur',
  contexte: 'region',
};

/** The key two rows of a kind must not share (contract §1.3). */
export function keyOf(kind: Kind, v: Candidate['values']): string {
  const s = (name: string): string => String(v[name] ?? '');
  switch (kind) {
    case 'alliances':
      return normaliseAllianceId(s('alliance'));
    case 'priorites':
      return `${normaliseAllianceId(s('alliance'))}\u0000${s('code').toLowerCase()}`;
    case 'initiatives':
      return `${s('region')}\u0000${s('annee')}\u0000${s('id')}`;
    case 'indicateurs':
      return `${s('annee')}\u0000${normaliseAllianceId(s('alliance'))}\u0000${s('indicateur')}`;
    case 'contexte':
      return `${s('annee')}\u0000${s('region')}`;
  }
}
