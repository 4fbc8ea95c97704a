import { describe, it, expect } from 'vitest';
import { isKnownColumn, looksPersonal, normaliseHeader, recogniseKind } from '../../../src/lib/ingest/headers.ts';
import { SCHEMAS, requiredColumns } from '../../../src/lib/schema/contract.ts';

const norm = (names: readonly string[]): string[] => names.map(normaliseHeader);

describe('normaliseHeader (case, accents, spaces, hyphens, blanks do not matter)', () => {
  it('reads Montant FQIS, montant_fqis and " MONTANT-FQIS " as one column', () => {
    expect(normaliseHeader('Montant FQIS')).toBe('montant_fqis');
    expect(normaliseHeader('montant_fqis')).toBe('montant_fqis');
    expect(normaliseHeader(' MONTANT-FQIS ')).toBe('montant_fqis');
  });

  it.each<[string, string]>([
    ['Année', 'annee'],
    ['ANNÉE', 'annee'],
    ['Région', 'region'],
    ['Date début', 'date_debut'],
    ['Date  de  fin', 'date_de_fin'],
    ['Priorité régionale', 'priorite_regionale'],
    ['Montant FQIS ($)', 'montant_fqis'],
    ['Nb. organisations', 'nb_organisations'],
    ['\tID\u00a0', 'id'],
    ['Site Web', 'site_web'],
    ['Date d’approbation plan', 'date_d_approbation_plan'],
  ])('normalises %j to %s', (raw, expected) => {
    expect(normaliseHeader(raw)).toBe(expected);
  });

  it('normalises a blank name to empty', () => {
    expect(normaliseHeader('  ')).toBe('');
    expect(normaliseHeader('---')).toBe('');
  });
});

describe('recogniseKind (from the header, never the file name)', () => {
  it('recognises an alliances header', () => {
    expect(recogniseKind(norm(['Alliance', 'Région', 'Nom', 'Responsable', 'Site Web']))).toEqual({ kind: 'alliances' });
  });

  it('recognises a priorites header', () => {
    expect(recogniseKind(norm(['Région', 'Alliance', 'Code', 'Libellé', 'Priorité']))).toEqual({ kind: 'priorites' });
  });

  it('recognises an initiatives header, in any column order, with extra columns', () => {
    const header = ['Montant FQIS', 'Statut', 'Titre', 'ID', 'Région', 'Année', 'Organisme', 'Priorité', 'Date début', 'Courriel', 'Notes'];
    expect(recogniseKind(norm(header))).toEqual({ kind: 'initiatives' });
  });

  it('recognises an indicateurs header', () => {
    expect(recogniseKind(norm(['Année', 'Région', 'Alliance', 'Indicateur', 'Valeur', 'Libellé']))).toEqual({ kind: 'indicateurs' });
  });

  it('prefers the most specific kind when a header names the columns of two', () => {
    const both = [...requiredColumns('initiatives'), ...requiredColumns('indicateurs')];
    expect(recogniseKind(both).kind).toBe('initiatives');
  });

  it('recognises every kind from exactly its required columns', () => {
    for (const kind of ['alliances', 'priorites', 'initiatives', 'indicateurs'] as const) {
      expect(recogniseKind(requiredColumns(kind)).kind).toBe(kind);
    }
  });

  it('recognises no kind for an unrelated header, and says what the closest kind lacks', () => {
    const match = recogniseKind(norm(['Nom', 'Prénom', 'Ville']));
    expect(match.kind).toBeNull();
    expect(match.closest).toBeDefined();
  });

  it('names the missing column when a required one is absent', () => {
    const header = requiredColumns('initiatives').filter((c) => c !== 'montant_fqis');
    expect(recogniseKind(header)).toEqual({ kind: null, closest: { kind: 'initiatives', missing: ['montant_fqis'] } });
  });

  it('on a tie, names the kind whose header is most complete', () => {
    // Lacks one column of initiatives (montant_fqis) and one of alliances (nom).
    const header = ['alliance', ...requiredColumns('initiatives').filter((c) => c !== 'montant_fqis')];
    expect(recogniseKind(header).closest).toEqual({ kind: 'initiatives', missing: ['montant_fqis'] });
  });

  it('recognises nothing in an empty header', () => {
    expect(recogniseKind([]).kind).toBeNull();
  });
});

describe('looksPersonal (columns never published, with a warning that says so)', () => {
  it.each([
    'Courriel',
    'Téléphone',
    'telephone',
    'Email du contact',
    'E-mail',
    'NAS',
    'responsable_nom',
    'Responsable - Nom',
    'Nom du responsable',
    'Contact',
    'Tél.',
    'Cellulaire',
    'Adresse courriel',
    "Numéro d'assurance sociale",
    'Prénom',
    'Date de naissance',
  ])('flags %j', (name) => {
    expect(looksPersonal(normaliseHeader(name))).toBe(true);
  });

  it.each(['responsable', 'nom', 'Organisme', 'Titre', 'Nasdaq', 'Contacts établis', 'Télévision', 'Description', 'Montant FQIS'])(
    'does not flag %j',
    (name) => {
      expect(looksPersonal(normaliseHeader(name))).toBe(false);
    },
  );
});

describe('isKnownColumn', () => {
  it('knows the columns of each kind and only those', () => {
    expect(isKnownColumn('initiatives', 'montant_fqis')).toBe(true);
    expect(isKnownColumn('alliances', 'site_web')).toBe(true);
    expect(isKnownColumn('alliances', 'montant_fqis')).toBe(false);
    expect(isKnownColumn('initiatives', 'courriel')).toBe(false);
    expect(isKnownColumn('initiatives', 'region_nom')).toBe(false);
    for (const column of SCHEMAS.indicateurs) expect(isKnownColumn('indicateurs', column.name)).toBe(true);
  });
});
