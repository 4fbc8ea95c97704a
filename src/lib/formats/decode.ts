/**
 * Encoding detection (contract §1.1, §1.5). Excel on a French Windows writes
 * Windows-1252; other tools write UTF-8, with or without a byte-order mark;
 * LibreOffice's and Excel's "Unicode text" write UTF-16 with a BOM.
 *
 * A file that is valid UTF-8 is read in one call (the fast path). Otherwise
 * it is decided line by line: a file whose lines with accents are all
 * invalid UTF-8 is Windows-1252; a file where some such lines are valid
 * UTF-8 and others not (one line pasted from another export) is read line
 * by line, each line in its own encoding, so no mojibake reaches a page.
 * The lines in the minority encoding are returned for the report.
 *
 * Browser-safe (the export checker runs it in a worker): TextDecoder only.
 */

export type Encoding = 'utf-8-bom' | 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** A warning about a file as a whole, from its decoding (the integrator turns it into a Problem). */
import type { Cause } from '../contract/reasons.ts';

export interface DecodeNote {
  /** The first spreadsheet line concerned (header = 1), or 0 for the whole file. */
  readonly ligne: number;
  readonly valeur: string;
  readonly cause: Cause;
}

/** Lines of a mixed file that are in the other encoding than the file's. */
export interface OtherLines {
  readonly encoding: 'utf-8' | 'windows-1252';
  /**
   * Where each such line starts in the decoded text, ascending: physical
   * lines (split at CR and LF bytes), which `decodeCsv` turns into records.
   */
  readonly starts: readonly number[];
}

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
  /** Set only for a file whose lines disagree on their encoding. */
  readonly otherLines?: OtherLines;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// Pieces of a mixed file: a U+FEFF that starts a piece is content, not a BOM.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252');
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { ignoreBOM: true });

const hasUtf8Bom = (b: Uint8Array): boolean => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
const utf16Bom = (b: Uint8Array): 'utf-16le' | 'utf-16be' | null =>
  b[0] === 0xff && b[1] === 0xfe ? 'utf-16le' : b[0] === 0xfe && b[1] === 0xff ? 'utf-16be' : null;

export function decode(bytes: Uint8Array): Decoded {
  const wide = utf16Bom(bytes);
  if (wide) return { text: (wide === 'utf-16le' ? utf16le : utf16be).decode(bytes.subarray(2)), encoding: wide };
  const bom = hasUtf8Bom(bytes);
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: strictUtf8.decode(body), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return byLine(body, bom);
  }
}

/**
 * A file that is not valid UTF-8 as a whole. Lines are split at CR and LF
 * bytes, which mean the same in both encodings and never occur inside a
 * UTF-8 sequence; lines of ASCII only read the same either way. A UTF-8 BOM
 * before lines that are all Windows-1252 is not believed: the file is
 * Windows-1252 (the BOM is dropped).
 */
function byLine(body: Uint8Array, bom: boolean): Decoded {
  const { valid, invalid } = classifyLines(body);
  if (valid.length === 0) return { text: windows1252.decode(body), encoding: 'windows-1252' };
  // The majority encoding is the file's; the other lines are named. A tie goes to UTF-8.
  const isUtf8 = valid.length >= invalid.length;
  const [major, minor] = isUtf8 ? [utf8, windows1252] : [windows1252, utf8];
  const others = isUtf8 ? invalid : valid;
  const pieces: string[] = [];
  const starts: number[] = [];
  let length = 0;
  let cursor = 0;
  const push = (piece: string): void => {
    pieces.push(piece);
    length += piece.length;
  };
  for (let k = 0; k < others.length; k += 2) {
    const start = others[k]!;
    const end = others[k + 1]!;
    if (start > cursor) push(major.decode(body.subarray(cursor, start)));
    starts.push(length);
    push(minor.decode(body.subarray(start, end)));
    cursor = end;
  }
  if (cursor < body.length) push(major.decode(body.subarray(cursor)));
  return {
    text: pieces.join(''),
    encoding: isUtf8 ? (bom ? 'utf-8-bom' : 'utf-8') : 'windows-1252',
    otherLines: { encoding: isUtf8 ? 'windows-1252' : 'utf-8', starts },
  };
}

/**
 * The lines holding bytes above 0x7F, as flat [start, end) byte pairs:
 * those that are valid UTF-8, and those that are not.
 */
function classifyLines(b: Uint8Array): { valid: number[]; invalid: number[] } {
  const valid: number[] = [];
  const invalid: number[] = [];
  const n = b.length;
  let lineStart = 0;
  let nonAscii = false;
  let ok = true;
  const endLine = (end: number): void => {
    if (nonAscii) (ok ? valid : invalid).push(lineStart, end);
    nonAscii = false;
    ok = true;
  };
  // The next CR and LF, searched again once passed: the rest of an invalid line is skipped natively.
  let cr = b.indexOf(0x0d);
  let lf = b.indexOf(0x0a);
  const lineEnd = (from: number): number => {
    if (cr >= 0 && cr < from) cr = b.indexOf(0x0d, from);
    if (lf >= 0 && lf < from) lf = b.indexOf(0x0a, from);
    return cr < 0 ? (lf < 0 ? n : lf) : lf < 0 ? cr : Math.min(cr, lf);
  };
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      if (c === 0x0a || c === 0x0d) {
        endLine(i);
        lineStart = i + 1;
      }
      i++;
      continue;
    }
    nonAscii = true;
    // The length of the sequence and the range of its second byte (RFC 3629).
    let more = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) more = 1;
    else if (c === 0xe0) [more, lo] = [2, 0xa0];
    else if (c === 0xed) [more, hi] = [2, 0x9f];
    else if (c >= 0xe1 && c <= 0xef) more = 2;
    else if (c === 0xf0) [more, lo] = [3, 0x90];
    else if (c === 0xf4) [more, hi] = [3, 0x8f];
    else if (c >= 0xf1 && c <= 0xf3) more = 3;
    let good = more > 0 && i + more < n;
    if (good) {
      const second = b[i + 1]!;
      good = second >= lo && second <= hi;
      for (let k = 2; good && k <= more; k++) {
        const next = b[i + k]!;
        good = next >= 0x80 && next <= 0xbf;
      }
    }
    if (good) i += more + 1;
    else {
      ok = false;
      i = lineEnd(i);
    }
  }
  endLine(n);
  return { valid, invalid };
}

// Binary detection.

/** Signatures of files that are never text, whatever follows. */
const MAGIC: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf], // 7-Zip
  [0x52, 0x61, 0x72, 0x21], // Rar!
  [0x50, 0x4b, 0x03, 0x04], // ZIP (workbooks are recognised before)
];

/** How much of the start of a file is looked at. */
const BINARY_WINDOW = 65536;
/** Shorter spans looked at first, so that a binary header followed by text is caught. */
const HEAD_WINDOWS: readonly number[] = [512, 4096];

/** Control characters no text export holds (tab, LF, VT, FF, CR, SUB and ESC are tolerated). */
const isControl = (c: number): boolean => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1a && c !== 0x1b) || c === 0x7f;

/**
 * Whether bytes are a binary file rather than a text CSV: a known binary
 * signature, or more than 1 in 32 control characters (NUL included) in the
 * first 512 bytes, 4 KB or 64 KB, counted in code units for UTF-16 with a
 * BOM. Random or compressed bytes hold about 1 in 10. A text file with a few
 * stray NULs, or padded with NULs at the end of what is looked at, is text:
 * its NULs are removed and reported.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((m) => m.every((byte, i) => bytes[i] === byte))) return true;
  const wide = utf16Bom(bytes);
  const unit = wide ? 2 : 1;
  const first = wide ? 2 : 0;
  let end = Math.min(bytes.length, first + BINARY_WINDOW);
  end -= (end - first) % unit;
  while (end > first && bytes[end - 1] === 0 && bytes[end - unit] === 0) end -= unit;
  const tooMany = (controls: number, units: number): boolean => controls > 8 && controls * 32 > units;
  let controls = 0;
  let i = first;
  for (const limit of [...HEAD_WINDOWS.map((w) => first + w * unit).filter((h) => h < end), end]) {
    for (; i < limit; i += unit) {
      const c = wide === 'utf-16le' ? bytes[i]! | (bytes[i + 1]! << 8) : wide === 'utf-16be' ? (bytes[i]! << 8) | bytes[i + 1]! : bytes[i]!;
      if (isControl(c)) controls++;
    }
    if (tooMany(controls, (limit - first) / unit)) return true;
  }
  return false;
}
