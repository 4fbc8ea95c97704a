/**
 * With SOURCE_DATE_EPOCH set, two builds of the same input give the same
 * dist/, byte for byte (issue #7): a published edition can be rebuilt and
 * checked, and a diff between two builds shows only what really changed.
 * When the site the browser tests read was itself built with the same
 * SOURCE_DATE_EPOCH (CI builds it so), it is the first of the two builds.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInto } from './build.ts';
import { DIST } from '../browser/dist.ts';

const EPOCH = '1767225600';

/** The project's dist/ when it was built with SOURCE_DATE_EPOCH = EPOCH (its build stamp says so), else null. */
function builtWithEpoch(): string | null {
  const stamp = join(DIST, '..', '.cache/site/build.json');
  if (!existsSync(stamp)) return null;
  const created = (JSON.parse(readFileSync(stamp, 'utf8')) as { created: string }).created;
  return created === new Date(Number(EPOCH) * 1000).toISOString() ? DIST : null;
}

function hashes(dist: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = join(e.parentPath, e.name);
    out[relative(dist, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return out;
}

const built: string[] = [];
afterAll(() => {
  for (const dist of built) rmSync(dirname(dist), { recursive: true, force: true });
});

describe('deterministic build', () => {
  it('two builds with SOURCE_DATE_EPOCH give byte-identical dist/', { timeout: 240_000 }, () => {
    const env = { SOURCE_DATE_EPOCH: EPOCH };
    let a = builtWithEpoch();
    if (!a) {
      a = buildInto('determinisme-a', env);
      built.push(a);
    }
    const b = buildInto('determinisme-b', env);
    built.push(b);
    const [ha, hb] = [hashes(a), hashes(b)];
    expect(Object.keys(ha).length).toBeGreaterThan(100);
    expect(Object.keys(hb).sort()).toEqual(Object.keys(ha).sort());
    const differ = Object.keys(ha).filter((f) => ha[f] !== hb[f]);
    expect(differ).toEqual([]);
  });
});
