/**
 * The whole pipeline on a folder of messy exports (Windows-1252 and UTF-8,
 * `;` `,` and tab, French numbers, personal and unknown columns, faults of
 * every kind) against expected outputs kept in test/fixtures/messy/expected/.
 */
import { fileURLToPath } from 'node:url';
import { describe, it, expect, beforeAll } from 'vitest';
import { readSources } from '../../../src/lib/ingest/sources.ts';
import { runPipeline } from '../../../src/lib/pipeline/index.ts';
import type { PipelineOutput } from '../../../src/lib/pipeline/index.ts';
import { text } from '../../../src/lib/formats/content.ts';
import { expectGolden } from '../../golden.ts';

const fixture = (path: string): string => fileURLToPath(new URL(`../../fixtures/messy/${path}`, import.meta.url));

let output: PipelineOutput;
beforeAll(async () => {
  output = runPipeline(await readSources(fixture('input')), { fictif: false }, '2026-01-01T00:00:00.000Z');
});

describe('pipeline on messy exports', () => {
  for (const name of ['indicateurs.csv', 'initiatives.csv', 'initiatives.json', 'alliances.csv', 'priorites.csv', 'contexte.csv', 'pratiques.csv', 'datapackage.json']) {
    it(`writes dist/donnees/${name} as expected`, async () => {
      await expectGolden(text(output.publicFiles[name]!), fixture(`expected/donnees/${name}`));
    });
  }
  for (const name of ['rejets.csv', 'validation.json']) {
    it(`writes reports/${name} as expected`, async () => {
      await expectGolden(text(output.reportFiles[name]!), fixture(`expected/reports/${name}`));
    });
  }

  it('accounts for every row of every file', () => {
    for (const f of output.ingest.files) expect(f.lignes, f.fichier).toBe(f.publiees + f.rejetees + f.doublons);
    const total = output.ingest.files.reduce((n, f) => n + f.lignes, 0);
    expect(total).toBe(63);
  });

  it('never publishes personal or unknown columns, nor their values', () => {
    // The text files; the workbooks are checked in test/lib/publish/workbooks.test.ts.
    const published = Object.entries(output.publicFiles).filter(([name]) => !name.endsWith('.xlsx')).map(([, content]) => text(content)).join('\n');
    expect(published).not.toContain('marie.tremblay@exemple.org');
    expect(published).not.toContain('prenom.nom@exemple.org');
    expect(published).not.toContain('à revoir');
    expect(published.toLowerCase()).not.toContain('courriel');
  });

  it('neutralises formulas in published text cells', () => {
    const csv = text(output.publicFiles['initiatives.csv']!);
    expect(csv).toContain(",'=cmd|calc,");
    expect(csv).not.toContain(',=cmd');
  });

  it('reads Windows-1252 without mojibake', () => {
    const csv = text(output.publicFiles['initiatives.csv']!);
    expect(csv).toContain('Épicerie solidaire');
    expect(csv).not.toMatch(/Ã|�/);
  });
});
