import { mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFiles, fileEntry, packageVersion, parseDate, parseManifest, parseYear } from '../../../src/lib/editions/manifest.ts';
import type { EditionManifest } from '../../../src/lib/editions/manifest.ts';
import { freeze } from '../../../src/lib/editions/freeze.ts';
import { verifyEditions, writeManifest, writeRevision } from '../../../src/lib/editions/store.ts';
import { ingestFiles } from '../../../src/lib/ingest/index.ts';

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
    expect(JSON.parse(frozen.files['initiatives.json']!)).toHaveLength(1);
  });

  it('keeps every year up to the edition, with its version and counts, and never a raw export', () => {
    const frozen = freeze(ingest, { fictif: true }, '2025-2026', 2, '2026-12-15T00:00:00.000Z');
    expect(frozen.rowsOfYear).toBe(2);
    expect(frozen.annees).toEqual(['2024-2025', '2025-2026']);
    expect(frozen.files['indicateurs.csv']).toContain('2025-2026,13,1.3,2.500000,35,10');
    expect(JSON.parse(frozen.files['datapackage.json']!)).toMatchObject({ version: '1.0.1', created: '2026-12-15T00:00:00.000Z' });
    expect(frozen.validation).toEqual({ lignes: 3, publiees: 3, rejetees: 0 });
    expect(Object.keys(frozen.files).sort()).toEqual(['alliances.csv', 'contexte.csv', 'datapackage.json', 'indicateurs.csv', 'initiatives.csv', 'initiatives.json', 'pratiques.csv', 'priorites.csv', 'site/definitions.json', 'site/fichiers.json', 'site/indicateurs-regionaux.json', 'site/validation.json']);
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

  it('accepts an intact edition', async () => {
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
