import { describe, it, expect } from 'vitest';
import { decode } from '../../../src/lib/ingest/decode.ts';

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
