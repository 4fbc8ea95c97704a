/**
 * The share cards' font: the site's own Roboto (@fontsource/roboto), so the
 * images need no system font and render the same on every machine. resvg
 * reads TrueType/OpenType but not WOFF, so the WOFF 1.0 files are unpacked
 * here (each table is zlib-compressed; node:zlib suffices, no dependency)
 * and written to `.cache/polices/` (resvg's Node binding loads font files,
 * not buffers).
 * The same tables give each character's advance width, which is how card
 * titles are measured before they are wrapped and truncated.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { CACHE_DIR } from '../lib/common/outputRoot.ts';

export interface Font {
  /** The TrueType file (sfnt). */
  readonly sfnt: Buffer;
  /** Path of that file on disk, for resvg. */
  readonly file: string;
  /** Advance width of a character, in ems; undefined when the font lacks it. */
  advance(char: string): number | undefined;
}

/** WOFF 1.0 → sfnt (https://www.w3.org/TR/WOFF/): same tables, uncompressed, 4-byte aligned. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 file');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data: compLength < origLength ? inflateSync(raw) : raw };
  });
  const pad = (n: number): number => (n + 3) & ~3;
  const headerSize = 12 + numTables * 16;
  const out = Buffer.alloc(headerSize + tables.reduce((n, t) => n + pad(t.data.length), 0));
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += pad(t.data.length);
  });
  return out;
}

function table(sfnt: Buffer, name: string): Buffer {
  const n = sfnt.readUInt16BE(4);
  for (let i = 0; i < n; i++) {
    const at = 12 + i * 16;
    if (sfnt.toString('latin1', at, at + 4) === name) return sfnt.subarray(sfnt.readUInt32BE(at + 8), sfnt.readUInt32BE(at + 8) + sfnt.readUInt32BE(at + 12));
  }
  throw new Error(`font: no ${name} table`);
}

/** Code point → glyph id, from the Windows Unicode BMP cmap (format 4). */
function glyphMap(cmap: Buffer): Map<number, number> {
  const map = new Map<number, number>();
  const count = cmap.readUInt16BE(2);
  for (let i = 0; i < count; i++) {
    const at = 4 + i * 8;
    const sub = cmap.subarray(cmap.readUInt32BE(at + 4));
    if (cmap.readUInt16BE(at) !== 3 || cmap.readUInt16BE(at + 2) !== 1 || sub.readUInt16BE(0) !== 4) continue;
    const segs = sub.readUInt16BE(6) / 2;
    const ends = 14, starts = ends + segs * 2 + 2, deltas = starts + segs * 2, ranges = deltas + segs * 2;
    for (let s = 0; s < segs; s++) {
      const end = sub.readUInt16BE(ends + s * 2), start = sub.readUInt16BE(starts + s * 2);
      const delta = sub.readInt16BE(deltas + s * 2), range = sub.readUInt16BE(ranges + s * 2);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        const g = range === 0 ? (c + delta) & 0xffff : sub.readUInt16BE(ranges + s * 2 + range + (c - start) * 2);
        if (g !== 0) map.set(c, range === 0 ? g : (g + delta) & 0xffff);
      }
    }
    return map;
  }
  throw new Error('font: no Unicode BMP cmap');
}

export function fontOf(sfnt: Buffer, file: string): Font {
  const unitsPerEm = table(sfnt, 'head').readUInt16BE(18);
  const metrics = table(sfnt, 'hhea').readUInt16BE(34);
  const hmtx = table(sfnt, 'hmtx');
  const glyphs = glyphMap(table(sfnt, 'cmap'));
  return {
    sfnt,
    file,
    advance(char) {
      const g = glyphs.get(char.codePointAt(0) ?? 0);
      if (g === undefined) return undefined;
      return hmtx.readUInt16BE(Math.min(g, metrics - 1) * 4) / unitsPerEm;
    },
  };
}

const require = createRequire(import.meta.url);
const fonts = new Map<number, Font>();

/** Roboto (Latin subset: French and English, « », ’, – —) at a weight of 400 or 700. */
export function roboto(weight: 400 | 700): Font {
  let font = fonts.get(weight);
  if (!font) {
    const sfnt = woffToSfnt(readFileSync(require.resolve(`@fontsource/roboto/files/roboto-latin-${weight}-normal.woff`)));
    const file = join(CACHE_DIR, 'polices', `roboto-latin-${weight}.ttf`);
    mkdirSync(join(CACHE_DIR, 'polices'), { recursive: true });
    writeFileSync(file, sfnt);
    font = fontOf(sfnt, file);
    fonts.set(weight, font);
  }
  return font;
}
