import { describe, it, expect } from 'vitest';
import {
  Invalid,
  MAX_AMOUNT,
  MAX_COUNT,
  TOO_LARGE_AMOUNT,
  TOO_LARGE_COUNT,
  parseAmount,
  parseCount,
  parseDate,
  parseIndicatorCode,
  parseNumber,
  parsePriority,
  parseRegion,
  parseSectors,
  parseStatus,
  parseTargets,
  parseUrl,
  parseYear,
  parseYesNo,
  splitList,
} from '../../../src/lib/ingest/values.ts';
import type { Parsed } from '../../../src/lib/ingest/values.ts';
import { SECTORS } from '../../../src/lib/contract/codes.ts';

/** The reason of an `Invalid`; fails the test on anything else. */
function reason<T>(parsed: Parsed<T>): string {
  if (!(parsed instanceof Invalid)) throw new Error(`expected Invalid, got ${JSON.stringify(parsed)}`);
  return parsed.reason;
}

describe('parseAmount (contract §1.1)', () => {
  it.each<[string, number]>([
    ['12500', 12500],
    ['12500.5', 12500.5],
    ['12 500,50 $', 12500.5],
    ['12 500,50', 12500.5],
    ['12500,50', 12500.5],
    ['12 500 $', 12500],
    ['$12 500', 12500],
    ['$ 12 500,50', 12500.5],
    ['12 500,50$', 12500.5],
    ['12\u2009500,50 $', 12500.5],
    ['12\u00a0500,50\u00a0$', 12500.5],
    ['12\u202f500\u202f$', 12500],
    ['1\u202f234\u202f567,89', 1234567.89],
    ['12,500.50', 12500.5],
    ['1,234,567.89', 1234567.89],
    ['1,234,567', 1234567],
    ['  750  ', 750],
    ['0', 0],
    ['0,5', 0.5],
  ])('reads %j as %d', (raw, expected) => {
    expect(parseAmount(raw)).toBe(expected);
  });

  it('reads a lone comma as the French decimal mark, not a thousands separator', () => {
    expect(parseAmount('12,500')).toBe(12.5);
  });

  it.each(['-500', '(500)', '\u2212500', '-12 500,50 $', '($1 000)'])('rejects the negative amount %j', (raw) => {
    expect(reason(parseAmount(raw))).toBe('montant négatif');
  });

  it.each(['beaucoup', '12.500,50', '1.2.3', '12,5,0', '12 500 €', 'N/A', '$', '--5', '12500.'])(
    'rejects the unreadable amount %j',
    (raw) => {
      expect(reason(parseAmount(raw))).toBe('montant illisible');
    },
  );

  it('reads an empty cell as not reported', () => {
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('   ')).toBeNull();
    expect(parseAmount('\u00a0')).toBeNull();
  });

  it('reads up to 1 000 000 000 $ (contract §1.5)', () => {
    expect(parseAmount('1 000 000 000 $')).toBe(MAX_AMOUNT);
    expect(parseAmount('1,000,000,000.00')).toBe(MAX_AMOUNT);
  });

  it.each(['1 000 000 000,01 $', '1000000001', '100000000000000000000', '9'.repeat(309), '9'.repeat(400), '(' + '9'.repeat(400) + ')'])(
    'rejects %j, above what the column holds (400 digits read as Infinity too)',
    (raw) => {
      expect(reason(parseAmount(raw))).toBe(TOO_LARGE_AMOUNT);
    },
  );

  it.each(['1e308', '1,7E+308', '1.7e308', '1e400', '-1e400'])('rejects %j in exponent notation above the limit as too large', (raw) => {
    expect(reason(parseAmount(raw))).toBe(TOO_LARGE_AMOUNT);
  });

  it.each(['1,5E+6', '1e3', '1e-7', '2.5E2 $'])('rejects %j in exponent notation, asking for digits', (raw) => {
    expect(reason(parseAmount(raw))).toBe('montant en notation scientifique (avec un exposant E) : écrivez-le en chiffres');
  });

  it.each(['Infinity', '-Infinity', 'NaN', '∞', '0x10', '1_000'])('rejects %j as unreadable', (raw) => {
    expect(reason(parseAmount(raw))).toBe('montant illisible');
  });

  it('reads to the cent, as the CSV publishes it (no 1e-7 in initiatives.json)', () => {
    expect(parseAmount('0,0000001')).toBe(0);
    expect(parseAmount('12 500,505')).toBe(12500.51);
    expect(parseAmount('0.004')).toBe(0);
    expect(JSON.stringify(parseAmount('0.000001'))).toBe('0');
  });
});

describe('parseCount (integers)', () => {
  it.each<[string, number]>([
    ['1234', 1234],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1\u202f234', 1234],
    ['0', 0],
    [' 42 ', 42],
  ])('reads %j as %d', (raw, expected) => {
    expect(parseCount(raw)).toBe(expected);
  });

  it.each(['-5', '\u22125', '- 5'])('rejects the negative count %j', (raw) => {
    expect(reason(parseCount(raw))).toBe('nombre négatif');
  });

  it.each(['12.5', '12,5', 'dix', '+3', 'Infinity', 'NaN', '0x10'])('rejects %j, which is not a whole number', (raw) => {
    expect(reason(parseCount(raw))).toBe('nombre entier illisible');
  });

  it('reads up to 100 000 000 and rejects more (contract §1.5), 400 digits included', () => {
    expect(parseCount('100 000 000')).toBe(MAX_COUNT);
    expect(parseCount('100 000 000', 1)).toBe(MAX_COUNT);
    for (const raw of ['100 000 001', '10000000000', '9'.repeat(400)]) expect(reason(parseCount(raw)), raw).toBe(TOO_LARGE_COUNT);
  });

  it('rejects exponent notation: too large, or asking for digits', () => {
    expect(reason(parseCount('1e308'))).toBe(TOO_LARGE_COUNT);
    expect(reason(parseCount('1,7E+308'))).toBe(TOO_LARGE_COUNT);
    expect(reason(parseCount('1e3'))).toBe('nombre en notation scientifique (avec un exposant E) : écrivez-le en chiffres');
  });

  it('enforces the minimum', () => {
    expect(reason(parseCount('0', 1))).toBe('nombre inférieur à 1');
    expect(parseCount('1', 1)).toBe(1);
  });

  it('reads an empty cell as not reported', () => {
    expect(parseCount('')).toBeNull();
  });
});

describe('parseNumber (regional indicators)', () => {
  it('reads French and English notation, with a sign', () => {
    expect(parseNumber('12 500,50')).toBe(12500.5);
    expect(parseNumber('12,500.50')).toBe(12500.5);
    expect(parseNumber('-2,5')).toBe(-2.5);
    expect(parseNumber('\u22123')).toBe(-3);
  });

  it('rejects text and reads empty as null', () => {
    expect(reason(parseNumber('beaucoup'))).toBe('nombre illisible');
    expect(parseNumber('')).toBeNull();
  });

  it.each(['Infinity', '-Infinity', 'NaN', '--5', '(5)'])('rejects %j as unreadable', (raw) => {
    expect(reason(parseNumber(raw))).toBe('nombre illisible');
  });

  it('holds at most 100 000 000 either side of zero (contract §1.5), keeping every decimal', () => {
    expect(parseNumber('-100 000 000')).toBe(-MAX_COUNT);
    expect(parseNumber('0,0000001')).toBe(1e-7);
    expect(parseNumber('1 500 $')).toBe(1500);
    for (const raw of ['100 000 000,5', '-100000001', '9'.repeat(400), '1e308', '-1,7E+308']) expect(reason(parseNumber(raw)), raw).toBe(TOO_LARGE_COUNT);
    expect(reason(parseNumber('1e3'))).toBe('nombre en notation scientifique (avec un exposant E) : écrivez-le en chiffres');
  });
});

describe('parseDate (day first, never month first)', () => {
  it.each<[string, string]>([
    ['2025-03-31', '2025-03-31'],
    ['31/03/2025', '2025-03-31'],
    ['2025/03/31', '2025-03-31'],
    ['1/11/2024', '2024-11-01'],
    ['04/05/2025', '2025-05-04'],
    ['29/02/2024', '2024-02-29'],
    [' 2025-3-1 ', '2025-03-01'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parseDate(raw)).toBe(expected);
  });

  it.each(['31/02/2025', '29/02/2025', '2025-13-01', '2025-04-31', '00/01/2025', '13/13/2025'])(
    'rejects %j, a date that does not exist',
    (raw) => {
      expect(reason(parseDate(raw))).toBe("date qui n’existe pas");
    },
  );

  it('rejects a month-first date with the day-first message', () => {
    const why = reason(parseDate('03/31/2025'));
    expect(why).toContain('le jour vient en premier');
    expect(why).toContain('JJ/MM/AAAA');
  });

  it.each(['mars 2025', '31-03-2025', '2025', '31/03/25', '20250331'])('rejects %j as unreadable, listing the formats', (raw) => {
    expect(reason(parseDate(raw))).toMatch(/^date illisible \(formats acceptés : AAAA-MM-JJ, JJ\/MM\/AAAA, AAAA\/MM\/JJ\)$/);
  });

  it('reads an empty cell as not reported', () => {
    expect(parseDate('')).toBeNull();
  });
});

describe('parseYesNo', () => {
  it.each(['oui', 'OUI', 'Oui', 'o', 'O', 'yes', 'YES', 'Yes', '1', 'vrai', 'VRAI', 'Vrai', ' oui '])('reads %j as yes', (raw) => {
    expect(parseYesNo(raw)).toBe(true);
  });

  it.each(['non', 'NON', 'Non', 'n', 'N', 'no', 'NO', 'No', '0', 'faux', 'FAUX', 'Faux'])('reads %j as no', (raw) => {
    expect(parseYesNo(raw)).toBe(false);
  });

  it('reads empty as "not reported", which is not "non"', () => {
    expect(parseYesNo('')).toBeNull();
    expect(parseYesNo('  ')).toBeNull();
    expect(parseYesNo('')).not.toBe(false);
  });

  it.each(['peut-être', '2', 'ouii', 'x'])('rejects %j', (raw) => {
    expect(reason(parseYesNo(raw))).toBe('valeur oui/non illisible');
  });
});

describe('parseYear (reporting year)', () => {
  it.each<[string, string]>([
    ['2024-2025', '2024-2025'],
    ['2024\u20132025', '2024-2025'],
    [' 2024 - 2025 ', '2024-2025'],
    ['2028-2029', '2028-2029'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parseYear(raw)).toBe(expected);
  });

  it.each(['2024-2026', '2025-2024', '2024-2024'])('rejects %j: the years must follow each other', (raw) => {
    expect(reason(parseYear(raw))).toBe('les deux années doivent se suivre');
  });

  it.each(['2024', '24-25', 'vingt', '2024-25'])('rejects the unreadable year %j', (raw) => {
    expect(reason(parseYear(raw))).toContain('année illisible');
  });

  it('reads an empty cell as missing', () => {
    expect(parseYear('')).toBeNull();
  });
});

describe('parseRegion (contract §4)', () => {
  it.each<[string, string]>([
    ['1', '01'],
    ['01', '01'],
    ['4', '04'],
    ['04', '04'],
    [' 17 ', '17'],
    ['Mauricie', '04'],
    ['MAURICIE', '04'],
    ['mauricie', '04'],
    ['Saguenay–Lac-Saint-Jean', '02'],
    ['Saguenay - Lac-Saint-Jean', '02'],
    ['saguenay–lac-saint-jean', '02'],
    ['Saguenay\u2014Lac-Saint-Jean', '02'],
    ['GASPESIE-ILES-DE-LA-MADELEINE', '11'],
    ['Gaspésie–Îles-de-la-Madeleine', '11'],
    ['Montreal', '06'],
    ['Montréal', '06'],
    ['cote nord', '09'],
    ['Nord-du-Québec', '10'],
    ['Abitibi-Témiscamingue', '08'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parseRegion(raw)).toBe(expected);
  });

  it.each(['18', '0', '00', '99', 'Gatineau', 'Mauricie-Centre'])('rejects the unknown region %j', (raw) => {
    expect(reason(parseRegion(raw))).toBe('région inconnue');
  });

  it('reads an empty cell as missing', () => {
    expect(parseRegion(' ')).toBeNull();
  });
});

describe('parsePriority (contract §4)', () => {
  it.each<[string, string]>([
    ['securite-alimentaire', 'securite-alimentaire'],
    ['SECURITE-ALIMENTAIRE', 'securite-alimentaire'],
    ['Sécurité alimentaire', 'securite-alimentaire'],
    ['SÉCURITÉ ALIMENTAIRE', 'securite-alimentaire'],
    ['prevention', 'prevention'],
    ["Prévention de la pauvreté et de l'exclusion sociale", 'prevention'],
    ['prévention de la pauvreté et de l\u2019exclusion sociale', 'prevention'],
    ['Préjugés', 'prejuges'],
    ['Lutte contre les préjugés', 'prejuges'],
    ['centres-villes', 'centres-villes'],
    ["Réalités et enjeux des centres-villes, dont l'itinérance", 'centres-villes'],
    ['Autre', 'autre'],
    ['Autre priorité régionale', 'autre'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parsePriority(raw)).toBe(expected);
  });

  it.each(['logement', 'securite', 'priorité 1'])('rejects the unknown priority %j', (raw) => {
    expect(reason(parsePriority(raw))).toBe('priorité nationale inconnue');
  });

  it('reads an empty cell as missing', () => {
    expect(parsePriority('')).toBeNull();
  });
});

describe('parseStatus', () => {
  it.each<[string, string]>([
    ['demarree', 'demarree'],
    ['Démarrée', 'demarree'],
    ['en-cours', 'en-cours'],
    ['En cours', 'en-cours'],
    ['EN COURS', 'en-cours'],
    ['en_cours', 'en-cours'],
    ['Complétée', 'completee'],
    ['COMPLÉTÉE', 'completee'],
    ['completee', 'completee'],
    ['Abandonnée', 'abandonnee'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parseStatus(raw)).toBe(expected);
  });

  it.each(['finie', 'terminée', 'complete', 'en attente'])('rejects the unknown status %j', (raw) => {
    expect(reason(parseStatus(raw))).toBe('statut inconnu');
  });

  it('reads an empty cell as missing', () => {
    expect(parseStatus('')).toBeNull();
  });
});

describe('parseSectors and lists', () => {
  it('splits on |, ignoring case, accents and blanks', () => {
    expect(parseSectors('communautaire|Santé')).toEqual(['communautaire', 'sante']);
    expect(parseSectors(' Emploi | ÉDUCATION | ')).toEqual(['emploi', 'education']);
  });

  it('keeps each sector once', () => {
    expect(parseSectors('communautaire|Communautaire|santé|Sante')).toEqual(['communautaire', 'sante']);
  });

  it('accepts every sector of the contract', () => {
    expect(parseSectors(SECTORS.join('|'))).toEqual([...SECTORS]);
  });

  it('rejects an unknown sector, naming it', () => {
    expect(reason(parseSectors('culture'))).toBe('secteur inconnu : « culture »');
    expect(reason(parseSectors('santé|Culture'))).toBe('secteur inconnu : « Culture »');
  });

  it('does not split on commas or semicolons', () => {
    expect(parseSectors('santé, emploi')).toBeInstanceOf(Invalid);
  });

  it('reads an empty list as not reported', () => {
    expect(parseSectors('')).toBeNull();
    expect(parseSectors(' | ')).toBeNull();
  });

  it('splitList drops blank items and trims the others', () => {
    expect(splitList(' Maskinongé | Les Chenaux||Mékinac ')).toEqual(['Maskinongé', 'Les Chenaux', 'Mékinac']);
    expect(splitList('')).toEqual([]);
  });
});

describe('parseTargets (cibles_atteintes)', () => {
  it.each<[string, string]>([
    ['oui', 'oui'],
    ['Non', 'non'],
    ['Partiellement', 'partiellement'],
    ['PARTIELLEMENT', 'partiellement'],
    ['partiel', 'partiellement'],
    ['yes', 'oui'],
    ['0', 'non'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parseTargets(raw)).toBe(expected);
  });

  it('reads empty as not yet assessed and rejects anything else', () => {
    expect(parseTargets('')).toBeNull();
    expect(reason(parseTargets('bientôt'))).toContain('oui, non ou partiellement');
  });
});

describe('parseUrl', () => {
  it.each(['http://exemple.org', 'https://www.alliance-mauricie.org/plan?annee=2024-2025#p2', 'HTTPS://EXEMPLE.ORG'])(
    'keeps the http(s) address %j as written',
    (raw) => {
      expect(parseUrl(raw)).toBe(raw);
    },
  );

  it('trims blanks around an address', () => {
    expect(parseUrl('  https://exemple.org  ')).toBe('https://exemple.org');
  });

  it.each(['www.x.org', 'javascript:alert(1)', 'JavaScript:alert(1)', 'ftp://exemple.org', 'mailto:a@exemple.org', 'data:text/html,<script>'])(
    'rejects %j, which is not http(s)',
    (raw) => {
      expect(reason(parseUrl(raw))).toBe("lien qui n’est pas une adresse http ou https : retiré");
    },
  );

  it('reads an empty cell as no link', () => {
    expect(parseUrl('')).toBeNull();
  });
});

describe('parseIndicatorCode', () => {
  it.each<[string, string]>([
    ['1.1', '1.1'],
    ['1.2', '1.2'],
    ['2.1', '2.1'],
    ['2.3', '2.3'],
    ['1,1', '1.1'],
    ['2,3', '2.3'],
    [' 2.1 ', '2.1'],
    ['R.repas', 'R.repas'],
    ['r.Repas', 'R.repas'],
    ['R.repas-servis_2', 'R.repas-servis_2'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parseIndicatorCode(raw)).toBe(expected);
  });

  it.each(['3.1', '1.3', '1.10', 'R.', 'repas', 'R.repas servis', '1.1.1'])('rejects the unknown indicator %j', (raw) => {
    expect(reason(parseIndicatorCode(raw))).toContain('indicateur inconnu');
  });

  it('reads an empty cell as missing', () => {
    expect(parseIndicatorCode('')).toBeNull();
  });
});
