/**
 * Rows that share a key: identical ones are published once (a warning on
 * the others); differing ones are all rejected, since the tool cannot know
 * which is right (contract §1.3).
 */
import type { Kind } from '../schema/contract.ts';
import type { Problem } from './problems.ts';
import type { Candidate } from './rows.ts';
import { keyOf } from './rules.ts';

export type Outcome = 'publiee' | 'rejetee' | 'doublon';

const KEY_COLUMN: Record<Kind, string> = {
  alliances: 'alliance',
  priorites: 'code',
  initiatives: 'id',
  indicateurs: 'indicateur',
};

const where = (c: Candidate): string => `ligne ${c.line} de ${c.fichier}`;

/**
 * Decides each valid candidate's outcome. Candidates already in error are
 * left out of the grouping (they are rejected anyway).
 */
export function resolveDuplicates(kind: Kind, candidates: readonly Candidate[]): Map<Candidate, Outcome> {
  const outcome = new Map<Candidate, Outcome>();
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.errors.length > 0) {
      outcome.set(c, 'rejetee');
      continue;
    }
    const key = keyOf(kind, c.values);
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const column = KEY_COLUMN[kind];
  for (const group of groups.values()) {
    const first = group[0]!;
    if (group.length === 1) {
      outcome.set(first, 'publiee');
      continue;
    }
    const signature = JSON.stringify(first.values);
    const identical = group.every((c) => JSON.stringify(c.values) === signature);
    group.forEach((c, i) => {
      const problem = (raison: string, gravite: Problem['gravite']): Problem => ({
        fichier: c.fichier,
        ligne: c.line,
        colonne: c.headerOf[column] ?? column,
        valeur: c.raw[column] ?? '',
        raison,
        gravite,
      });
      if (identical) {
        if (i === 0) outcome.set(c, 'publiee');
        else {
          c.warnings.push(problem(`ligne identique à la ${where(first)} : publiée une seule fois`, 'avertissement'));
          outcome.set(c, 'doublon');
        }
      } else {
        const others = group.filter((o) => o !== c).map(where).join(', ');
        c.errors.push(
          problem(`même clé que la ${others}, avec des valeurs différentes : aucune de ces lignes n'est publiée`, 'erreur'),
        );
        outcome.set(c, 'rejetee');
      }
    });
  }
  return outcome;
}
