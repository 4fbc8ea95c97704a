/**
 * The FICTIONAL sample's yearly editions (contract §6): what the ministry
 * would have frozen at each step, built with the same code as
 * `npm run edition`. Each step is the current sample exports as they stood
 * then: a few rows are changed back to what partners had first sent, so
 * every part of the editions pages shows something.
 *
 * 1. 2025-12-15, edition 2024-2025 published. Laval had entered three FQIS
 *    amounts twice (×2), Mauricie had not yet sent two initiatives, and
 *    Capitale-Nationale counted persons reached in four initiatives twice.
 * 2. 2026-02-16, correction of 2024-2025 (revision 2): Laval's amounts fixed
 *    (its note names the totals it changed; a test checks them against the files).
 * 3. 2026-11-20, edition 2025-2026 published: Mauricie's two initiatives of
 *    2024-2025 are in (figures of a past year revised), but Outaouais has
 *    two 2025-2026 amounts wrong and Capitale-Nationale still its doubles.
 * 4. Today's exports (data/exports): everything corrected, so the current
 *    data differ from the latest edition.
 *
 * The ministry's contexte file (populations) comes with step 3: the
 * 2024-2025 edition has no per-person figures.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { IngestResult } from '../../src/lib/ingest/index.ts';
import type { InitiativeRow } from '../../src/lib/ingest/types.ts';
import type { SourceInfo } from '../../src/lib/pipeline/index.ts';
import { correctEdition, issueEdition } from '../../src/lib/editions/issue.ts';
import { editionFolders } from '../../src/lib/editions/store.ts';

type Fault = (rows: InitiativeRow[]) => InitiativeRow[];

/** The first `n` rows of a region and year, by id, changed by `change`. */
function changeRows(region: string, annee: string, n: number, change: (r: InitiativeRow) => InitiativeRow): Fault {
  return (rows) => {
    const ids = new Set(rows.filter((r) => r.region === region && r.annee === annee).map((r) => r.id).sort().slice(0, n));
    return rows.map((r) => (r.region === region && r.annee === annee && ids.has(r.id) ? change(r) : r));
  };
}

const LAVAL_DOUBLE_ENTRY = changeRows('13', '2024-2025', 3, (r) => ({ ...r, montant_fqis: r.montant_fqis * 2 }));
const MAURICIE_LATE: Fault = (rows) => {
  const late = new Set(rows.filter((r) => r.region === '04' && r.annee === '2024-2025').map((r) => r.id).sort().slice(-2));
  return rows.filter((r) => !(r.region === '04' && r.annee === '2024-2025' && late.has(r.id)));
};
const CAPITALE_DOUBLE_COUNT = changeRows('03', '2024-2025', 4, (r) => (r.personnes_rejointes === null ? r : { ...r, personnes_rejointes: r.personnes_rejointes * 2 }));
const OUTAOUAIS_AMOUNTS = changeRows('07', '2025-2026', 2, (r) => ({ ...r, montant_fqis: Math.round(r.montant_fqis * 1.4) }));

/** The step's exports: initiatives with its faults, and the contexte file only once the ministry supplied it. */
function withFaults(ingest: IngestResult, faults: readonly Fault[], contexte: boolean): IngestResult {
  const initiatives = faults.reduce((rows, fault) => fault(rows), [...ingest.dataset.initiatives]);
  return { ...ingest, dataset: { ...ingest.dataset, initiatives, contexte: contexte ? ingest.dataset.contexte : [] } };
}

/**
 * The correction's note, as a ministry would write it: what was wrong and the
 * published totals it changed (2024-2025 FQIS, rounded to the dollar as the
 * pages show them; no-break spaces as in `money()`).
 */
export const CORRECTION_NOTE =
  'Correction (exemple fictif) : trois montants FQIS de Laval saisis deux fois. Total FQIS 2024-2025 : ' +
  'Laval, de 365\u00a0507\u00a0$ à 325\u00a0407\u00a0$; Québec, de 23\u00a0059\u00a0940\u00a0$ à 23\u00a0019\u00a0840\u00a0$.';

/** Rebuilds `dir` (data/editions/) from the current sample exports. */
export async function generateSampleEditions(dir: string, ingest: IngestResult, source: SourceInfo): Promise<void> {
  // The editions only: the folder's README stays.
  for (const folder of editionFolders(dir)) await rm(join(dir, folder), { recursive: true, force: true });
  // The ministry first supplied populations (the contexte file) for the 2025-2026 edition:
  // the 2024-2025 edition has no per-person figure, and its pages say so.
  const steps = [
    { act: issueEdition, annee: '2024-2025', contexte: false, faults: [LAVAL_DOUBLE_ENTRY, MAURICIE_LATE, CAPITALE_DOUBLE_COUNT], date: '2025-12-15', donneesAu: '2025-11-28', note: 'Reddition de comptes annuelle 2024-2025 (exemple fictif).' },
    { act: correctEdition, annee: '2024-2025', contexte: false, faults: [MAURICIE_LATE, CAPITALE_DOUBLE_COUNT], date: '2026-02-16', donneesAu: '2026-02-10', note: CORRECTION_NOTE },
    { act: issueEdition, annee: '2025-2026', contexte: true, faults: [CAPITALE_DOUBLE_COUNT, OUTAOUAIS_AMOUNTS], date: '2026-11-20', donneesAu: '2026-11-13', note: 'Reddition de comptes annuelle 2025-2026 (exemple fictif).' },
  ];
  for (const { act, faults, contexte, ...step } of steps) await act({ dir, source, ingest: withFaults(ingest, faults, contexte), ...step });
}
