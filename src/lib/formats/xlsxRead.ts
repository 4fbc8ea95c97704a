/**
 * Excel workbooks (`.xlsx`) as input (contract §8): each sheet becomes a
 * table of text cells, read like a CSV file. Cells Excel typed as numbers
 * or dates are written in a canonical form (`12500.5`, `2025-03-31`), so
 * no locale guessing happens downstream; text cells keep their text.
 *
 * Unzipping is fflate's and XML is read by saxen, both small and kept up,
 * and both run in a browser worker as in Node. What we need beyond a plain
 * grid (hidden sheets, merged ranges, formulas without a cached value, the
 * sheet's own row numbers) is read here from the OOXML parts directly.
 */
import { unzipSync } from 'fflate';
import { Parser } from 'saxen';
import { DAY_MS, EXCEL_EPOCH_1900, EXCEL_EPOCH_1904, columnIndex } from './ooxml.ts';
import type { Cause } from '../contract/reasons.ts';

/** A cell that cannot be read as a value; the row's column gets this problem. */
export interface CellIssue {
  readonly valeur: string;
  readonly cause: Cause;
}

export interface SheetRow {
  /** The sheet's row number (1-based), as Excel shows it. */
  readonly line: number;
  readonly fields: string[];
  readonly issues?: ReadonlyMap<number, CellIssue>;
}

export interface MergedRange {
  /** As written, e.g. `A3:A5`. */
  readonly ref: string;
  readonly top: number;
  readonly left: number;
}

export interface Sheet {
  readonly name: string;
  readonly hidden: boolean;
  /** Why the sheet was not read (over a limit below); its rows are then empty. */
  readonly refused?: Cause;
  /** Rows with at least one cell, in order. */
  readonly rows: SheetRow[];
  readonly merges: MergedRange[];
}

export type WorkbookRead = { readonly ok: true; readonly sheets: Sheet[] } | { readonly ok: false; readonly cause: Cause };

/**
 * Limits on what a workbook may inflate to (contract §1.5), far above any
 * real export: the 100× sample's largest sheet is about 4 MB of XML and
 * 60 000 cells. A part over a limit is reported and not read, so a ZIP bomb
 * costs neither memory nor time.
 */
export interface WorkbookLimits {
  readonly partBytes: number;
  readonly totalBytes: number;
  readonly sheetCells: number;
}

export const WORKBOOK_LIMITS: WorkbookLimits = {
  /** Inflated size of one part (a sheet's XML, the shared strings). */
  partBytes: 128 * 1024 * 1024,
  /** Inflated size of all the parts read, together. */
  totalBytes: 256 * 1024 * 1024,
  /** Cells read in one sheet. */
  sheetCells: 3_000_000,
};

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf8 = new TextDecoder('utf-8');

/** Whether bytes start like a ZIP archive (an `.xlsx` is one). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

/** Whether bytes start like an OLE compound file (an `.xls`, or a password-protected `.xlsx`). */
export function looksLikeOle(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE_SIGNATURE);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Whether an OLE file holds an encrypted OOXML package (a password-protected workbook). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = 'EncryptedPackage';
  const limit = Math.min(bytes.length, 1 << 20);
  outer: for (let i = 0; i + name.length * 2 <= limit; i++) {
    for (let k = 0; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** Reads every sheet of a workbook, or says in plain French why it cannot. */
export function readWorkbook(bytes: Uint8Array, limits: WorkbookLimits = WORKBOOK_LIMITS): WorkbookRead {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return {
      ok: false,
      cause: { code: isEncryptedPackage(bytes) ? 'classeur-mot-de-passe' : 'classeur-xls' },
    };
  }
  if (!looksLikeZip(bytes)) return { ok: false, cause: { code: 'pas-un-classeur' } };
  // fflate inflates a part into a buffer of the size the archive declares
  // and never past it, so checking the declared sizes bounds memory even
  // when an archive lies (its part is then cut short and fails to parse).
  const oversized = new Map<string, number>();
  const wanted = new Set<string>();
  let total = 0;
  try {
    // The archive's directory first: names and declared sizes, nothing inflated.
    unzipSync(bytes, {
      filter: (f) => {
        if (!f.name.endsWith('.xml') && !f.name.endsWith('.rels')) return false;
        if (f.originalSize > limits.partBytes) oversized.set(f.name, f.originalSize);
        else {
          total += f.originalSize;
          wanted.add(f.name);
        }
        return false;
      },
    });
  } catch {
    return { ok: false, cause: DAMAGED_ARCHIVE };
  }
  if (total > limits.totalBytes) {
    return { ok: false, cause: { code: 'classeur-trop-volumineux', params: { size: total, limit: limits.totalBytes } } };
  }
  const { parts, damaged } = inflateParts(bytes, wanted);
  if (parts === null) return { ok: false, cause: DAMAGED_ARCHIVE };
  try {
    return { ok: true, sheets: readParts(parts, oversized, damaged, limits) };
  } catch (e) {
    return { ok: false, cause: e instanceof WorkbookError ? e.cause : { code: 'classeur-xml-illisible' } };
  }
}

const DAMAGED_ARCHIVE: Cause = { code: 'classeur-endommage' };

/** Parts inflated one by one after a failure, at the most (each pass reads the archive's directory again). */
const PARTS_ONE_BY_ONE = 1000;

/**
 * Inflates the wanted parts in one pass; when that fails (a part whose
 * data overflow its declared size makes fflate throw), one by one, so one
 * damaged part costs only itself.
 */
function inflateParts(bytes: Uint8Array, wanted: ReadonlySet<string>): { parts: Record<string, Uint8Array> | null; damaged: Set<string> } {
  const damaged = new Set<string>();
  try {
    return { parts: unzipSync(bytes, { filter: (f) => wanted.has(f.name) }), damaged };
  } catch {
    if (wanted.size > PARTS_ONE_BY_ONE) return { parts: null, damaged };
  }
  const parts: Record<string, Uint8Array> = {};
  for (const name of wanted) {
    try {
      Object.assign(parts, unzipSync(bytes, { filter: (f) => f.name === name }));
    } catch {
      damaged.add(name);
    }
  }
  return { parts, damaged };
}

/** Why a part over the size limit is not read. */
function tooLarge(size: number, limits: WorkbookLimits, part = ''): Cause {
  return { code: 'partie-trop-volumineuse', params: { size, limit: limits.partBytes, part } };
}

/** A workbook that cannot be read, and why. */
class WorkbookError extends Error {
  constructor(override readonly cause: Cause) {
    super(cause.code);
  }
}

const DAMAGED_SHEET: Cause = { code: 'feuille-endommagee' };

/** A sheet with more cells than its limit: reading stops at once. */
class CellLimit extends Error {}

const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Streams one XML part through handlers keyed by local element names. */
function scan(
  xml: string,
  handlers: {
    open?: (name: string, attrs: () => Record<string, string>, selfClosing: boolean) => void;
    close?: (name: string) => void;
    text?: (value: string) => void;
  },
): void {
  const parser = new Parser();
  parser.on('error', () => {
    throw new WorkbookError({ code: 'classeur-xml-illisible' });
  });
  parser.on('openTag', (name: string, attrs: () => Record<string, string>, decode: (s: string) => string, selfClosing: boolean) => {
    const l = local(name);
    handlers.open?.(l, () => {
      const raw = attrs();
      let prefixed = false;
      for (const k in raw) {
        // saxen leaves attribute values as written: `R&amp;D`, `0&quot; personnes&quot;`.
        const v = raw[k]!;
        if (v.includes('&')) raw[k] = decode(v);
        if (k.includes(':')) prefixed = true;
      }
      if (!prefixed) return raw;
      const out: Record<string, string> = {};
      for (const k in raw) out[local(k)] = raw[k]!;
      return out;
    }, selfClosing);
    if (selfClosing) handlers.close?.(l);
  });
  parser.on('closeTag', (name: string, _decode: unknown, selfClosing: boolean) => {
    if (!selfClosing) handlers.close?.(local(name));
  });
  if (handlers.text) {
    const onText = handlers.text;
    parser.on('text', (value: string, decode: (s: string) => string) => onText(decode(value)));
    parser.on('cdata', (value: string) => onText(value));
  }
  parser.parse(xml);
}

function part(parts: Record<string, Uint8Array>, path: string): string | null {
  const bytes = parts[path];
  return bytes ? utf8.decode(bytes) : null;
}

/** Relationship id → part path, for the part at `owner` (e.g. `xl/workbook.xml`). */
function relationships(parts: Record<string, Uint8Array>, owner: string): Map<string, string> {
  const slash = owner.lastIndexOf('/');
  const dir = owner.slice(0, slash + 1);
  const xml = part(parts, `${dir}_rels/${owner.slice(slash + 1)}.rels`);
  const map = new Map<string, string>();
  if (xml === null) return map;
  scan(xml, {
    open: (name, attrs) => {
      if (name !== 'Relationship') return;
      const a = attrs();
      if (a['Id'] && a['Target'] && a['TargetMode'] !== 'External') map.set(a['Id'], resolvePath(dir, a['Target']));
    },
  });
  return map;
}

function resolvePath(dir: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

function readParts(parts: Record<string, Uint8Array>, oversized: ReadonlyMap<string, number>, damaged: ReadonlySet<string>, limits: WorkbookLimits): Sheet[] {
  const workbookPath = relationshipsOfPackage(parts) ?? 'xl/workbook.xml';
  // A part the whole workbook needs, over the limit or damaged: nothing can be read.
  for (const [path, size] of oversized) {
    if (!path.includes('worksheets/')) throw new WorkbookError(tooLarge(size, limits, path));
  }
  for (const path of damaged) {
    if (!path.includes('worksheets/')) throw new WorkbookError(DAMAGED_ARCHIVE);
  }
  const workbookXml = part(parts, workbookPath);
  if (workbookXml === null) throw new WorkbookError({ code: 'classeur-sans-liste' });
  const rels = relationships(parts, workbookPath);

  const declared: { name: string; hidden: boolean; path: string | undefined }[] = [];
  let date1904 = false;
  scan(workbookXml, {
    open: (name, attrs) => {
      if (name === 'workbookPr') {
        const v = attrs()['date1904'];
        date1904 = v === '1' || v === 'true';
      } else if (name === 'sheet') {
        const a = attrs();
        declared.push({ name: a['name'] ?? '', hidden: a['state'] === 'hidden' || a['state'] === 'veryHidden', path: rels.get(a['id'] ?? '') });
      }
    },
  });

  const paths = [...rels.values()];
  const sharedStrings = readSharedStrings(part(parts, paths.find((p) => p.endsWith('sharedStrings.xml')) ?? 'xl/sharedStrings.xml'));
  const dateStyles = readDateStyles(part(parts, paths.find((p) => p.endsWith('styles.xml')) ?? 'xl/styles.xml'));
  return declared.map(({ name, hidden, path }) => {
    const size = path ? oversized.get(path) : undefined;
    if (size !== undefined) return { name, hidden, rows: [], merges: [], refused: tooLarge(size, limits) };
    if (path !== undefined && damaged.has(path)) return { name, hidden, rows: [], merges: [], refused: DAMAGED_SHEET };
    const xml = path ? part(parts, path) : null;
    // A chart sheet or a dialog sheet has no cells: read as an empty sheet.
    if (xml === null) return { name, hidden, rows: [], merges: [] };
    try {
      return { name, hidden, ...readSheet(xml, sharedStrings, dateStyles, date1904, limits.sheetCells) };
    } catch (e) {
      // A damaged sheet (or one cut short by a ZIP header that lies about its size) is reported on its own.
      if (e instanceof WorkbookError) return { name, hidden, rows: [], merges: [], refused: DAMAGED_SHEET };
      if (!(e instanceof CellLimit)) throw e;
      return { name, hidden, rows: [], merges: [], refused: { code: 'feuille-trop-de-cellules', params: { limit: limits.sheetCells } } };
    }
  });
}

/** The workbook part named by the package's root relationships. */
function relationshipsOfPackage(parts: Record<string, Uint8Array>): string | null {
  const xml = part(parts, '_rels/.rels');
  if (xml === null) return null;
  let found: string | null = null;
  scan(xml, {
    open: (name, attrs) => {
      if (name !== 'Relationship' || found !== null) return;
      const a = attrs();
      if (a['Type']?.endsWith('/officeDocument') && a['Target']) found = resolvePath('', a['Target']);
    },
  });
  return found;
}

function readSharedStrings(xml: string | null): string[] {
  const strings: string[] = [];
  if (xml === null) return strings;
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  scan(xml, {
    open: (name) => {
      if (name === 'si') current = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    close: (name) => {
      if (name === 'si') {
        strings.push((current ?? []).join(''));
        current = null;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text: (value) => {
      if (inText && current) current.push(value);
    },
  });
  return strings;
}

/** Built-in number formats that show dates (ECMA-376 §18.8.30). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a custom number format code shows a date or a time. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '')
    .replace(/_.|\*./g, '');
  if (/general/i.test(bare)) return false;
  return /[dmyhse]/i.test(bare.replace(/e[+-]/gi, ''));
}

/** For each cell style (`s` attribute), whether it shows a date. */
function readDateStyles(xml: string | null): boolean[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  scan(xml, {
    open: (name, attrs) => {
      if (name === 'numFmt') {
        const a = attrs();
        custom.set(Number(a['numFmtId']), a['formatCode'] ?? '');
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attrs()['numFmtId'] ?? 0);
        const code = custom.get(id);
        styles.push(code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id));
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/** `B12` → column 1 (0-based) and row 12. */
function cellPosition(ref: string): { column: number; row: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref);
  if (!m) return null;
  return { column: columnIndex(m[1]!), row: Number(m[2]) };
}


/** An Excel serial date as `AAAA-MM-JJ` (the time of day is dropped). */
export function serialToIso(serial: number, date1904: boolean): string {
  // Excel's 1900 system counts a 29 February 1900 that never was: serials
  // before it start one day later.
  const epoch = date1904 ? EXCEL_EPOCH_1904 : serial < 60 ? EXCEL_EPOCH_1900 + DAY_MS : EXCEL_EPOCH_1900;
  return new Date(epoch + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** A number as Excel shows it at most (15 significant digits), in `.` notation. */
export function numberText(value: number): string {
  const rounded = Number(value.toPrecision(15));
  if (Number.isInteger(rounded) && Math.abs(rounded) < 1e21) return rounded.toFixed(0);
  const s = String(rounded);
  if (!/e/i.test(s)) return s;
  return rounded.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

interface CellState {
  column: number;
  type: string;
  style: number;
  value: string | null;
  formula: string | null;
  inline: string[] | null;
}

function readSheet(
  xml: string,
  sharedStrings: readonly string[],
  dateStyles: readonly boolean[],
  date1904: boolean,
  maxCells: number,
): { rows: SheetRow[]; merges: MergedRange[] } {
  const rows: SheetRow[] = [];
  const merges: MergedRange[] = [];
  let rowNumber = 0;
  let cells = 0;
  let fields: string[] = [];
  let issues: Map<number, CellIssue> | null = null;
  let cell: CellState | null = null;
  let nextColumn = 0;
  let collecting: 'v' | 'f' | 't' | null = null;
  let buffer = '';
  let complete = false;

  const finishCell = (c: CellState): void => {
    let text: string;
    if (c.value === null && c.inline === null) {
      if (c.formula !== null) {
        (issues ??= new Map()).set(c.column, {
          valeur: `=${c.formula}`,
          cause: { code: 'formule-sans-valeur' },
        });
      }
      return;
    }
    switch (c.type) {
      case 's':
        text = sharedStrings[Number(c.value)] ?? '';
        break;
      case 'inlineStr':
        text = (c.inline ?? []).join('');
        break;
      case 'str':
        text = c.value ?? '';
        break;
      case 'b':
        text = c.value === '1' || c.value === 'true' ? 'oui' : 'non';
        break;
      case 'e':
        (issues ??= new Map()).set(c.column, { valeur: c.value ?? '', cause: { code: 'erreur-excel', params: { value: c.value ?? '' } } });
        return;
      case 'd':
        text = (c.value ?? '').slice(0, 10);
        break;
      default: {
        const n = Number(c.value);
        if (c.value === null || c.value.trim() === '' || !Number.isFinite(n)) text = c.value ?? '';
        else text = dateStyles[c.style] === true && n >= 1 ? serialToIso(n, date1904) : numberText(n);
      }
    }
    fields[c.column] = text;
  };

  scan(xml, {
    open: (name, attrs) => {
      switch (name) {
        case 'row': {
          const r = Number(attrs()['r']);
          rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
          fields = [];
          issues = null;
          nextColumn = 0;
          break;
        }
        case 'c': {
          const a = attrs();
          const position = a['r'] ? cellPosition(a['r']) : null;
          const column = position ? position.column : nextColumn;
          // Cells count as the row's width (gaps included): that is what the rows hold.
          if (cells + column + 1 > maxCells) throw new CellLimit();
          nextColumn = column + 1;
          cell = { column, type: a['t'] ?? 'n', style: Number(a['s'] ?? 0), value: null, formula: null, inline: null };
          break;
        }
        case 'v':
        case 'f':
          if (cell) {
            collecting = name;
            buffer = '';
          }
          break;
        case 't':
          if (cell) {
            collecting = 't';
            buffer = '';
          }
          break;
        case 'rPh':
          collecting = null;
          break;
        case 'mergeCell': {
          const ref = attrs()['ref'] ?? '';
          const start = cellPosition(ref.split(':')[0] ?? '');
          if (start) merges.push({ ref, top: start.row, left: start.column });
          break;
        }
      }
    },
    close: (name) => {
      switch (name) {
        case 'v':
          if (cell && collecting === 'v') cell.value = buffer;
          collecting = null;
          break;
        case 'f':
          if (cell && collecting === 'f') cell.formula = buffer;
          collecting = null;
          break;
        case 't':
          if (cell && collecting === 't') (cell.inline ??= []).push(buffer);
          collecting = null;
          break;
        case 'c':
          if (cell) finishCell(cell);
          cell = null;
          break;
        case 'worksheet':
          complete = true;
          break;
        case 'row': {
          const filled: string[] = Array.from(fields, (f) => f ?? '');
          cells += filled.length;
          if (filled.length > 0 || issues) rows.push(issues ? { line: rowNumber, fields: filled, issues } : { line: rowNumber, fields: filled });
          break;
        }
      }
    },
    text: (value) => {
      if (collecting) buffer += value;
    },
  });
  // saxen stops quietly at the end of a truncated text: a sheet whose root never closes was cut short.
  if (!complete) throw new WorkbookError(DAMAGED_SHEET);
  return { rows, merges };
}
