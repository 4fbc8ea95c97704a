import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { MRC_LIST, findMrc, mrcsOfRegion } from '../../../src/lib/contract/mrc.ts';
import { readCsv } from '../../../src/lib/formats/read.ts';

describe('MRC reference', () => {
  it('equals data/geo/mrc.csv, row for row', () => {
    const table = readCsv(readFileSync(new URL('../../../data/geo/mrc.csv', import.meta.url)));
    expect(MRC_LIST.map((m) => [m.code, m.name, m.region])).toEqual(table.records.map((r) => r.fields));
    expect(MRC_LIST).toHaveLength(104);
  });

  it.each([
    ['Le Granit', '300'],
    ['Granit', '300'],
    ['le granit', '300'],
    ['LES CHENAUX', '372'],
    ['Chenaux', '372'],
    ["L'Érable", '320'],
    ['Erable', '320'],
    ['Maskinongé', '510'],
    ['maskinonge', '510'],
    ['La Haute-Yamaska', '470'],
    ['Haute Yamaska', '470'],
    ['Brome–Missisquoi', '460'],
    ['070', '070'],
    ['07', '070'],
  ])('finds %j as %s', (input, code) => {
    expect(findMrc(input)?.code).toBe(code);
  });

  it('finds nothing for an unknown name or code', () => {
    expect(findMrc('Atlantide')).toBeUndefined();
    expect(findMrc('999')).toBeUndefined();
    expect(findMrc('')).toBeUndefined();
  });

  it('lists a region’s MRC', () => {
    expect(mrcsOfRegion('13').length).toBeGreaterThanOrEqual(1);
    expect(mrcsOfRegion('04').map((m) => m.code)).toContain('510');
  });
});
