/** Calendar helpers on ISO dates (UTC, no clock: the sample never reads the time). */
import type { Rng } from './random.ts';

const DAY = 86_400_000;

export function toDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY);
}

export function toIso(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return toIso(toDay(iso) + days);
}

/** A date between two ISO dates, both included. */
export function between(rng: Rng, from: string, to: string): string {
  return toIso(rng.int(toDay(from), toDay(to)));
}

export function minIso(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxIso(a: string, b: string): string {
  return a > b ? a : b;
}

/** The reporting year `Y-Y+1` runs from 1 November Y to 31 October Y+1. */
export function yearWindow(annee: string): { start: string; end: string } {
  const y = Number(annee.slice(0, 4));
  return { start: `${y}-11-01`, end: `${y + 1}-10-31` };
}

/** Last day of the 2024-2029 cycle. */
export const CYCLE_END = '2029-10-31';
