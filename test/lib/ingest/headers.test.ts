import { describe, it, expect } from 'vitest';
import { columnNamed, looksPersonal, normaliseHeader, recogniseKind, resolveHeader } from '../../../src/lib/ingest/headers.ts';
import { KINDS, SCHEMAS, requiredColumns } from '../../../src/lib/contract/columns.ts';

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
    expect(recogniseKind(header)).toEqual({ kind: null, closest: { kind: 'initiatives', missing: [{ column: 'montant_fqis', closest: null }] } });
  });

  it('on a tie, names the kind whose header is most complete', () => {
    // Lacks one column of initiatives (montant_fqis) and one of alliances (nom).
    const header = ['alliance', ...requiredColumns('initiatives').filter((c) => c !== 'montant_fqis')];
    expect(recogniseKind(header).closest).toEqual({ kind: 'initiatives', missing: [{ column: 'montant_fqis', closest: null }] });
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

describe('columnNamed (canonical names and the synonyms of contract §1.4, per kind)', () => {
  it('knows the columns of each kind and only those', () => {
    expect(columnNamed('initiatives', 'montant_fqis')).toBe('montant_fqis');
    expect(columnNamed('alliances', 'site_web')).toBe('site_web');
    expect(columnNamed('alliances', 'montant_fqis')).toBeNull();
    expect(columnNamed('initiatives', 'courriel')).toBeNull();
    expect(columnNamed('initiatives', 'region_nom')).toBeNull();
    for (const column of SCHEMAS.indicateurs) expect(columnNamed('indicateurs', column.name)).toBe(column.name);
  });

  it.each([
    ['initiatives', 'Organisme porteur', 'organisme'],
    ['initiatives', 'Titre de l’initiative', 'titre'],
    ['initiatives', 'Montant FQIS ($)', 'montant_fqis'],
    ['initiatives', 'Montant versé', 'montant_fqis'],
    ['initiatives', 'Code', 'id'],
    ['initiatives', 'Site Web', 'lien'],
    ['initiatives', "État d'avancement", 'statut'],
    ['initiatives', 'Start date', 'date_debut'],
    ['initiatives', 'Pratique gagnante?', 'pratique_gagnante'],
    ['priorites', 'Titre', 'libelle'],
    ['priorites', 'Code', 'code'],
    ['indicateurs', 'Résultat', 'valeur'],
    ['alliances', "Nom de l'Alliance", 'nom'],
    ['contexte', 'Année financière', 'annee'],
  ] as const)('in a %s file, %j names %s', (kind, header, column) => {
    expect(columnNamed(kind, normaliseHeader(header))).toBe(column);
  });

  it('never lets a synonym name two columns of a kind, nor shadow a canonical name', () => {
    for (const kind of KINDS) {
      const canonical = new Set(SCHEMAS[kind].map((c) => c.name));
      const seen = new Map<string, string>();
      for (const column of SCHEMAS[kind]) {
        for (const synonym of column.synonyms.map(normaliseHeader)) {
          if (canonical.has(synonym)) continue;
          expect(seen.get(synonym) ?? column.name, `${kind}: ${synonym}`).toBe(column.name);
          seen.set(synonym, column.name);
        }
      }
    }
  });
});

describe('resolveHeader (a canonical name wins over a synonym of the same column)', () => {
  it('reads `titre` and reports `projet` as taken, whatever their order', () => {
    const { roles, positions } = resolveHeader('initiatives', ['projet', 'titre']);
    expect(positions.get('titre')).toBe(1);
    expect(roles[0]).toEqual({ role: 'taken', column: 'titre', by: 1, canonical: false });
    expect(roles[1]).toEqual({ role: 'column', column: 'titre' });
  });

  it('reads the first of two synonyms', () => {
    const { roles } = resolveHeader('initiatives', ['projet', 'nom_du_projet']);
    expect(roles.map((r) => r.role)).toEqual(['column', 'taken']);
  });
});

describe('recogniseKind with partners’ headers', () => {
  const partner = ['Année financière', 'Région administrative', 'No', "Titre de l'initiative", 'Organisme porteur', 'Priorité nationale', "État d'avancement", 'Date de début', 'Montant FQIS ($)'];

  it('recognises an initiatives file written only with synonyms', () => {
    expect(recogniseKind(partner).kind).toBe('initiatives');
  });

  it('names each missing column and the file’s closest header', () => {
    const header = partner.map((h) => (h === 'Organisme porteur' ? 'Orgnisme porteur' : h === 'Date de début' ? 'Débuté le' : h));
    expect(recogniseKind(header)).toEqual({
      kind: null,
      closest: {
        kind: 'initiatives',
        missing: [
          { column: 'organisme', closest: 'Orgnisme porteur' },
          { column: 'date_debut', closest: 'Débuté le' },
        ],
      },
    });
  });

  it('names no look-alike when nothing is close', () => {
    const header = partner.filter((h) => h !== 'Montant FQIS ($)').concat('Commentaires');
    expect(recogniseKind(header).closest?.missing).toEqual([{ column: 'montant_fqis', closest: null }]);
  });

  it('on two qualifying kinds, takes the one naming more of the file’s headers', () => {
    // Names every required column of contexte and of indicateurs; four more headers are indicateurs columns.
    const header = ['annee', 'region', 'population', 'source', 'indicateur', 'valeur', 'libelle', 'unite', 'commentaire'];
    expect(recogniseKind(header).kind).toBe('indicateurs');
  });
});
