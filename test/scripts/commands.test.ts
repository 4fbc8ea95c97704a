/**
 * The commands as a data maintainer runs them: exit codes, the French
 * report, DATA_DIR and STRICT=1 (contract §1 and §1.3).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect, afterAll } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const messy = join(root, 'test/fixtures/messy/input');

function run(script: string, args: string[], env: Record<string, string> = {}): { status: number | null; out: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', script), ...args], {
    cwd: root,
    env: { ...process.env, ALLIANCES_OUTPUT_ROOT: outputRoot, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout + result.stderr };
}

const clean = mkdtempSync(join(tmpdir(), 'alliances-clean-'));
// The commands write here, never into the project's own dist/, .cache/ or reports/.
const outputRoot = mkdtempSync(join(tmpdir(), 'alliances-out-'));
writeFileSync(
  join(clean, 'initiatives.csv'),
  'annee,region,id,titre,organisme,priorite,statut,date_debut,montant_fqis\n2024-2025,13,L-1,Projet,Organisme,prejuges,demarree,2024-11-01,1000\n',
);
afterAll(() => {
  rmSync(clean, { recursive: true, force: true });
  rmSync(outputRoot, { recursive: true, force: true });
});

describe('npm run validate', () => {
  it('prints a summary in plain words, how to fix each problem, then each problem as file:line, column, value, reason, and exits 1', () => {
    const { status, out } = run('validate.ts', [messy]);
    expect(status).toBe(1);
    expect(out).toContain('2 fichiers prêts à envoyer, 10 fichiers à corriger : 22 lignes seraient rejetées.');
    expect(out).toContain('12 fichiers choisis, dont 2 classeurs Excel (2 feuilles lues).');
    expect(out).toContain('39 lignes seraient publiées sur 63 lignes lues.');
    expect(out).toContain('      Valeur : « finie » — vous vouliez dire « completee » (Complétée) ?');
    expect(out).toContain('      Guide : /partenaires/#erreur-statut');
    expect(out).toContain('mauricie/initiatives-2024-2025.csv:6 — ERREUR, colonne « Montant FQIS », valeur « -500 » : montant négatif');
    expect(out).toContain('notes.csv:1 — ERREUR');
    // Files to correct come first.
    expect(out.split('À corriger, fichier par fichier (les fichiers à corriger d’abord) :\n\n')[1]!.split('\n')[0]).toMatch(/seraient? rejetées?/);
    expect(out.trimEnd().split('\n').at(-1)).toBe('Résultat : 2 fichiers prêts à envoyer, 10 fichiers à corriger : 22 lignes seraient rejetées.');
  });

  it('prints it in English with --lang en', () => {
    const { status, out } = run('validate.ts', [messy, '--lang', 'en']);
    expect(status).toBe(1);
    expect(out).toContain('2 files ready to send, 10 files to correct: 22 rows would be rejected.');
    expect(out).toContain('      Value: “finie” — did you mean “completee” (Completed)?');
    expect(out).toContain('      Guide: /en/partenaires/#erreur-priorite');
    expect(out).toContain('mauricie/initiatives-2024-2025.csv:6 — ERROR, column “Montant FQIS”, value “-500”: negative amount');
    expect(out).not.toMatch(/ inconnue?\b|Ligne refusée|Valeurs acceptées|Comment corriger/);
  });

  it('validates a single file, and exits 0 when nothing is rejected', () => {
    const { status, out } = run('validate.ts', [join(clean, 'initiatives.csv')]);
    expect(out).toContain('Le fichier est prêt à envoyer.');
    expect(status).toBe(0);
  });

  it('says so in French when the path does not exist', () => {
    const { status, out } = run('validate.ts', [join(clean, 'absent')]);
    expect(status).toBe(2);
    expect(out).toContain('introuvable');
  });
});

describe('npm run data', () => {
  it('publishes what is valid and exits 0 although rows are rejected', () => {
    const { status, out } = run('build-data.ts', [], { DATA_DIR: messy });
    expect(status).toBe(0);
    expect(out).toContain('rejetées : 22');
    expect(readFileSync(join(outputRoot, 'dist/donnees/indicateurs.csv'), 'utf8')).toContain('2024-2025,04,3.1,0.400000,2,5');
    expect(readFileSync(join(outputRoot, 'reports/validation.json'), 'utf8')).toContain('"rejetees": 2');
  });

  it('exits non-zero with STRICT=1 when a row is rejected', () => {
    const { status, out } = run('build-data.ts', [], { DATA_DIR: messy, STRICT: '1' });
    expect(status).toBe(1);
    expect(out).toContain('STRICT=1');
  });

  it('exits 0 with STRICT=1 when nothing is rejected', () => {
    expect(run('build-data.ts', [], { DATA_DIR: clean, STRICT: '1' }).status).toBe(0);
  });
});
