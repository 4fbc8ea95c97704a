/**
 * Contract §2.1 (version 3): the published data package is read by the
 * Frictionless reference client (`datapackage` on npm: every CSV resource
 * cast with zero errors) and by DuckDB, with the types it declares. Both
 * clients run on the files the pipeline writes: from the sample plus rows
 * at the edges of what the ingest accepts, and from the messy exports of
 * the golden test.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceFile } from '../../../src/lib/ingest/index.ts';
import { readSources } from '../../../src/lib/ingest/sources.ts';
import { runPipeline, writeFiles } from '../../../src/lib/pipeline/index.ts';
import { csvRows } from '../../../src/lib/publish/csvRows.ts';
import { fromString } from '../../../src/lib/formats/content.ts';
import type { Field } from '../../../src/lib/publish/datapackage.ts';
import { generateCombined } from '../../../tools/hostile/generate.ts';

/** The parts of the `datapackage` client (CommonJS, untyped) these tests use. */
interface CastError extends Error { rowNumber?: number; errors?: Error[] }
interface ClientResource {
  readonly name: string;
  readonly descriptor: { readonly format?: string; readonly path: string };
  iter(options: { cast: boolean; forceCast: boolean }): Promise<AsyncIterable<unknown[] | CastError>>;
}
interface ClientPackage { readonly valid: boolean; readonly errors: Error[]; readonly resources: ClientResource[] }
const { Package } = createRequire(import.meta.url)('datapackage') as { Package: { load(path: string): Promise<ClientPackage> } };

interface Resource {
  name: string; path: string; format: string; encoding?: string;
  dialect?: { delimiter: string; quoteChar: string; header: boolean };
  schema?: { fields: Field[]; missingValues?: string[] };
}

const root = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** Initiatives at the edges of what the ingest publishes: formula-like text, quotes, line breaks, links the `uri` format refuses. */
const EDGE_IDS = ['LIMITE-1', 'LIMITE-2'];
const EDGE_CSV = [
  'annee;region;id;titre;organisme;mrc;priorite;priorite_regionale;statut;date_debut;date_fin;montant_fqis;autres_contributions;personnes_rejointes;cibles_atteintes;nb_organisations;secteurs;mise_en_commun;participation_personnes;pratique_gagnante;description;resultats;lien',
  '2025-2026;13;LIMITE-1;-Moins de pauvreté, plus de « liens »;=Organisme (formule);Laval;prevention;Non reçu;completee;01/12/2025;;12 500,50 $;0;1 234;oui;2;communautaire|municipal;oui;non;oui;"Ligne 1\r\nLigne 2, avec ""guillemets"" et virgule";@résultat;http://intranet/projet',
  '2025-2026;13;LIMITE-2;+Titre;Organisme;;prevention;;en-cours;2025-11-15;2026-10-31;0,5;;;;;;;;;;;https://exemple.org/mon projet',
].join('\r\n');

interface Published {
  readonly dir: string;
  readonly resources: Resource[];
  /** CSV path → its records, header first. */
  readonly records: Map<string, string[][]>;
}

async function publish(sources: SourceFile[], fictif: boolean): Promise<Published> {
  const output = runPipeline(sources, { fictif }, '2026-01-01T00:00:00.000Z');
  const dir = await mkdtemp(join(tmpdir(), 'datapackage-clients-'));
  await writeFiles(dir, output.publicFiles);
  const resources = (JSON.parse(await readFile(join(dir, 'datapackage.json'), 'utf8')) as { resources: Resource[] }).resources;
  const records = new Map<string, string[][]>();
  for (const r of resources) if (r.format === 'csv') records.set(r.path, [...csvRows(output.publicFiles[r.path]!)]);
  return { dir, resources, records };
}

const inputs: Record<string, () => Promise<Published>> = {
  'the sample with edge rows': async () =>
    publish([...(await readSources(root('data/exports'))), { fichier: 'zz-limites/initiatives.csv', bytes: new TextEncoder().encode(EDGE_CSV) }], true),
  'the messy exports': async () => publish(await readSources(root('test/fixtures/messy/input')), false),
  // Contract §1.5 and §2.1: the package holds whatever hostile files the folder had (issue #16).
  'every hostile fixture, with the sample': async () => {
    const dir = await mkdtemp(join(tmpdir(), 'datapackage-hostile-'));
    try {
      generateCombined(dir);
      return await publish(await readSources(dir), true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};

const sql = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** What DuckDB's sniffer may infer for a field it holds a value of. */
const INFERRED: Record<Field['type'], RegExp> = {
  string: /^VARCHAR$/,
  boolean: /^VARCHAR$/, // oui/non: text for DuckDB, mapped with trueValues/falseValues
  date: /^DATE$/,
  integer: /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)$/,
  number: /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|DOUBLE|FLOAT|DECIMAL\(\d+,\d+\))$/,
};
/** The SQL type a consumer gives each field when it reads the CSV with the package's schema. */
const DECLARED: Record<Field['type'], string> = { string: 'VARCHAR', boolean: 'VARCHAR', date: 'DATE', integer: 'BIGINT', number: 'DOUBLE' };

/** Whether a cast value has its field's type (null: not reported). */
function hasType(value: unknown, type: Field['type']): boolean {
  if (value === null) return true;
  switch (type) {
    case 'string': return typeof value === 'string';
    case 'boolean': return typeof value === 'boolean';
    case 'integer': return Number.isSafeInteger(value);
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'date': return value instanceof Date && !Number.isNaN(value.getTime());
  }
}

for (const [label, make] of Object.entries(inputs)) {
  describe(`data package from ${label}`, () => {
    let published: Published;
    let db: DuckDBInstance;
    let con: DuckDBConnection;
    const csvResources = (): Resource[] => published.resources.filter((r) => r.format === 'csv');

    beforeAll(async () => {
      published = await make();
      db = await DuckDBInstance.create(':memory:');
      con = await db.connect();
    }, 180_000);
    afterAll(async () => {
      con.closeSync();
      db.closeSync();
      await rm(published.dir, { recursive: true, force: true });
    });

    it('declares IANA encodings, and CSV files without a BOM', async () => {
      expect(csvResources().map((r) => r.path)).toEqual(['initiatives.csv', 'indicateurs.csv', 'alliances.csv', 'priorites.csv', 'contexte.csv', 'pratiques.csv']);
      for (const r of published.resources.filter((r) => r.encoding !== undefined)) expect(r.encoding, r.name).toBe('utf-8');
      for (const r of csvResources()) {
        const head = (await readFile(join(published.dir, r.path))).subarray(0, 3);
        expect([...head], r.path).not.toEqual([0xef, 0xbb, 0xbf]);
      }
      if (label.startsWith('the sample')) {
        const ids = published.records.get('initiatives.csv')!.map((row) => row[4]);
        expect(ids).toEqual(expect.arrayContaining(EDGE_IDS));
      }
    });

    it('is read by the Frictionless reference client: every CSV resource cast with zero errors, values of the declared types', async () => {
      const pkg = await Package.load(join(published.dir, 'datapackage.json'));
      expect(pkg.errors.map((e) => e.message)).toEqual([]);
      expect(pkg.valid).toBe(true);
      const read = pkg.resources.filter((r) => r.descriptor.format === 'csv');
      expect(read.map((r) => r.descriptor.path)).toEqual(csvResources().map((r) => r.path));
      for (const resource of read) {
        const fields = csvResources().find((r) => r.name === resource.name)!.schema!.fields;
        const errors: string[] = [];
        const wrongTypes = new Set<string>();
        let rows = 0;
        try {
          for await (const row of await resource.iter({ cast: true, forceCast: true })) {
            if (row instanceof Error) {
              for (const e of row.errors?.length ? row.errors : [row]) errors.push(`ligne ${row.rowNumber ?? '?'} : ${e.message}`);
              continue;
            }
            rows++;
            row.forEach((value, i) => {
              if (!hasType(value, fields[i]!.type)) wrongTypes.add(`${fields[i]!.name}: ${String(value)}`);
            });
          }
        } catch (error) {
          errors.push((error as Error).message);
        }
        expect(errors.slice(0, 5), resource.name).toEqual([]);
        expect([...wrongTypes].slice(0, 5), resource.name).toEqual([]);
        expect(rows, resource.name).toBe(published.records.get(resource.descriptor.path)!.length - 1);
      }
    });

    it('is read by DuckDB: header names are the fields, each inferred type fits the declared one', async () => {
      for (const r of csvResources()) {
        const fields = r.schema!.fields;
        const described = (await con.runAndReadAll(`DESCRIBE SELECT * FROM read_csv_auto(${sql(join(published.dir, r.path))})`)).getRowObjectsJS();
        expect(described.map((c) => c['column_name']), r.path).toEqual(fields.map((f) => f.name));
        // A column with no value at all is VARCHAR whatever it holds; its values are checked below.
        const counts = (await con.runAndReadAll(`SELECT ${fields.map((f) => `count(${ident(f.name)})`).join(', ')} FROM read_csv_auto(${sql(join(published.dir, r.path))}, all_varchar = true)`)).getRows()[0]!;
        const misfits = fields
          .map((f, i) => ({ f, type: String(described[i]!['column_type']), values: Number(counts[i]) }))
          .filter(({ f, type, values }) => values > 0 && !INFERRED[f.type].test(type))
          .map(({ f, type }) => `${f.name}: ${f.type} lu ${type}`);
        expect(misfits, r.path).toEqual([]);
      }
    });

    it('is read by DuckDB with the declared types, dialect and encoding: every value converts', async () => {
      for (const r of csvResources()) {
        const fields = r.schema!.fields;
        const columns = `{${fields.map((f) => `${sql(f.name)}: ${sql(DECLARED[f.type])}`).join(', ')}}`;
        const source = `read_csv(${sql(join(published.dir, r.path))}, header = ${r.dialect!.header}, delim = ${sql(r.dialect!.delimiter)}, quote = ${sql(r.dialect!.quoteChar)}, escape = ${sql(r.dialect!.quoteChar)}, encoding = ${sql(r.encoding!)}, auto_detect = false, columns = ${columns})`;
        const total = Number((await con.runAndReadAll(`SELECT count(*) FROM ${source}`)).getRows()[0]![0]);
        expect(total, r.path).toBe(published.records.get(r.path)!.length - 1);
        for (const f of fields.filter((f) => f.type === 'boolean')) {
          const allowed = [...f.trueValues!, ...f.falseValues!].map(sql).join(', ');
          const others = (await con.runAndReadAll(`SELECT DISTINCT ${ident(f.name)} FROM ${source} WHERE ${ident(f.name)} NOT IN (${allowed})`)).getRows();
          expect(others, `${r.path} ${f.name}`).toEqual([]);
        }
        for (const f of fields.filter((f) => f.constraints?.required)) {
          const missing = Number((await con.runAndReadAll(`SELECT count(*) FROM ${source} WHERE ${ident(f.name)} IS NULL`)).getRows()[0]![0]);
          expect(missing, `${r.path} ${f.name}`).toBe(0);
        }
      }
    });
  });
}

describe('what the Frictionless reference client refuses (why the package is as it is)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'datapackage-refused-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const errorsOf = async (csv: string, resource: object): Promise<string[]> => {
    await writeFiles(dir, {
      'f.csv': fromString(csv),
      'datapackage.json': fromString(JSON.stringify({ name: 'essai', resources: [{ name: 'f', path: 'f.csv', format: 'csv', ...resource }] })),
    });
    const pkg = await Package.load(join(dir, 'datapackage.json'));
    const errors: string[] = [];
    try {
      for await (const row of await pkg.resources[0]!.iter({ cast: true, forceCast: true })) {
        if (row instanceof Error) errors.push(...(row.errors?.length ? row.errors : [row]).map((e) => e.message));
      }
    } catch (error) {
      errors.push((error as Error).message);
    }
    return errors;
  };
  const schema = { fields: [{ name: 'annee', type: 'string' }, { name: 'lien', type: 'string', format: 'uri' }] };
  const csv = 'annee,lien\r\n2025-2026,http://intranet/projet\r\n';

  it('refuses the encoding utf-8-sig, and a BOM read as utf-8 hides the first header', async () => {
    expect(await errorsOf(`\uFEFF${csv}`, { encoding: 'utf-8-sig', schema: { fields: [schema.fields[0]!, { name: 'lien', type: 'string' }] } })).toEqual(['Unknown encoding: utf-8-sig']);
    expect(await errorsOf(`\uFEFF${csv}`, { encoding: 'utf-8', schema: { fields: [schema.fields[0]!, { name: 'lien', type: 'string' }] } })).toEqual(["The column header name 'annee' is missing"]);
    expect(await errorsOf(csv, { encoding: 'utf-8', schema: { fields: [schema.fields[0]!, { name: 'lien', type: 'string' }] } })).toEqual([]);
  });

  it('refuses, as `uri`, links the ingest publishes', async () => {
    expect(await errorsOf(csv, { encoding: 'utf-8', schema })).toHaveLength(1);
  });
});
