/**
 * Encoding detection. Excel on a French Windows writes Windows-1252; other
 * tools write UTF-8, with or without a byte-order mark. A byte sequence that
 * is not valid UTF-8 is read as Windows-1252, so no mojibake reaches a page.
 */

export type Encoding = 'utf-8-bom' | 'utf-8' | 'windows-1252';

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252');

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8Or1252(bytes.subarray(3)).text, encoding: 'utf-8-bom' };
  }
  return strictUtf8Or1252(bytes);
}

function strictUtf8Or1252(bytes: Uint8Array): Decoded {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: windows1252.decode(bytes), encoding: 'windows-1252' };
  }
}
