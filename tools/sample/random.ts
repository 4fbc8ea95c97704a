/**
 * A small seeded pseudo-random generator for the sample data (mulberry32),
 * so that the same seed always gives byte-identical files. Each part of the
 * sample draws from its own stream (`stream(seed, label)`), so that adding
 * rows to one region does not shift the values drawn for another.
 */

/** 32-bit FNV-1a hash of a string, mixed with the seed. */
function hash(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < label.length; i += 1) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Final avalanche (murmur3 fmix32) so close labels give unrelated states.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

export class Rng {
  private state: number;

  constructor(state: number) {
    this.state = state >>> 0;
  }

  /** A float in [0, 1) (mulberry32). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick: empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One key, drawn with probability proportional to its weight. */
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
    const entries = Object.entries(weights) as [T, number][];
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [key, w] of entries) {
      r -= w;
      if (r < 0) return key;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error('weighted: empty table');
    return last[0];
  }

  /** One item, drawn with probability proportional to `weight(item)`. */
  pickWeighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let r = this.next() * total;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return this.pick(items);
  }

  /** `count` distinct items, in a random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      const a = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = a;
    }
    return copy.slice(0, Math.min(count, copy.length));
  }

  /**
   * A positive factor around 1 with a longer right tail (a cheap stand-in for
   * a log-normal spread). Only + - * / and sqrt are used: they are exactly
   * rounded everywhere, so the output never depends on the platform's libm.
   */
  spread(sigma: number): number {
    const z = (this.next() + this.next() + this.next() + this.next() - 2) / Math.sqrt(1 / 3);
    const f = 1 + sigma * z + (sigma * sigma * z * z) / 2;
    return Math.max(0.15, f / (1 + (sigma * sigma) / 2));
  }
}

/** An independent stream for one part of the sample. */
export function stream(seed: number, label: string): Rng {
  return new Rng(hash(seed, label));
}
