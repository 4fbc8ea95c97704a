/** The committed sample editions are what `npm run generate-sample` makes (contract §6). */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CORRECTION_NOTE, generateSampleEditions } from '../../../tools/sample/editions.ts';
import { ingestFiles } from '../../../src/lib/ingest/index.ts';
import { readSources } from '../../../src/lib/ingest/sources.ts';
import { readSourceInfo } from '../../../src/lib/pipeline/index.ts';
import { verifyEditions } from '../../../src/lib/editions/store.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'alliances-sample-editions-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name !== 'README.md')
      .map((e) => [relative(dir, join(e.parentPath, e.name)), createHash('sha256').update(readFileSync(join(e.parentPath, e.name))).digest('hex')]),
  );
}

describe('sample editions', () => {
  it('are reproduced byte for byte from the sample exports', async () => {
    const exportsDir = join(root, 'data/exports');
    await generateSampleEditions(out, ingestFiles(await readSources(exportsDir)), await readSourceInfo(exportsDir));
    expect(hashes(out)).toEqual(hashes(join(root, 'data/editions')));
  });

  it('are two editions, one corrected once, all intact', () => {
    const { manifests, problems } = verifyEditions(join(root, 'data/editions'));
    expect(problems).toEqual([]);
    expect(manifests.map((m) => [m.annee, m.revision])).toEqual([['2024-2025', 2], ['2025-2026', 1]]);
    expect(manifests.every((m) => m.fictif)).toBe(true);
  });

  it('name in the correction’s note the totals it changed, as the frozen files have them', () => {
    const fqis = (revision: number, region: string): string => {
      const csv = readFileSync(join(root, `data/editions/2024-2025/revision-${revision}/indicateurs.csv`), 'utf8');
      const line = csv.split(/\r?\n/).find((l) => l.startsWith(`2024-2025,${region},fqis,`));
      return new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 0 }).format(Number(line!.split(',')[3]));
    };
    const { manifests } = verifyEditions(join(root, 'data/editions'));
    const note = manifests[0]!.revisions[0]!.note;
    expect(note).toBe(CORRECTION_NOTE);
    expect(note).toContain('exemple fictif');
    expect(note).toContain(`de ${fqis(1, '13')}\u00a0$ à ${fqis(2, '13')}\u00a0$`);
    expect(note).toContain(`de ${fqis(1, 'QC')}\u00a0$ à ${fqis(2, 'QC')}\u00a0$`);
  });
});
