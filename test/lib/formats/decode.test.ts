import { describe, it, expect } from 'vitest';
import { decode, looksBinary } from '../../../src/lib/formats/decode.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

describe('decode (contract §1.1: UTF-8 with or without BOM, or Windows-1252)', () => {
  it('reads UTF-8 with a BOM and removes the BOM', () => {
    const bytes = new Uint8Array([...BOM, ...utf8('Année;Région\n2024-2025;Côte-Nord\n')]);
    const { text, encoding } = decode(bytes);
    expect(encoding).toBe('utf-8-bom');
    expect(text).toBe('Année;Région\n2024-2025;Côte-Nord\n');
    expect(text.startsWith('\uFEFF')).toBe(false);
  });

  it('reads UTF-8 without a BOM', () => {
    const { text, encoding } = decode(utf8('Titre;Organisme\nÉpicerie « solidaire »;Centre d’action bénévole\n'));
    expect(encoding).toBe('utf-8');
    expect(text).toBe('Titre;Organisme\nÉpicerie « solidaire »;Centre d’action bénévole\n');
  });

  it('reads the two UTF-8 bytes of é as one é, not mojibake', () => {
    const { text, encoding } = decode(new Uint8Array([0x43, 0x61, 0x66, 0xc3, 0xa9]));
    expect(encoding).toBe('utf-8');
    expect(text).toBe('Café');
    expect(text).not.toContain('Ã');
  });

  it('reads Windows-1252 bytes (Excel on a French Windows)', () => {
    // "Année;Côte-Nord;l’été;œuvre;5 €" in Windows-1252
    const bytes = Buffer.from([
      0x41, 0x6e, 0x6e, 0xe9, 0x65, 0x3b, 0x43, 0xf4, 0x74, 0x65, 0x2d, 0x4e, 0x6f, 0x72, 0x64, 0x3b,
      0x6c, 0x92, 0xe9, 0x74, 0xe9, 0x3b, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x3b, 0x35, 0x20, 0x80,
    ]);
    const { text, encoding } = decode(bytes);
    expect(encoding).toBe('windows-1252');
    expect(text).toBe('Année;Côte-Nord;l’été;œuvre;5 €');
    expect(text).not.toContain('\uFFFD');
  });

  it('maps 0x92 to the typographic apostrophe, not a control character', () => {
    const { text } = decode(Buffer.from([0x64, 0x92, 0x61, 0x63, 0x74, 0x69, 0x6f, 0x6e, 0xe9]));
    expect(text).toBe('d’actioné');
    expect(text.charCodeAt(1)).toBe(0x2019);
  });

  it('reads text with no accent as UTF-8, unchanged', () => {
    const ascii = 'annee,region,id\n2024-2025,04,A1\n';
    expect(decode(utf8(ascii))).toEqual({ text: ascii, encoding: 'utf-8' });
  });

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decode(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('reads a file that is only a BOM as empty text', () => {
    expect(decode(new Uint8Array(BOM))).toEqual({ text: '', encoding: 'utf-8-bom' });
  });
});

/** Windows-1252 bytes of a text (Latin-1, plus the few characters Windows puts in 0x80–0x9F that the tests use). */
const cp1252 = (text: string): Uint8Array =>
  Uint8Array.from([...text], (ch) => ({ '’': 0x92, '€': 0x80, 'œ': 0x9c, '…': 0x85 })[ch] ?? ch.charCodeAt(0));
const join = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));

describe('decode: a file whose lines disagree (contract §1.5)', () => {
  it('reads one Windows-1252 line of a UTF-8 file in Windows-1252, the others in UTF-8, and says where it starts', () => {
    const head = 'Titre;Organisme\nÉpicerie solidaire;Café de l’Île\n';
    const bytes = join(utf8(head), cp1252('Cuisine collective;Centre d’entraide Léo\n'), utf8('Frigo partagé;Maison\n'));
    const { text, encoding, otherLines } = decode(bytes);
    expect(text).toBe('Titre;Organisme\nÉpicerie solidaire;Café de l’Île\nCuisine collective;Centre d’entraide Léo\nFrigo partagé;Maison\n');
    expect(text).not.toMatch(/Ã|\uFFFD/);
    expect(encoding).toBe('utf-8');
    expect(otherLines).toEqual({ encoding: 'windows-1252', starts: [head.length] });
  });

  it('keeps the BOM as the encoding of a mixed file', () => {
    const { text, encoding, otherLines } = decode(join(new Uint8Array(BOM), utf8('a;é\n'), cp1252('b;è\n')));
    expect([text, encoding, otherLines?.starts]).toEqual(['a;é\nb;è\n', 'utf-8-bom', [4]]);
  });

  it('names the UTF-8 lines when most lines are Windows-1252', () => {
    const bytes = join(cp1252('a;é\rb;à\r'), utf8('c;ô\r'), cp1252('d;ç\r'));
    const { text, encoding, otherLines } = decode(bytes);
    expect(text).toBe('a;é\rb;à\rc;ô\rd;ç\r');
    expect(encoding).toBe('windows-1252');
    expect(otherLines).toEqual({ encoding: 'utf-8', starts: [8] });
  });

  it('reads a file whose accented lines are all Windows-1252 as Windows-1252, naming no line, even after a UTF-8 BOM', () => {
    expect(decode(cp1252('a;é\nb;à\n'))).toEqual({ text: 'a;é\nb;à\n', encoding: 'windows-1252' });
    expect(decode(join(new Uint8Array(BOM), cp1252('a;é\n')))).toEqual({ text: 'a;é\n', encoding: 'windows-1252' });
  });

  it('reads a UTF-8 sequence cut by the end of the file as Windows-1252 on that line only', () => {
    const { text, otherLines } = decode(join(utf8('a;é\nb;'), new Uint8Array([0xc3])));
    expect(text).toBe('a;é\nb;Ã');
    expect(otherLines?.starts).toEqual([4]);
  });

  it('keeps a U+FEFF inside a mixed file (only the first bytes can be a BOM)', () => {
    const { text } = decode(join(utf8('a;x\n\uFEFFb;é\n'), cp1252('c;è\n')));
    expect(text).toBe('a;x\n\uFEFFb;é\nc;è\n');
  });

  it('validates UTF-8 strictly: overlong forms and surrogates are Windows-1252', () => {
    // 0xC0 0xA9 (overlong) and 0xED 0xA0 0x80 (a surrogate) are not UTF-8.
    const { text, otherLines } = decode(join(utf8('é\n'), new Uint8Array([0xc0, 0xa9, 0x0a, 0xed, 0xa0, 0x80, 0x0a]), utf8('€ 𝄞\n')));
    expect(text).toBe('é\nÀ©\ní\u00a0€\n€ 𝄞\n');
    expect(otherLines?.starts).toEqual([2, 5]);
  });
});

describe('decode: UTF-16 with a BOM (LibreOffice and Excel "Unicode text")', () => {
  const sample = 'Année\tRégion\r\n2024-2025\tCôte-Nord\r\n';
  it('reads UTF-16 LE', () => {
    const bytes = join(new Uint8Array([0xff, 0xfe]), new Uint8Array(Buffer.from(sample, 'utf16le')));
    expect(decode(bytes)).toEqual({ text: sample, encoding: 'utf-16le' });
  });

  it('reads UTF-16 BE', () => {
    const le = Buffer.from(sample, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decode(join(new Uint8Array([0xfe, 0xff]), new Uint8Array(be)))).toEqual({ text: sample, encoding: 'utf-16be' });
  });
});

describe('looksBinary', () => {
  const text = (s: string): Uint8Array => utf8(s.repeat(Math.ceil(70000 / s.length)));
  const random = (n: number, seed = 7): Uint8Array => {
    const out = new Uint8Array(n);
    let x = seed;
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      out[i] = x >>> 24;
    }
    return out;
  };

  it('sees text, Windows-1252 and UTF-16 with a BOM as text', () => {
    expect(looksBinary(text('annee;region;titre\r\n2024-2025;04;Épicerie\r\n'))).toBe(false);
    expect(looksBinary(cp1252('Année;Région\n2024-2025;Côte-Nord\n'))).toBe(false);
    const wide = Buffer.from('Année\tRégion\r\n'.repeat(50), 'utf16le');
    expect(looksBinary(join(new Uint8Array([0xff, 0xfe]), new Uint8Array(wide)))).toBe(false);
    expect(looksBinary(join(new Uint8Array([0xfe, 0xff]), new Uint8Array(Buffer.from(wide).swap16())))).toBe(false);
    expect(looksBinary(new Uint8Array())).toBe(false);
  });

  it('sees a text file with a few stray NULs, or padded with NULs at its end, as text', () => {
    const bytes = text('id;titre\nA1;x\n');
    for (const at of [3, 100, 5000, 60000]) bytes[at] = 0;
    expect(looksBinary(bytes)).toBe(false);
    expect(looksBinary(join(utf8('id;titre\nA1;x\n'), new Uint8Array(10000)))).toBe(false);
    expect(looksBinary(new Uint8Array(100))).toBe(false);
  });

  it('sees random bytes, known signatures and a binary header followed by text as binary', () => {
    expect(looksBinary(random(100000))).toBe(true);
    expect(looksBinary(random(300))).toBe(true);
    expect(looksBinary(utf8('%PDF-1.7\n' + 'a;b\n'.repeat(1000)))).toBe(true);
    expect(looksBinary(join(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), utf8('x')))).toBe(true);
    const header = random(1000);
    expect(looksBinary(join(header, text('a;b;c\n')))).toBe(true);
    // UTF-16 without a BOM; UTF-32, whose BOM starts as UTF-16's.
    expect(looksBinary(new Uint8Array(Buffer.from('annee\tregion\r\n'.repeat(100), 'utf16le')))).toBe(true);
    const utf32 = Uint32Array.from([0xfeff, ...[...'annee\tregion\r\n'.repeat(100)].map((c) => c.charCodeAt(0))]);
    expect(looksBinary(new Uint8Array(utf32.buffer))).toBe(true);
  });
});
