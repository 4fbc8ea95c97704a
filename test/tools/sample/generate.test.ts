import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSample } from '../../../tools/sample/index.ts';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sample-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

function parse(text: string, delimiter: string): string[][] {
  return Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true }).data;
}

/** `5 805 682,00 $` (non-breaking spaces) → 5805682. */
function frenchAmount(text: string): number {
  return Number(text.replace(/[\s\u00a0\u202f$]/g, '').replace(',', '.'));
}

describe('generateSample', () => {
  it('is deterministic: the same seed gives byte-identical files', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    const first = await generateSample({ seed: 2024, scale: 1, outDir: a });
    const second = await generateSample({ seed: 2024, scale: 1, outDir: b });
    expect(first.initiativeRows).toBe(second.initiativeRows);
    const files = await listFiles(a);
    expect(await listFiles(b)).toEqual(files);
    expect(files.length).toBeGreaterThan(60);
    for (const f of files) {
      expect(Buffer.compare(await readFile(join(a, f)), await readFile(join(b, f))), f).toBe(0);
    }
  });

  it('gives other data for another seed', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    await generateSample({ seed: 1, scale: 1, outDir: a });
    await generateSample({ seed: 2, scale: 1, outDir: b });
    const path = 'montreal/initiatives-2024-2025.csv';
    expect((await readFile(join(a, path))).equals(await readFile(join(b, path)))).toBe(false);
  });

  it('matches the committed sample in data/exports', async () => {
    const dir = await tempDir();
    await generateSample({ seed: 2024, scale: 1, outDir: dir });
    const committed = new URL('../../../data/exports/', import.meta.url).pathname;
    const files = await listFiles(dir);
    expect(await listFiles(committed)).toEqual(files);
    for (const f of files) {
      expect((await readFile(join(dir, f))).equals(await readFile(join(committed, f))), `${f} is stale: run npx tsx scripts/generate-sample.ts --clean`).toBe(true);
    }
  });

  it('multiplies the initiative rows by the scale', async () => {
    const one = await generateSample({ seed: 7, scale: 1, outDir: await tempDir(), faults: false });
    const ten = await generateSample({ seed: 7, scale: 10, outDir: await tempDir() });
    expect(one.initiativeRows).toBeGreaterThan(1_000);
    const ratio = ten.initiativeRows / one.initiativeRows;
    expect(ratio).toBeGreaterThan(9);
    expect(ratio).toBeLessThan(11);
  });

  describe('the ministry file', () => {
    let bytes = Buffer.alloc(0);
    let header: string[] = [];
    let rows: string[][] = [];
    beforeAll(async () => {
      const dir = await tempDir();
      await generateSample({ seed: 2024, scale: 1, outDir: dir });
      bytes = await readFile(join(dir, 'ministere/alliances.csv'));
      [header = [], ...rows] = parse(iconv.decode(bytes, 'windows-1252'), ';');
    });

    it('is Windows-1252 with CRLF and accented headers', () => {
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
      expect(bytes.toString('latin1')).toContain('\r\n');
      expect(header).toContain('Région');
    });

    it('lists 21 Alliances over the 17 regions', () => {
      expect(rows).toHaveLength(21);
      const col = header.indexOf('Région');
      expect(new Set(rows.map((r) => r[col])).size).toBe(17);
      const ids = rows.map((r) => r[0]);
      expect(new Set(ids).size).toBe(21);
      expect(ids).toEqual(expect.arrayContaining(['10-eeyou-istchee', '10-kativik', '10-jamesie', '14-nord', '14-sud', '16-est', '16-ouest']));
    });

    it('has envelopes adding up to exactly 145 360 000 $, the published ones included', () => {
      const col = header.indexOf('Enveloppe');
      const envelope = new Map(rows.map((r) => [r[0], frenchAmount(r[col] ?? '')]));
      const total = [...envelope.values()].reduce((s, v) => s + v, 0);
      expect(total).toBe(145_360_000);
      expect(envelope.get('04')).toBe(5_805_682);
      expect(envelope.get('12')).toBe(4_716_195);
      expect(envelope.get('13')).toBe(2_606_312);
      const lanaudiere = (envelope.get('14-nord') ?? 0) + (envelope.get('14-sud') ?? 0);
      expect(Math.abs(lanaudiere - 6_100_000)).toBeLessThan(100_000);
    });
  });

  it('keeps the same id for initiatives that go on into 2025-2026', async () => {
    const dir = await tempDir();
    await generateSample({ seed: 2024, scale: 1, outDir: dir });
    const ids = async (year: string): Promise<Set<string>> => {
      const text = await readFile(join(dir, `nord-du-quebec/initiatives-${year}.csv`), 'utf8');
      const [header = [], ...rows] = parse(text, '\t');
      return new Set(rows.map((r) => r[header.indexOf('id')] ?? ''));
    };
    const [y1, y2] = [await ids('2024-2025'), await ids('2025-2026')];
    const carried = [...y2].filter((id) => y1.has(id));
    expect(carried.length).toBeGreaterThan(y2.size / 3);
    expect(carried.length).toBeLessThan(y2.size);
  });
});

describe('the sample partners who write their own way (contract §1.4, §8)', () => {
  it('Laval names its columns with synonyms, each naming its canonical column', async () => {
    const { columnNamed, normaliseHeader } = await import('../../../src/lib/ingest/headers.ts');
    const dir = await tempDir();
    await generateSample({ seed: 2024, scale: 1, outDir: dir });
    const text = (await readFile(join(dir, 'laval/initiatives-2025-2026.csv'), 'utf8')).replace(/^\ufeff/, '');
    const header = parse(text, ';')[0]!;
    expect(header).toContain('Organisme porteur');
    expect(header).toContain('Montant versé');
    const { SCHEMAS } = await import('../../../src/lib/contract/columns.ts');
    const canonical = SCHEMAS.initiatives.map((c) => c.name).filter((c) => c !== 'alliance');
    expect(header.map((h) => columnNamed('initiatives', normaliseHeader(h)))).toEqual(canonical);
  });

  it('Gaspésie–Îles-de-la-Madeleine sends one workbook whose sheets the pipeline reads as its four files', async () => {
    const { ingestFiles } = await import('../../../src/lib/ingest/index.ts');
    const dir = await tempDir();
    await generateSample({ seed: 2024, scale: 1, outDir: dir });
    const files = await listFiles(dir);
    expect(files.filter((f) => f.startsWith('gaspesie'))).toEqual(['gaspesie-iles-de-la-madeleine/suivi-alliance.xlsx']);
    const bytes = await readFile(join(dir, 'gaspesie-iles-de-la-madeleine/suivi-alliance.xlsx'));
    const result = ingestFiles([{ fichier: 'suivi-alliance.xlsx', bytes }]);
    expect(result.files.map((f) => [f.fichier, f.type, f.rejetees])).toEqual([
      ['suivi-alliance.xlsx#Lisez-moi', null, 0],
      ['suivi-alliance.xlsx#Priorités', 'priorites', 0],
      ['suivi-alliance.xlsx#Indicateurs', 'indicateurs', 0],
      ['suivi-alliance.xlsx#Initiatives 2024-2025', 'initiatives', 0],
      ['suivi-alliance.xlsx#Initiatives 2025-2026', 'initiatives', 0],
    ]);
    expect(result.problems.map((p) => p.raison)).toEqual([expect.stringMatching(/^feuille ignorée/)]);
  });
});
