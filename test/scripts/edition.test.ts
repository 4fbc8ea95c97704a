/**
 * `npm run edition` as the ministry runs it (contract §6): exit codes and
 * French messages of every refusal, EDITIONS_DIR, corrections beside the
 * revision they correct, and a build that stops on a tampered edition.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'alliances-edition-'));
const exportsDir = join(work, 'exports');
const editions = join(work, 'editions');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HEADER = 'annee,region,id,titre,organisme,priorite,statut,date_debut,montant_fqis';
function exportsWith(rows: string[]): void {
  rmSync(exportsDir, { recursive: true, force: true });
  spawnSync('mkdir', ['-p', exportsDir]);
  writeFileSync(join(exportsDir, 'initiatives.csv'), [HEADER, ...rows].join('\n'));
}

function run(script: string, args: string[]): { status: number | null; out: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', script), ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: exportsDir, EDITIONS_DIR: editions, ALLIANCES_OUTPUT_ROOT: join(work, 'out') },
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout + result.stderr };
}
const edition = (...args: string[]) => run('edition.ts', args);

describe('npm run edition', () => {
  it('publishes an edition into EDITIONS_DIR, with its manifest', () => {
    exportsWith(['2024-2025,13,L-1,Projet,Organisme,prejuges,demarree,2024-11-01,1000', '2025-2026,13,L-1,Projet,Organisme,prejuges,en-cours,2024-11-01,2000']);
    const { status, out } = edition('publish', '2024-2025', '--date', '2025-12-15', '--note', 'Reddition de comptes 2024-2025', '--donnees-au', '2025-11-30');
    expect(out).toContain('Édition 2024-2025 publiée le 2025-12-15 (révision 1)');
    expect(status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(editions, '2024-2025/edition.json'), 'utf8'));
    expect(manifest).toMatchObject({ annee: '2024-2025', revision: 1, publiee_le: '2025-12-15', donnees_au: '2025-11-30', note: 'Reddition de comptes 2024-2025', contrat: '3', revisions: [] });
    expect(manifest.fichiers['revision-1/initiatives.xlsx']?.octets).toBeGreaterThan(0);
    expect(manifest.validation).toEqual({ lignes: 2, publiees: 2, rejetees: 0 });
    expect(readFileSync(join(editions, '2024-2025/revision-1/initiatives.csv'), 'utf8')).not.toContain('2025-2026');
  });

  it('refuses an edition that exists, a year with no row, and a bad date or year', () => {
    expect(edition('publish', '2024-2025')).toMatchObject({ status: 1, out: expect.stringContaining('L’édition 2024-2025 existe déjà') });
    expect(edition('publish', '2027-2028')).toMatchObject({ status: 1, out: expect.stringContaining('Aucune initiative publiée pour 2027-2028') });
    expect(edition('publish', '2025-2026', '--date', '2026-02-30')).toMatchObject({ status: 1, out: expect.stringContaining('Date invalide : « 2026-02-30 »') });
    expect(edition('publish', '2025')).toMatchObject({ status: 1, out: expect.stringContaining('Année invalide') });
    expect(edition('frobnicate')).toMatchObject({ status: 2, out: expect.stringContaining('Usage') });
    expect(existsSync(join(editions, '2027-2028'))).toBe(false);
  });

  it('refuses a correction without a note, of an edition that does not exist, or that changes nothing', () => {
    expect(edition('correct', '2024-2025')).toMatchObject({ status: 1, out: expect.stringContaining('Une correction doit dire pourquoi') });
    expect(edition('correct', '2023-2024', '--note', 'x')).toMatchObject({ status: 1, out: expect.stringContaining('L’édition 2023-2024 n’existe pas') });
    expect(edition('correct', '2024-2025', '--note', 'x', '--date', '2026-01-10')).toMatchObject({ status: 1, out: expect.stringContaining('rien à corriger') });
  });

  it('publishes a correction as revision 2, beside revision 1', () => {
    const before = readFileSync(join(editions, '2024-2025/revision-1/initiatives.csv'));
    exportsWith(['2024-2025,13,L-1,Projet,Organisme,prejuges,demarree,2024-11-01,1500', '2025-2026,13,L-1,Projet,Organisme,prejuges,en-cours,2024-11-01,2000']);
    const { status, out } = edition('correct', '2024-2025', '--note', 'Montant corrigé par la Table de Laval', '--date', '2026-02-01', '--donnees-au', '2026-01-20');
    expect(out).toContain('révision 2');
    expect(status).toBe(0);
    expect(readFileSync(join(editions, '2024-2025/revision-1/initiatives.csv'))).toEqual(before);
    expect(readFileSync(join(editions, '2024-2025/revision-2/indicateurs.csv'), 'utf8')).toContain('2024-2025,QC,fqis,1500');
    const manifest = JSON.parse(readFileSync(join(editions, '2024-2025/edition.json'), 'utf8'));
    expect(manifest.revision).toBe(2);
    expect(manifest.revisions).toEqual([{ revision: 2, date: '2026-02-01', note: 'Montant corrigé par la Table de Laval', donnees_au: '2026-01-20', validation: { lignes: 2, publiees: 2, rejetees: 0 } }]);
    expect(JSON.parse(readFileSync(join(editions, '2024-2025/revision-2/datapackage.json'), 'utf8')).version).toBe('1.0.1');
    expect(edition('list').out).toContain('2024-2025 — révision 2, publiée le 2025-12-15');
  });

  it('verify passes on intact editions, and it and the build stop on a changed byte, naming edition and file', () => {
    expect(edition('verify')).toMatchObject({ status: 0, out: expect.stringContaining('1 édition intacte : 2024-2025 (révision 2)') });
    const file = join(editions, '2024-2025/revision-1/indicateurs.csv');
    const original = readFileSync(file);
    const changed = Buffer.from(original);
    changed[changed.length - 3] = changed[changed.length - 3]! ^ 1;
    writeFileSync(file, changed);
    try {
      expect(edition('verify')).toMatchObject({ status: 1, out: expect.stringContaining('Édition 2024-2025 : le fichier revision-1/indicateurs.csv a été modifié') });
      const build = run('build-data.ts', []);
      expect(build.status).not.toBe(0);
      expect(build.out).toContain('Construction arrêtée');
      expect(build.out).toContain('revision-1/indicateurs.csv');
      expect(edition('publish', '2025-2026')).toMatchObject({ status: 1, out: expect.stringContaining('ne sont plus intactes') });
    } finally {
      writeFileSync(file, original);
    }
    expect(edition('verify').status).toBe(0);
  });
});
