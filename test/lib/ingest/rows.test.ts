import { describe, it, expect } from 'vitest';
import { cellText, layoutFor, readRow } from '../../../src/lib/ingest/rows.ts';
import { SCHEMAS } from '../../../src/lib/contract/columns.ts';
import type { Problem } from '../../../src/lib/ingest/problems.ts';

/** A problem as the report writes it (its cause left aside). */
const reported = ({ cause: _cause, ...p }: Problem): Omit<Problem, 'cause'> => p;

const HEADER = ['Année', 'Région', 'ID', 'Titre', 'Organisme', 'Priorité', 'Statut', 'Date début', 'Montant FQIS', 'Lien', 'Notes internes', 'Courriel'];
const ROW = ['2024-2025', 'Mauricie', 'A1', 'Cuisines', 'Moisson', 'Sécurité alimentaire', 'En cours', '01/11/2024', '12 500,50 $', 'https://exemple.org', 'à revoir', 'marie@exemple.org'];

describe('layoutFor', () => {
  it('maps schema columns to header positions whatever their spelling', () => {
    const layout = layoutFor('initiatives', HEADER, 'f.csv', 1);
    expect(layout.byName.get('montant_fqis')).toMatchObject({ index: 8, header: 'Montant FQIS' });
    expect(layout.byName.get('date_debut')).toMatchObject({ index: 7, header: 'Date début' });
    expect(layout.byName.get('mrc')?.index).toBe(-1);
    expect(layout.columns.map((c) => c.column.name)).toEqual(SCHEMAS.initiatives.map((c) => c.name));
  });

  it('warns once per unknown, personal, duplicate or unnamed column, on the header line', () => {
    const layout = layoutFor('initiatives', [...HEADER, 'titre', ''], 'dossier/f.csv', 3);
    expect(layout.problems.map(reported)).toEqual([
      { fichier: 'dossier/f.csv', ligne: 3, colonne: 'Notes internes', valeur: '', raison: 'colonne inconnue : jamais publiée', gravite: 'avertissement' },
      {
        fichier: 'dossier/f.csv',
        ligne: 3,
        colonne: 'Courriel',
        valeur: '',
        raison: 'colonne qui semble contenir des renseignements personnels : jamais publiée',
        gravite: 'avertissement',
      },
      { fichier: 'dossier/f.csv', ligne: 3, colonne: 'titre', valeur: '', raison: 'colonne en double : seule la première est lue', gravite: 'avertissement' },
      { fichier: 'dossier/f.csv', ligne: 3, colonne: '', valeur: '', raison: 'colonne sans nom : ignorée', gravite: 'avertissement' },
    ]);
    expect(layout.byName.get('titre')?.index).toBe(3);
  });

  it('reports nothing for a header of known columns', () => {
    expect(layoutFor('priorites', ['Région', 'Code', 'Libellé'], 'p.csv', 1).problems).toEqual([]);
  });
});

describe('readRow', () => {
  const layout = layoutFor('initiatives', HEADER, 'f.csv', 1);

  it('reads every value to its canonical form, region_nom right after region', () => {
    const c = readRow(layout, { line: 2, fields: ROW }, 'id');
    expect(c.errors).toBeUndefined();
    expect(c.warnings).toBeUndefined();
    expect(c.keyText).toBe('A1');
    expect(c.values).toMatchObject({
      annee: '2024-2025',
      region: '04',
      region_nom: 'Mauricie',
      id: 'A1',
      priorite: 'securite-alimentaire',
      statut: 'en-cours',
      date_debut: '2024-11-01',
      montant_fqis: 12500.5,
      lien: 'https://exemple.org',
      mrc: null,
      date_fin: null,
    });
    const keys = Object.keys(c.values);
    expect(keys.slice(0, 3)).toEqual(['annee', 'region', 'region_nom']);
    expect(keys).toHaveLength(SCHEMAS.initiatives.length + 1);
  });

  it('never copies an unknown or personal column into the row', () => {
    const c = readRow(layout, { line: 2, fields: ROW }, 'id');
    expect(Object.keys(c.values)).not.toContain('notes_internes');
    expect(Object.keys(c.values)).not.toContain('courriel');
    expect(JSON.stringify(c.values)).not.toContain('marie@exemple.org');
    expect(JSON.stringify(c.values)).not.toContain('à revoir');
  });

  it('reports an error per bad cell, with the header as written and the value as read', () => {
    const fields = [...ROW];
    fields[1] = '18';
    fields[8] = '-5';
    const c = readRow(layout, { line: 7, fields }, 'id');
    expect(c.errors?.map(reported)).toEqual([
      { fichier: 'f.csv', ligne: 7, colonne: 'Région', valeur: '18', raison: 'région inconnue', gravite: 'erreur' },
      { fichier: 'f.csv', ligne: 7, colonne: 'Montant FQIS', valeur: '-5', raison: 'montant négatif', gravite: 'erreur' },
    ]);
    // A rejected row's values are not built (never read again); its region is kept, unreadable here.
    expect(c.values).toEqual({});
    expect(c.region).toBeNull();
  });

  it('reads a missing trailing cell as empty: a required one is an error', () => {
    const c = readRow(layout, { line: 2, fields: ROW.slice(0, 8) }, 'id');
    expect(c.errors?.map(reported)).toEqual([
      { fichier: 'f.csv', ligne: 2, colonne: 'Montant FQIS', valeur: '', raison: 'valeur obligatoire manquante', gravite: 'erreur' },
    ]);
  });

  it('treats a non-http link as a warning and drops it', () => {
    const fields = [...ROW];
    fields[9] = 'javascript:alert(1)';
    const c = readRow(layout, { line: 2, fields }, 'id');
    expect(c.errors).toBeUndefined();
    expect(c.warnings?.map(reported)).toEqual([
      { fichier: 'f.csv', ligne: 2, colonne: 'Lien', valeur: 'javascript:alert(1)', raison: "lien qui n’est pas une adresse http ou https : retiré", gravite: 'avertissement' },
    ]);
    expect(c.values['lien']).toBeNull();
  });

  it('rejects a row with more fields than the header, even empty ones (an unquoted delimiter shifts columns)', () => {
    const c = readRow(layout, { line: 4, fields: [...ROW, 'x', '', 'y'] }, 'id');
    expect(c.errors?.map(reported)).toEqual([
      {
        fichier: 'f.csv',
        ligne: 4,
        colonne: '',
        valeur: 'x |  | y',
        raison: "la ligne compte 15 champs, l’en-tête 12 : une valeur contient peut-être le délimiteur sans guillemets",
        gravite: 'erreur',
      },
    ]);
    expect(readRow(layout, { line: 2, fields: [...ROW, ''] }, 'id').errors?.[0]?.raison).toMatch(/^la ligne compte 13 champs, l’en-tête 12/);
  });

  it('accepts a row with exactly as many fields as the header', () => {
    expect(readRow(layout, { line: 2, fields: ROW }, 'id').errors).toBeUndefined();
  });

  it('turns broken quoting into an error on the row', () => {
    const c = readRow(layout, { line: 5, fields: ROW, quoteError: { code: 'guillemets-mal-places' } }, 'id');
    expect(c.errors?.[0]).toEqual({ fichier: 'f.csv', ligne: 5, colonne: '', valeur: '', raison: 'guillemets mal placés dans un champ', gravite: 'erreur', cause: { code: 'guillemets-mal-places' } });
  });

  it('gives the same values for the same text on every row', () => {
    const a = readRow(layout, { line: 2, fields: ROW }, 'id');
    const b = readRow(layout, { line: 3, fields: ROW }, 'id');
    expect(b.values).toEqual(a.values);
  });

  it('cellText returns the cell as written, or empty for an absent column', () => {
    expect(cellText(layout, ROW, 'montant_fqis')).toBe('12 500,50 $');
    expect(cellText(layout, ROW, 'mrc')).toBe('');
  });
});
