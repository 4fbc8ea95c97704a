/** The `mrc` column matched to the 104 MRC (issue #4): warnings keep the row. */
import { describe, it, expect } from 'vitest';
import { INITIATIVE_COLUMNS, fileReport, ingest, initiatives, source, warnings } from './helpers.ts';

const file = (mrc: string, region = '04'): ReturnType<typeof ingest> =>
  ingest(source('x.csv', initiatives([{ MRC: mrc, 'Région': region }], [...INITIATIVE_COLUMNS, 'MRC'])));

describe('MRC of an initiative', () => {
  it('publishes a matched MRC under its official name, with no warning', () => {
    const r = file('les chenaux|MASKINONGE');
    expect(r.dataset.initiatives[0]!.mrc).toEqual(['Les Chenaux', 'Maskinongé']);
    expect(warnings(r)).toEqual([]);
  });

  it('matches by code and without the leading article', () => {
    expect(file('372').dataset.initiatives[0]!.mrc).toEqual(['Les Chenaux']);
    expect(file('Chenaux').dataset.initiatives[0]!.mrc).toEqual(['Les Chenaux']);
  });

  it('keeps the row with a warning for an unknown MRC, published as written', () => {
    const r = file('Atlantide');
    expect(r.dataset.initiatives[0]!.mrc).toEqual(['Atlantide']);
    expect(warnings(r)).toEqual([
      expect.objectContaining({ fichier: 'x.csv', ligne: 2, colonne: 'MRC', valeur: 'Atlantide', raison: expect.stringContaining('MRC inconnue') }),
    ]);
    expect(fileReport(r, 'x.csv')).toMatchObject({ publiees: 1, rejetees: 0, avertissements: 1 });
  });

  it('keeps the row with a warning for an MRC of another region', () => {
    const r = file('Le Granit', '04');
    expect(r.dataset.initiatives[0]!.mrc).toEqual(['Le Granit']);
    expect(warnings(r)[0]!.raison).toContain("n’appartient pas à la région");
  });

  it('leaves region-wide initiatives (empty mrc) alone', () => {
    const r = file('');
    expect(r.dataset.initiatives[0]!.mrc).toBeNull();
    expect(warnings(r)).toEqual([]);
  });
});
