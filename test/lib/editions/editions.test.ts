import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFiles, fileEntry, packageVersion, parseDate, parseManifest, parseYear } from '../../../src/lib/editions/manifest.ts';
import type { EditionManifest } from '../../../src/lib/editions/manifest.ts';
import { freeze } from '../../../src/lib/editions/freeze.ts';
import { verifyEditions, writeManifest, writeRevision } from '../../../src/lib/editions/store.ts';
import { correctEdition, issueEdition } from '../../../src/lib/editions/issue.ts';
import { ingestFiles } from '../../../src/lib/ingest/index.ts';
import { readWorkbook } from '../../../src/lib/formats/xlsxRead.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

const INITIATIVES = [
  'annee,region,id,titre,organisme,priorite,statut,date_debut,montant_fqis,personnes_rejointes',
  '2024-2025,13,L-1,Projet un,Organisme,prejuges,demarree,2024-11-01,1000,10',
  '2025-2026,13,L-1,Projet un,Organisme,prejuges,en-cours,2024-11-01,2000,30',
  '2025-2026,13,L-2,Projet deux,Organisme,prevention,demarree,2025-11-01,500,5',
].join('\n');

describe('edition arguments', () => {
  it('reads a reporting year and a real date, nothing else', () => {
    expect(parseYear('2024-2025')).toBe('2024-2025');
    expect(parseYear('2024–2025')).toBe('2024-2025');
    expect(parseYear('2024-2026')).toBeNull();
    expect(parseYear('2024')).toBeNull();
    expect(parseDate('2025-12-15')).toBe('2025-12-15');
    expect(parseDate('2025-02-30')).toBeNull();
    expect(parseDate('15/12/2025')).toBeNull();
  });

  it('bumps the package patch number for each correction (Frictionless)', () => {
    expect(packageVersion(1)).toBe('1.0.0');
    expect(packageVersion(3)).toBe('1.0.2');
  });
});

describe('freeze', () => {
  const ingest = ingestFiles([{ fichier: 'laval/initiatives.csv', bytes: enc(INITIATIVES) }]);

  it('leaves out the rows and indicators of later years', () => {
    const frozen = freeze(ingest, { fictif: true }, '2024-2025', 1, '2025-12-15T00:00:00.000Z');
    expect(frozen.rowsOfYear).toBe(1);
    expect(frozen.annees).toEqual(['2024-2025']);
    expect(frozen.files['initiatives.csv']).not.toContain('2025-2026');
    expect(frozen.files['indicateurs.csv']).not.toContain('2025-2026');
    expect(frozen.files['indicateurs.csv']).toContain('2024-2025,QC,fqis,1000');
    expect(JSON.parse(frozen.files['initiatives.json'] as string)).toHaveLength(1);
  });

  it('keeps every year up to the edition, with its version and counts, and never a raw export', () => {
    const frozen = freeze(ingest, { fictif: true }, '2025-2026', 2, '2026-12-15T00:00:00.000Z');
    expect(frozen.rowsOfYear).toBe(2);
    expect(frozen.annees).toEqual(['2024-2025', '2025-2026']);
    expect(frozen.files['indicateurs.csv']).toContain('2025-2026,13,1.3,2.500000,35,10');
    expect(JSON.parse(frozen.files['datapackage.json'] as string)).toMatchObject({ version: '1.0.1', created: '2026-12-15T00:00:00.000Z' });
    expect(frozen.validation).toEqual({ lignes: 3, publiees: 3, rejetees: 0 });
    expect(Object.keys(frozen.files).sort()).toEqual([
      'alliances.csv', 'alliances.xlsx', 'contexte.csv', 'contexte.xlsx', 'datapackage.json', 'indicateurs.csv', 'indicateurs.xlsx', 'initiatives.csv', 'initiatives.json',
      'initiatives.xlsx', 'pratiques.csv', 'pratiques.xlsx', 'priorites.csv', 'priorites.xlsx', 'site/definitions.json', 'site/fichiers.json', 'site/indicateurs-regionaux.json', 'site/validation.json',
    ]);
  });

  it('freezes a workbook of every CSV dataset (contract 3): bytes, the same for the same rows and date, listed in the data package', () => {
    const a = freeze(ingest, { fictif: true }, '2025-2026', 1, '2026-12-15T00:00:00.000Z');
    const b = freeze(ingest, { fictif: true }, '2025-2026', 1, '2026-12-15T00:00:00.000Z');
    const later = freeze(ingest, { fictif: true }, '2025-2026', 1, '2027-01-20T00:00:00.000Z');
    const book = a.files['indicateurs.xlsx'];
    expect(book).toBeInstanceOf(Uint8Array);
    expect(b.files['indicateurs.xlsx']).toEqual(book);
    // The workbook's dates are the revision's: another date, other bytes.
    expect(later.files['indicateurs.xlsx']).not.toEqual(book);
    const read = readWorkbook(book as Uint8Array);
    if (!read.ok) throw new Error(read.cause.code);
    expect(read.sheets[0]!.rows[0]!.fields).toEqual(['annee', 'region', 'indicateur', 'valeur', 'numerateur', 'denominateur']);
    expect(read.sheets[0]!.rows.some((r) => r.fields.join(',') === '2024-2025,QC,fqis,1000')).toBe(true);
    const resources = (JSON.parse(a.files['datapackage.json'] as string) as { resources: Array<{ path: string }> }).resources.map((r) => r.path);
    expect(resources).toEqual(expect.arrayContaining(['indicateurs.xlsx', 'initiatives.xlsx', 'pratiques.xlsx']));
  });
});

describe('issue and correct (contract 3)', () => {
  const root = mkdtempSync(join(tmpdir(), 'alliances-issue-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const ingest = ingestFiles([{ fichier: 'laval/initiatives.csv', bytes: enc(INITIATIVES) }]);
  const input = { dir: root, annee: '2024-2025', ingest, source: { fictif: true }, date: '2025-12-15', donneesAu: '2025-11-30', note: 'Publication' };

  it('writes the workbooks with the datasets; the manifest’s SHA-256 covers their bytes and the edition verifies', async () => {
    const { manifest } = await issueEdition(input);
    expect(manifest.contrat).toBe('3');
    const xlsx = Object.keys(manifest.fichiers).filter((f) => f.endsWith('.xlsx'));
    expect(xlsx).toEqual(['revision-1/alliances.xlsx', 'revision-1/contexte.xlsx', 'revision-1/indicateurs.xlsx', 'revision-1/initiatives.xlsx', 'revision-1/pratiques.xlsx', 'revision-1/priorites.xlsx']);
    for (const f of xlsx) {
      const bytes = readFileSync(join(root, '2024-2025', f));
      expect(manifest.fichiers[f]).toEqual({ octets: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    }
    expect(verifyEditions(root).problems).toEqual([]);
    // One byte of a workbook changed: the edition no longer verifies.
    const path = join(root, '2024-2025/revision-1/indicateurs.xlsx');
    const original = readFileSync(path);
    const altered = Buffer.from(original);
    altered[altered.length - 30] = altered[altered.length - 30]! ^ 1;
    writeFileSync(path, altered);
    expect(verifyEditions(root).problems).toEqual([expect.stringMatching(/revision-1\/indicateurs\.xlsx a été modifié/)]);
    writeFileSync(path, original);
  });

  it('refuses a correction whose data files are the same, though its workbooks carry another date', async () => {
    await expect(correctEdition({ ...input, date: '2026-02-16', note: 'Rien' })).rejects.toThrow(/rien à corriger/);
  });
});

describe('verify: a frozen edition is what was published, byte for byte', () => {
  const root = mkdtempSync(join(tmpdir(), 'alliances-editions-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function edition(name: string): Promise<{ dir: string; manifest: EditionManifest }> {
    const dir = join(root, name);
    const fichiers = await writeRevision(dir, '2024-2025', 1, { 'indicateurs.csv': 'a,b\n1,2\n', 'site/validation.json': '[]\n' });
    const manifest: EditionManifest = {
      annee: '2024-2025', revision: 1, publiee_le: '2025-12-15', donnees_au: '2025-11-30', note: 'Publication', contrat: '2',
      fictif: true, titre: null, validation: { lignes: 1, publiees: 1, rejetees: 0 }, fichiers, revisions: [],
    };
    await writeManifest(dir, manifest);
    return { dir, manifest };
  }

  it('accepts an intact edition, frozen under contract 2 without workbooks', async () => {
    const { dir } = await edition('intact');
    expect(verifyEditions(dir)).toMatchObject({ problems: [] });
    expect(verifyEditions(dir).manifests).toHaveLength(1);
  });

  it('names the edition and the file changed, added or removed', async () => {
    const { dir } = await edition('altered');
    writeFileSync(join(dir, '2024-2025/revision-1/indicateurs.csv'), 'a,b\n1,3\n');
    writeFileSync(join(dir, '2024-2025/revision-1/extra.csv'), 'x\n');
    unlinkSync(join(dir, '2024-2025/revision-1/site/validation.json'));
    const { problems, manifests } = verifyEditions(dir);
    expect(manifests).toEqual([]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^Édition 2024-2025 : le fichier revision-1\/indicateurs\.csv a été modifié/);
    expect(problems.join('\n')).toContain('le fichier revision-1/site/validation.json a été supprimé');
    expect(problems.join('\n')).toContain('le fichier revision-1/extra.csv a été ajouté');
  });

  it('refuses an edition whose edition.json is missing or unreadable', async () => {
    const missing = await edition('missing');
    unlinkSync(join(missing.dir, '2024-2025/edition.json'));
    expect(verifyEditions(missing.dir).problems).toEqual([expect.stringMatching(/^Édition 2024-2025 : edition\.json est absent/)]);
    const broken = await edition('broken');
    writeFileSync(join(broken.dir, '2024-2025/edition.json'), '{"annee": "2024-2025",');
    expect(verifyEditions(broken.dir).problems).toEqual([expect.stringMatching(/^Édition 2024-2025 : edition\.json est illisible/)]);
    const other = await edition('other');
    const m = JSON.parse(readFileSync(join(other.dir, '2024-2025/edition.json'), 'utf8'));
    writeFileSync(join(other.dir, '2024-2025/edition.json'), JSON.stringify({ ...m, annee: '2025-2026' }));
    expect(verifyEditions(other.dir).problems[0]).toContain('décrit l’édition 2025-2026');
  });

  it('never overwrites a revision', async () => {
    const { dir } = await edition('twice');
    await expect(writeRevision(dir, '2024-2025', 1, { 'indicateurs.csv': 'x' })).rejects.toThrow(/existe déjà; rien n’est jamais écrasé/);
    mkdirSync(join(dir, '2024-2025/revision-2'));
    await expect(writeRevision(dir, '2024-2025', 2, { 'indicateurs.csv': 'x' })).rejects.toThrow(/revision-2 existe déjà/);
  });

  it('checks files against the manifest in memory too', () => {
    const manifest = parseManifest(
      JSON.stringify({ annee: '2024-2025', revision: 1, publiee_le: '2025-12-15', donnees_au: '2025-11-30', note: '', contrat: '2', validation: { lignes: 0, publiees: 0, rejetees: 0 }, fichiers: { 'revision-1/a.csv': fileEntry(enc('a')) }, revisions: [] }),
      '2024-2025',
    );
    expect(checkFiles(manifest, new Map([['revision-1/a.csv', fileEntry(enc('a'))]]))).toEqual([]);
    expect(checkFiles(manifest, new Map([['revision-1/a.csv', fileEntry(enc('b'))]]))).toHaveLength(1);
  });
});
