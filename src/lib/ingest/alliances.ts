/**
 * Which Alliance a row belongs to. With no `alliances` file, or for a region
 * the file does not list, the region counts as one Alliance whose
 * identifier is the region's code (contract §1.2).
 */
import { REGIONS, regionByCode } from '../contract/regions.ts';
import { fold } from '../common/text.ts';
import type { AllianceRow } from './types.ts';
import { Invalid } from './values.ts';

/** Identifiers compare without case or accents; `4` is `04`. */
export function normaliseAllianceId(raw: string): string {
  const s = fold(raw);
  return /^\d$/.test(s) ? s.padStart(2, '0') : s;
}

export class AllianceDirectory {
  readonly alliances: readonly AllianceRow[];
  private readonly byRegion = new Map<string, AllianceRow[]>();
  private readonly byId = new Map<string, AllianceRow>();

  constructor(declared: readonly AllianceRow[]) {
    const all: AllianceRow[] = [...declared];
    for (const a of declared) this.add(a);
    for (const region of REGIONS) {
      if (!this.byRegion.has(region.code)) {
        const implicit: AllianceRow = {
          alliance: region.code,
          region: region.code,
          region_nom: region.name,
          nom: region.name,
          responsable: null,
          fiduciaire: null,
          enveloppe: null,
          date_convention: null,
          date_approbation_plan: null,
          site_web: null,
        };
        all.push(implicit);
        this.add(implicit);
      }
    }
    this.alliances = all.sort((a, b) => a.region.localeCompare(b.region) || a.alliance.localeCompare(b.alliance));
  }

  private add(a: AllianceRow): void {
    this.byId.set(normaliseAllianceId(a.alliance), a);
    const list = this.byRegion.get(a.region) ?? [];
    list.push(a);
    this.byRegion.set(a.region, list);
  }

  inRegion(region: string): readonly AllianceRow[] {
    return this.byRegion.get(region) ?? [];
  }

  /** The row's Alliance identifier, or why it cannot be known. */
  resolve(region: string, raw: string | null): string | Invalid {
    const candidates = this.inRegion(region);
    if (raw === null) {
      if (candidates.length === 1) return candidates[0]!.alliance;
      const alliances = candidates.map((a) => a.alliance);
      return new Invalid({ code: 'alliance-a-preciser', params: { region: regionByCode(region)?.name ?? region, alliances } });
    }
    // What the region accepts, for the checker's list and its closest match.
    const accepted = { alliances: candidates.map((a) => a.alliance), names: candidates.map((a) => a.nom) };
    const found = this.byId.get(normaliseAllianceId(raw));
    if (!found) return new Invalid({ code: 'alliance-inconnue', params: accepted });
    if (found.region !== region) return new Invalid({ code: 'alliance-autre-region', params: accepted });
    return found.alliance;
  }
}
