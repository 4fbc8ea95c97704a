/**
 * Hostile inputs (issue #16): for each case, a copy of the fictional sample
 * (`data/exports/`, with its source.json) plus the hostile file(s) in a
 * region-like subfolder named after the case, so the rest of the province
 * still builds. Everything is generated, deterministic (same bytes at every
 * run on one Node version), fictional, and never committed.
 *
 *   tsx tools/hostile/generate.ts <root> [case …]     → <root>/<case>/…
 *   tsx tools/hostile/generate.ts --combined <dir> [case …]
 *        → one folder: the sample plus every case's files (bench's full build)
 *
 * No step holds a large file in memory: the 1 048 576-row sheet is deflated
 * as it is written (fflate's streaming `Deflate`), and the bombs repeat one
 * deflate block made with a full flush (node:zlib), so the 2 GiB one takes
 * about a second and a few MB of disk.
 */
import { closeSync, cpSync, mkdirSync, openSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Deflate, deflateSync, strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { SCHEMAS } from '../../src/lib/contract/columns.ts';
import { templateCsv } from '../../src/lib/publish/templates.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
export const SAMPLE_DIR = join(PROJECT, 'data/exports');

const MIB = 1024 * 1024;

// ---------------------------------------------------------------------------
// Rows

export type Row = Readonly<Record<string, string>>;

export const INITIATIVE_COLUMNS: readonly string[] = SCHEMAS.initiatives.map((c) => c.name);

const PLACES = ['Chomedey', 'Vimont', 'Sainte-Rose', 'Pont-Viau', 'Laval-des-Rapides', 'Duvernay', 'Fabreville', 'Auteuil', 'Sainte-Dorothée', 'Saint-François', 'Laval-Ouest', 'L’Abord-à-Plouffe'];
const TITLES = ['Épicerie solidaire', 'Cuisines collectives', 'Halte-garderie communautaire', 'Clinique d’impôts bénévole', 'Accompagnement vers l’emploi', 'Friperie et meubles à prix modiques', 'Répit pour les proches aidants', 'Café de quartier intergénérationnel'];
const PRIORITY_CODES = ['securite-alimentaire', 'prevention', 'prejuges', 'centres-villes'];
const STATUS_CODES = ['demarree', 'en-cours', 'completee'];

/**
 * A valid, fictional Laval (region 13) initiative of 2024-2025, canonical
 * values; `id` is `<tag>-<nn>`. Each case uses its own tag, so no two
 * cases' rows share a key (the combined folder holds them all).
 */
export function initiative(tag: string, i: number, over: Partial<Record<string, string>> = {}): Row {
  const place = PLACES[i % PLACES.length]!;
  const row: Record<string, string> = {
    annee: '2024-2025',
    region: '13',
    alliance: '',
    id: `${tag}-${String(i).padStart(2, '0')}`,
    titre: `${TITLES[i % TITLES.length]} – ${place}`,
    organisme: `Centre d’entraide de ${place} (fictif)`,
    mrc: '',
    priorite: PRIORITY_CODES[i % PRIORITY_CODES.length]!,
    priorite_regionale: '',
    statut: STATUS_CODES[i % STATUS_CODES.length]!,
    date_debut: `2024-11-${String(1 + (i % 28)).padStart(2, '0')}`,
    date_fin: '2025-10-31',
    montant_fqis: String(5000 + 250 * i),
    autres_contributions: '',
    personnes_rejointes: String(20 + 7 * i),
    cibles_atteintes: '',
    nb_organisations: String(1 + (i % 4)),
    secteurs: 'communautaire|municipal',
    mise_en_commun: i % 2 === 1 ? 'oui' : 'non',
    participation_personnes: 'oui',
    pratique_gagnante: 'non',
    description: `L’initiative accueille les familles de ${place} : « portes ouvertes » chaque mois; activités en français et en anglais.`,
    resultats: '',
    lien: '',
  };
  for (const [k, v] of Object.entries(over)) if (v !== undefined) row[k] = v;
  return row;
}

/** `n` rows `<tag>-01` … `<tag>-nn`. */
export const initiatives = (tag: string, n: number): Row[] => Array.from({ length: n }, (_, k) => initiative(tag, k + 1));

function csvLine(cells: readonly string[], delimiter: string): string {
  return cells.map((c) => (c.includes(delimiter) || /["\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter);
}

const cellsOf = (row: Row, columns: readonly string[] = INITIATIVE_COLUMNS): string[] => columns.map((c) => row[c] ?? '');

/** Header and rows as CSV text, each record ended by `eol`. */
function csvText(rows: readonly Row[], delimiter: string, eol: string): string {
  return [INITIATIVE_COLUMNS, ...rows.map((r) => cellsOf(r))].map((cells) => csvLine(cells, delimiter) + eol).join('');
}

const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

// ---------------------------------------------------------------------------
// A minimal ZIP writer that streams to disk (no part is ever held whole)

type ZipEntry =
  | { readonly name: string; readonly data: Uint8Array }
  /** Deflated with fflate's streaming `Deflate` as the chunks come. */
  | { readonly name: string; readonly chunks: () => Iterable<Uint8Array> }
  /** `prefix`, repeated rows, `suffix`: `size` bytes inflated; the headers say `declaredSize` when given (a lying archive). */
  | { readonly name: string; readonly bomb: { readonly prefix: string; readonly suffix: string; readonly size: number; readonly declaredSize?: number } };

// 2026-01-01 00:00 in MS-DOS format.
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

function localHeader(name: Uint8Array, crc: number, csize: number, usize: number): Uint8Array {
  const b = new Uint8Array(30 + name.length);
  const v = new DataView(b.buffer);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(4, 20, true);
  v.setUint16(6, 0x0800, true);
  v.setUint16(8, 8, true);
  v.setUint16(10, DOS_TIME, true);
  v.setUint16(12, DOS_DATE, true);
  v.setUint32(14, crc >>> 0, true);
  v.setUint32(18, csize, true);
  v.setUint32(22, usize, true);
  v.setUint16(26, name.length, true);
  v.setUint16(28, 0, true);
  b.set(name, 30);
  return b;
}

function centralHeader(name: Uint8Array, crc: number, csize: number, usize: number, offset: number): Uint8Array {
  const b = new Uint8Array(46 + name.length);
  const v = new DataView(b.buffer);
  v.setUint32(0, 0x02014b50, true);
  v.setUint16(4, 20, true);
  v.setUint16(6, 20, true);
  v.setUint16(8, 0x0800, true);
  v.setUint16(10, 8, true);
  v.setUint16(12, DOS_TIME, true);
  v.setUint16(14, DOS_DATE, true);
  v.setUint32(16, crc >>> 0, true);
  v.setUint32(20, csize, true);
  v.setUint32(24, usize, true);
  v.setUint16(28, name.length, true);
  // Extra, comment, disk, internal and external attributes: 0.
  v.setUint32(42, offset, true);
  b.set(name, 46);
  return b;
}

function endOfCentralDirectory(count: number, size: number, offset: number): Uint8Array {
  const b = new Uint8Array(22);
  const v = new DataView(b.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, count, true);
  v.setUint16(10, count, true);
  v.setUint32(12, size, true);
  v.setUint32(16, offset, true);
  return b;
}

/** Writes a ZIP archive to `path`, deflating each entry as it goes. */
export function writeZip(path: string, entries: readonly ZipEntry[]): void {
  const fd = openSync(path, 'w');
  let offset = 0;
  const put = (b: Uint8Array): void => {
    writeSync(fd, b);
    offset += b.length;
  };
  const central: Uint8Array[] = [];
  try {
    for (const entry of entries) {
      const name = strToU8(entry.name);
      const start = offset;
      put(localHeader(name, 0, 0, 0));
      let crc = 0;
      let size = 0;
      let csize = 0;
      let declared: number | undefined;
      const emit = (b: Uint8Array): void => {
        put(b);
        csize += b.length;
      };
      if ('data' in entry) {
        crc = crc32(entry.data);
        size = entry.data.length;
        emit(deflateSync(entry.data, { level: 6 }));
      } else if ('chunks' in entry) {
        const deflate = new Deflate({ level: 6 }, (chunk) => emit(chunk));
        for (const chunk of entry.chunks()) {
          crc = crc32(chunk, crc);
          size += chunk.length;
          deflate.push(chunk);
        }
        deflate.push(new Uint8Array(0), true);
      } else {
        ({ crc, size } = writeBomb(entry.bomb, emit));
        declared = entry.bomb.declaredSize;
      }
      if (size > 0xffffffff || csize > 0xffffffff || offset > 0xffffffff) throw new Error(`${entry.name}: ZIP64 is not written here`);
      writeSync(fd, localHeader(name, crc, csize, declared ?? size), 0, 30 + name.length, start);
      central.push(centralHeader(name, crc, csize, declared ?? size, start));
    }
    const directory = offset;
    for (const c of central) put(c);
    put(endOfCentralDirectory(central.length, offset - directory, directory));
  } finally {
    closeSync(fd);
  }
}

/**
 * The row a bomb repeats: ten numeric cells, no `r` attribute (optional in
 * OOXML, so each is the next row): 161 bytes, about 3.1 million rows and
 * 31 million cells in 480 MiB, what a reader without limits holds whole.
 */
export const BOMB_ROW = `<row>${'<c><v>1</v></c>'.repeat(10)}</row>`;

/**
 * A part of `size` bytes: `prefix`, copies of `row`, spaces (fewer than a
 * row) and `suffix`. Each segment is its own deflate stream ended by a full
 * flush (byte-aligned, no reference to what came before), so one
 * compressed mebibyte of rows is written again and again.
 */
function writeBomb(bomb: { prefix: string; suffix: string; size: number }, emit: (b: Uint8Array) => void): { crc: number; size: number } {
  const prefix = strToU8(bomb.prefix);
  const suffix = strToU8(bomb.suffix);
  const row = strToU8(BOMB_ROW);
  const padding = bomb.size - prefix.length - suffix.length;
  if (padding < 0) throw new Error('bomb smaller than its XML');
  const repeat = (count: number, extra = 0): Uint8Array => {
    const out = new Uint8Array(count * row.length + extra).fill(0x20);
    for (let i = 0; i < count; i++) out.set(row, i * row.length);
    return out;
  };
  const unit = repeat(Math.floor(MIB / row.length));
  const flush = { level: 9, finishFlush: constants.Z_FULL_FLUSH };
  const block = deflateRawSync(unit, flush);
  let crc = crc32(prefix);
  emit(deflateRawSync(prefix, flush));
  let left = Math.floor(padding / unit.length);
  for (let i = 0; i < left; i++) crc = crc32(unit, crc);
  // Blocks written 256 at a time.
  const batch = Buffer.concat(Array.from({ length: 256 }, () => block));
  while (left > 0) {
    const n = Math.min(left, 256);
    emit(n === 256 ? batch : batch.subarray(0, n * block.length));
    left -= n;
  }
  const restBytes = padding % unit.length;
  const rest = repeat(Math.floor(restBytes / row.length), restBytes % row.length);
  if (rest.length > 0) {
    emit(deflateRawSync(rest, flush));
    crc = crc32(rest, crc);
  }
  emit(deflateRawSync(suffix, { level: 9 }));
  crc = crc32(suffix, crc);
  return { crc, size: bomb.size };
}

// ---------------------------------------------------------------------------
// Workbooks

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Cell styles of every generated workbook (styles.xml below). */
export const STYLE = { general: 0, persons: 1, date: 2, amount: 3 } as const;

/**
 * Number formats as Excel writes them in styles.xml: a count shown as
 * « 1 250 personnes » (`0" personnes"`, whose quotes the XML writes as
 * `&quot;`), a French date and an amount in dollars.
 */
const STYLES_XML =
  `${XML_DECL}<styleSheet xmlns="${MAIN}"><numFmts count="3">` +
  `<numFmt numFmtId="164" formatCode="${esc('0" personnes"')}"/>` +
  `<numFmt numFmtId="165" formatCode="dd/mm/yyyy"/>` +
  `<numFmt numFmtId="166" formatCode="${esc('#,##0.00\\ "$"')}"/></numFmts>` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>` +
  `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

export type Cell = string | { readonly n: number; readonly s?: number } | null;

class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
  xml(): string {
    return `${XML_DECL}<sst xmlns="${MAIN}" count="${this.list.length}" uniqueCount="${this.list.length}">${this.list.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`;
  }
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function rowXml(r: number, cells: readonly Cell[], strings: SharedStrings): string {
  const xml = cells
    .map((cell, c) => {
      if (cell === null) return '';
      const ref = `${columnName(c)}${r}`;
      if (typeof cell === 'string') return `<c r="${ref}" t="s"><v>${strings.of(cell)}</v></c>`;
      return `<c r="${ref}"${cell.s ? ` s="${cell.s}"` : ''}><v>${cell.n}</v></c>`;
    })
    .join('');
  return `<row r="${r}">${xml}</row>`;
}

const SHEET_OPEN = `${XML_DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>`;
const SHEET_CLOSE = '</sheetData></worksheet>';

type SheetPart =
  | { readonly kind: 'rows'; readonly rows: readonly (readonly Cell[])[] }
  /** Rows written by a generator, `SHEET_OPEN`/`SHEET_CLOSE` around them. */
  | { readonly kind: 'stream'; readonly rows: (strings: SharedStrings) => Iterable<string> }
  /** The header row, then copies of `BOMB_ROW` up to `size` bytes. */
  | { readonly kind: 'bomb'; readonly header: readonly string[]; readonly size: number; readonly declaredSize?: number };

interface WorkbookSheet {
  readonly name: string;
  readonly part: SheetPart;
}

/** Writes a workbook as Excel lays it out: shared strings, styles, one part per sheet. */
function writeWorkbook(path: string, sheets: readonly WorkbookSheet[]): void {
  const strings = new SharedStrings();
  const parts: ZipEntry[] = sheets.map((sheet, k) => {
    const name = `xl/worksheets/sheet${k + 1}.xml`;
    const part = sheet.part;
    if (part.kind === 'rows') {
      return { name, data: utf8(SHEET_OPEN + part.rows.map((cells, r) => rowXml(r + 1, cells, strings)).join('') + SHEET_CLOSE) };
    }
    if (part.kind === 'stream') {
      return {
        name,
        chunks: function* () {
          yield utf8(SHEET_OPEN);
          for (const text of part.rows(strings)) yield utf8(text);
          yield utf8(SHEET_CLOSE);
        },
      };
    }
    // Inline strings, so that the bomb needs no shared string.
    const header = part.header.map((h, c) => `<c r="${columnName(c)}1" t="inlineStr"><is><t>${esc(h)}</t></is></c>`).join('');
    const bomb = { prefix: `${SHEET_OPEN}<row r="1">${header}</row>`, suffix: SHEET_CLOSE, size: part.size };
    return { name, bomb: part.declaredSize === undefined ? bomb : { ...bomb, declaredSize: part.declaredSize } };
  });
  // The streamed parts fill the shared strings as they are written: written last, after them.
  const entries: ZipEntry[] = [
    {
      name: '[Content_Types].xml',
      data: utf8(
        `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          sheets.map((_, k) => `<Override PartName="/xl/worksheets/sheet${k + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
      ),
    },
    { name: '_rels/.rels', data: utf8(`${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    {
      name: 'xl/workbook.xml',
      data: utf8(
        `${XML_DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/><sheets>` +
          sheets.map((s, k) => `<sheet name="${esc(s.name)}" sheetId="${k + 1}" r:id="rId${k + 1}"/>`).join('') +
          '</sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: utf8(
        `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          sheets.map((_, k) => `<Relationship Id="rId${k + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${k + 1}.xml"/>`).join('') +
          `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
          `<Relationship Id="rId${sheets.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/styles.xml', data: utf8(STYLES_XML) },
    ...parts,
  ];
  const sharedStrings: ZipEntry = {
    name: 'xl/sharedStrings.xml',
    chunks: function* () {
      yield utf8(strings.xml());
    },
  };
  writeZip(path, [...entries, sharedStrings]);
}

/** Days since 1899-12-30: how Excel stores a date. */
const excelDate = (iso: string): number => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** A short, valid initiatives sheet: the workbook's other sheet beside a bomb. */
function smallSheet(tag: string, n: number, annee = '2025-2026'): SheetPart {
  const columns = ['annee', 'region', 'id', 'titre', 'organisme', 'priorite', 'statut', 'date_debut', 'montant_fqis'];
  const rows = initiatives(tag, n).map((r) => columns.map((c): Cell => (c === 'annee' ? annee : c === 'date_debut' ? { n: excelDate('2025-11-15'), s: STYLE.date } : c === 'montant_fqis' ? { n: Number(r[c]), s: STYLE.amount } : r[c]!)));
  return { kind: 'rows', rows: [columns, ...rows] };
}

// ---------------------------------------------------------------------------
// The cases

export interface CaseContext {
  /** The input folder (DATA_DIR). */
  readonly input: string;
  /** Where the case writes its files: `<input>/<case>/`. */
  readonly dir: string;
  /** A folder outside the input folder (the symlinks case links there). */
  readonly outside: string;
}

export interface HostileCase {
  readonly name: string;
  /** English, for the bench's table. */
  readonly description: string;
  /** The hostile files, relative to the input folder (always below `<name>/`). */
  readonly files: readonly string[];
  /** Large inputs: `npm run validate` is run on them too, and they take longer. */
  readonly heavy: boolean;
  readonly write: (ctx: CaseContext) => void;
}

/** Rows of the 800 000-line CSV file, and of the 1 048 576-row sheet (all but its header). */
export const CSV_ONES = 800_000;
export const SHEET_ROWS = 1_048_576;
export const BOMB_480 = 480 * MIB;
export const BOMB_2G = 2048 * MIB;
export const LYING_SIZE = 400 * MIB;
export const LYING_DECLARED = 64 * 1024;
/** Title of the implausible case's row at line 11, in characters; a description of 6 000 at line 12. */
export const LONG_TITLE = 5_000_000;
export const LONG_DESCRIPTION = 6_000;
/** Over the 300 characters that draw a warning, within the 32 767 a cell holds: published, cut on pages. */
export const LONG_PLAUSIBLE_TITLE = 1_000;
/** The line of the mixed-encoding files written in Windows-1252 (data row 17). */
export const CP1252_LINE = 18;
export const CP1252_TITLE = 'Épicerie solidaire – Chomedey';
/** The nul-bytes case: data row 30 (line 31) has NULs in its title. */
export const NUL_LINE = 31;
export const NUL_TITLE = 'Cuisine collective – Vimont';
/** The date the template row is made for: reporting year 2024-2025. */
export const TEMPLATE_DATE = '2025-01-15';
/** The sample file the symlinks case links to (32 rows, all published in the sample). */
export const LINKED_SAMPLE_FILE = 'laval/initiatives-2024-2025.csv';

const FRENCH_HEADER: Readonly<Record<string, string>> = {
  annee: 'Année',
  region: 'Région',
  alliance: 'Alliance',
  id: 'No',
  titre: "Titre de l'initiative",
  organisme: 'Organisme porteur',
  mrc: 'Territoire',
  priorite: 'Priorité',
  priorite_regionale: 'Priorité régionale',
  statut: "État d'avancement",
  date_debut: 'Date de début',
  date_fin: 'Date de fin',
  montant_fqis: 'Montant versé',
  autres_contributions: 'Autres sources',
  personnes_rejointes: 'Personnes touchées',
  cibles_atteintes: 'Atteinte des cibles',
  nb_organisations: "Nombre d'organisations",
  secteurs: 'Secteurs impliqués',
  mise_en_commun: 'Mise en commun des ressources',
  participation_personnes: 'Participation des personnes',
  pratique_gagnante: 'Bonne pratique',
  description: 'Résumé',
  resultats: 'Résultats observés',
  lien: 'Site',
};

const STATUS_LABELS: Readonly<Record<string, string>> = { demarree: 'Démarrée', 'en-cours': 'En cours', completee: 'Complétée' };
const NBSP = '\u00a0';
/** `12 500,00 $` with a non-breaking space, as French Excel writes it. */
const frenchAmount = (s: string): string => `${Number(s).toLocaleString('fr-CA', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).replace(/\s/g, NBSP)} $`;
const frenchDate = (iso: string): string => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');
const ouiNon = (s: string): string => (s === 'oui' ? 'Oui' : s === 'non' ? 'Non' : s);

/** A row as French Excel shows it: dates `JJ/MM/AAAA`, amounts `5 250,00 $`, statuses and yes/no in words. */
function frenchRow(r: Row): Row {
  return {
    ...r,
    statut: STATUS_LABELS[r['statut']!] ?? r['statut']!,
    date_debut: frenchDate(r['date_debut']!),
    date_fin: frenchDate(r['date_fin']!),
    montant_fqis: frenchAmount(r['montant_fqis']!),
    mise_en_commun: ouiNon(r['mise_en_commun']!),
    participation_personnes: ouiNon(r['participation_personnes']!),
    pratique_gagnante: ouiNon(r['pratique_gagnante']!),
  };
}

/** 32 rows, UTF-8, `;`, CRLF; data row 17 (line 18) encoded in Windows-1252. */
function mixedEncoding(path: string, tag: string, accented: boolean): void {
  const rows = initiatives(tag, 32).map((r, k) => (k === 16 ? { ...r, titre: CP1252_TITLE } : r));
  const header = accented ? INITIATIVE_COLUMNS.map((c) => FRENCH_HEADER[c]!) : INITIATIVE_COLUMNS;
  const lines = [header, ...rows.map((r) => cellsOf(accented ? frenchRow(r) : r))].map((cells) => `${csvLine(cells, ';')}\r\n`);
  const parts = lines.map((line, k) => (k + 1 === CP1252_LINE ? iconv.encode(line, 'win1252') : utf8(line)));
  // The accented header's file is Excel's « CSV UTF-8 »: with a BOM.
  writeFileSync(path, Buffer.concat([...(accented ? [BOM] : []), ...parts]));
}

const repeatTo = (unit: string, length: number): string => {
  const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length - 1);
  return `${text}.`;
};

export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    name: 'csv-800k-ones',
    description: 'initiatives CSV: a valid header, then 800 000 lines holding only `1` (1.6 MB)',
    files: ['csv-800k-ones/initiatives-2024-2025.csv'],
    heavy: true,
    write: ({ dir }) => {
      writeFileSync(join(dir, 'initiatives-2024-2025.csv'), `${INITIATIVE_COLUMNS.join(',')}\n${'1\n'.repeat(CSV_ONES)}`);
    },
  },
  {
    name: 'xlsx-1m-rows',
    description: 'workbook: an initiatives header row, then one-cell rows down to Excel’s last row, 1 048 576',
    files: ['xlsx-1m-rows/suivi-2024-2025.xlsx'],
    heavy: true,
    write: ({ dir }) => {
      writeWorkbook(join(dir, 'suivi-2024-2025.xlsx'), [
        {
          name: 'Feuil1',
          part: {
            kind: 'stream',
            rows: function* (strings) {
              yield rowXml(1, INITIATIVE_COLUMNS, strings);
              for (let start = 2; start <= SHEET_ROWS; start += 8192) {
                let chunk = '';
                for (let r = start; r < Math.min(start + 8192, SHEET_ROWS + 1); r++) chunk += `<row r="${r}"><c r="A${r}"><v>1</v></c></row>`;
                yield chunk;
              }
            },
          },
        },
      ]);
    },
  },
  {
    name: 'xlsx-bomb-480mib',
    description: 'workbook whose first sheet’s XML inflates to 480 MiB (an initiatives header row, then 3.1 million rows of ten `1` cells); a second, valid sheet of 3 rows',
    files: ['xlsx-bomb-480mib/suivi-2024-2025.xlsx'],
    heavy: true,
    write: ({ dir }) => {
      writeWorkbook(join(dir, 'suivi-2024-2025.xlsx'), [
        { name: 'Feuil1', part: { kind: 'bomb', header: INITIATIVE_COLUMNS, size: BOMB_480 } },
        { name: 'Initiatives 2025', part: smallSheet('B480', 3) },
      ]);
    },
  },
  {
    name: 'xlsx-bomb-2gib',
    description: 'the same with a 2 GiB sheet XML (honest sizes in the ZIP headers)',
    files: ['xlsx-bomb-2gib/suivi-2024-2025.xlsx'],
    heavy: true,
    write: ({ dir }) => {
      writeWorkbook(join(dir, 'suivi-2024-2025.xlsx'), [
        { name: 'Feuil1', part: { kind: 'bomb', header: INITIATIVE_COLUMNS, size: BOMB_2G } },
        { name: 'Initiatives 2025', part: smallSheet('B2G', 3) },
      ]);
    },
  },
  {
    name: 'xlsx-bomb-lying-header',
    description: 'a sheet whose ZIP headers declare 64 KiB but which inflates to 400 MiB; a second, valid sheet of 3 rows',
    files: ['xlsx-bomb-lying-header/suivi-2024-2025.xlsx'],
    heavy: true,
    write: ({ dir }) => {
      writeWorkbook(join(dir, 'suivi-2024-2025.xlsx'), [
        { name: 'Feuil1', part: { kind: 'bomb', header: INITIATIVE_COLUMNS, size: LYING_SIZE, declaredSize: LYING_DECLARED } },
        { name: 'Initiatives 2025', part: smallSheet('BLIE', 3) },
      ]);
    },
  },
  {
    name: 'mixed-encoding',
    description: 'UTF-8 initiatives CSV (`;`, CRLF, accents) of 32 rows, one of them (line 18) in Windows-1252',
    files: ['mixed-encoding/initiatives-2024-2025.csv'],
    heavy: false,
    write: ({ dir }) => mixedEncoding(join(dir, 'initiatives-2024-2025.csv'), 'ENC', false),
  },
  {
    name: 'mixed-encoding-accented-header',
    description: 'the same with a BOM, accented synonym headers (`Année`, `Région`, `Priorité`…) and French values; line 18 in Windows-1252',
    files: ['mixed-encoding-accented-header/initiatives-2024-2025.csv'],
    heavy: false,
    write: ({ dir }) => mixedEncoding(join(dir, 'initiatives-2024-2025.csv'), 'ENH', true),
  },
  {
    name: 'mixed-newlines',
    description: 'initiatives CSV of 32 records: header and records 1-16 end in CRLF, records 17-32 in LF (one quoted cell holds an LF, as Excel writes it)',
    files: ['mixed-newlines/initiatives-2024-2025.csv'],
    heavy: false,
    write: ({ dir }) => {
      const rows = initiatives('NL', 32).map((r, k) => (k === 4 ? { ...r, description: 'Première partie du résumé.\nSeconde partie, sur une autre ligne de la cellule.' } : r));
      const lines = [INITIATIVE_COLUMNS, ...rows.map((r) => cellsOf(r))].map((cells, k) => csvLine(cells, ',') + (k <= 16 ? '\r\n' : '\n'));
      writeFileSync(join(dir, 'initiatives-2024-2025.csv'), Buffer.concat([BOM, utf8(lines.join(''))]));
    },
  },
  {
    name: 'implausible',
    description: 'Laval initiatives with amounts 1.7e308, 1,7E+308, 1e20, Infinity, 2 000 000 000, counts 200 000 000 and 10 000 000 (population 437 300), start dates 1900 and 2099, a 5 MB title (over what a cell holds), a 1 000-character title, a 6 000-character description',
    files: ['implausible/initiatives-2024-2025.csv'],
    heavy: false,
    write: ({ dir }) => {
      // Row k is at line k + 2, and its id says so: IMP-02 is line 2.
      const changes: Partial<Record<string, string>>[] = [
        { montant_fqis: '1.7e308' },
        { montant_fqis: '1,7E+308' },
        { montant_fqis: '1e20' },
        { montant_fqis: 'Infinity' },
        { montant_fqis: '2 000 000 000' },
        { personnes_rejointes: '200 000 000' },
        { personnes_rejointes: '10 000 000' },
        { date_debut: '1900-01-01', date_fin: '' },
        { date_debut: '2099-01-01', date_fin: '' },
        { titre: repeatTo('Projet de quartier très, très long – ', LONG_TITLE) },
        { description: repeatTo('Une description détaillée, écrite avec soin. ', LONG_DESCRIPTION) },
        { montant_fqis: '1 500 000' },
        { montant_fqis: '5 000 000' },
        {},
        {},
        { titre: repeatTo('Un titre long mais plausible, ', LONG_PLAUSIBLE_TITLE) },
      ];
      const rows = changes.map((over, k) => initiative('IMP', k + 2, over));
      writeFileSync(join(dir, 'initiatives-2024-2025.csv'), Buffer.concat([BOM, utf8(csvText(rows, ';', '\r\n'))]));
    },
  },
  {
    name: 'workbook-entities',
    description: 'workbook with a sheet named « Suivi R&D » (`R&amp;D` in the XML) and counts formatted `0" personnes"` (`&quot;` in styles.xml)',
    files: ['workbook-entities/suivi-r-et-d.xlsx'],
    heavy: false,
    write: ({ dir }) => {
      const columns = ['annee', 'region', 'id', 'titre', 'organisme', 'priorite', 'statut', 'date_debut', 'date_fin', 'montant_fqis', 'personnes_rejointes'];
      const rows = initiatives('RD', 6).map((r, k) =>
        columns.map((c): Cell => {
          if (c === 'date_debut' || c === 'date_fin') return { n: excelDate(r[c]!), s: STYLE.date };
          if (c === 'montant_fqis') return { n: Number(r[c]), s: STYLE.amount };
          if (c === 'personnes_rejointes') return { n: PERSONS_FORMATTED[k]!, s: STYLE.persons };
          return r[c]!;
        }),
      );
      writeWorkbook(join(dir, 'suivi-r-et-d.xlsx'), [{ name: 'Suivi R&D', part: { kind: 'rows', rows: [columns, ...rows] } }]);
    },
  },
  {
    name: 'symlinks',
    description: 'a symbolic link to a sample export in the same folder (read: 32 identical rows), and one to a valid export outside the folder (reported, not read)',
    files: ['symlinks/lien-vers-laval.csv', 'symlinks/lien-hors-dossier.csv'],
    heavy: false,
    write: ({ input, dir, outside }) => {
      symlinkSync(relative(dir, join(input, LINKED_SAMPLE_FILE)), join(dir, 'lien-vers-laval.csv'));
      mkdirSync(outside, { recursive: true });
      const target = join(outside, 'initiatives-hors-dossier.csv');
      writeFileSync(target, csvText(initiatives('HORS', 5), ',', '\n'));
      symlinkSync(relative(dir, target), join(dir, 'lien-hors-dossier.csv'));
    },
  },
  {
    name: 'utf16',
    description: 'Excel/LibreOffice « Unicode text » saved as .csv: UTF-16 LE with BOM, tab-delimited, CRLF, accents (8 rows); and the same in UTF-16 BE with BOM',
    files: ['utf16/initiatives-utf16le.csv', 'utf16/initiatives-utf16be.csv'],
    heavy: false,
    write: ({ dir }) => {
      const le = Buffer.from(`\ufeff${csvText(initiatives('U16L', 8), '\t', '\r\n')}`, 'utf16le');
      writeFileSync(join(dir, 'initiatives-utf16le.csv'), le);
      writeFileSync(join(dir, 'initiatives-utf16be.csv'), Buffer.from(`\ufeff${csvText(initiatives('U16B', 8), '\t', '\r\n')}`, 'utf16le').swap16());
    },
  },
  {
    name: 'nul-bytes',
    description: 'UTF-8 initiatives CSV of 40 rows with three NUL bytes inside a title at line 31, past the first 4 KB',
    files: ['nul-bytes/initiatives-2024-2025.csv'],
    heavy: false,
    write: ({ dir }) => {
      const rows = initiatives('NUL', 40).map((r, k) => (k + 2 === NUL_LINE ? { ...r, titre: NUL_TITLE.replace(' –', '\0\0\0 –') } : r));
      const bytes = utf8(csvText(rows, ',', '\n'));
      if (bytes.indexOf(0) < 4096) throw new Error('the NUL bytes must come after the first 4 KB');
      writeFileSync(join(dir, 'initiatives-2024-2025.csv'), bytes);
    },
  },
  {
    name: 'template-row',
    description: 'the partners’ CSV template (`;`, BOM) still holding its example row `EXEMPLE-1`, then 5 real rows',
    files: ['template-row/initiatives-2024-2025.csv'],
    heavy: false,
    write: ({ dir }) => {
      const template = templateCsv('initiatives', TEMPLATE_DATE);
      const rows = initiatives('TPL', 5).map((r) => `${csvLine(cellsOf(r), ';')}\r\n`).join('');
      writeFileSync(join(dir, 'initiatives-2024-2025.csv'), template + rows);
    },
  },
  {
    name: 'not-exports',
    description: 'files that are not exports: a README.md, a PDF, a Word .docx and a LibreOffice .ods',
    files: ['not-exports/README.md', 'not-exports/rapport-annuel.pdf', 'not-exports/compte-rendu.docx', 'not-exports/suivi-2024-2025.ods'],
    heavy: false,
    write: ({ dir }) => {
      const mtime = new Date('2026-01-01T00:00:00Z');
      writeFileSync(join(dir, 'README.md'), '# Notes du partenaire (fictives)\n\nLes fichiers de ce dossier accompagnent nos exportations.\n');
      writeFileSync(
        join(dir, 'rapport-annuel.pdf'),
        '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
      );
      writeFileSync(
        join(dir, 'compte-rendu.docx'),
        zipSync(
          {
            '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
            'word/document.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Compte rendu fictif de la rencontre régionale.</w:t></w:r></w:p></w:body></w:document>'),
          },
          { mtime },
        ),
      );
      writeFileSync(
        join(dir, 'suivi-2024-2025.ods'),
        zipSync(
          {
            mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
            'content.xml': strToU8(
              '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Feuille1">' +
                [INITIATIVE_COLUMNS, ...initiatives('ODS', 2).map((r) => cellsOf(r))].map((cells) => `<table:table-row>${cells.map((c) => `<table:table-cell office:value-type="string"><text:p>${esc(c)}</text:p></table:table-cell>`).join('')}</table:table-row>`).join('') +
                '</table:table></office:spreadsheet></office:body></office:document-content>',
            ),
            'META-INF/manifest.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'),
          },
          { mtime },
        ),
      );
    },
  },
];

/** The workbook-entities case's counts, rows RD-01 … RD-06 (shown « 1250 personnes » in Excel). */
export const PERSONS_FORMATTED: readonly number[] = [1250, 80, 342, 17, 905, 64];

export const CASE_NAMES: readonly string[] = HOSTILE_CASES.map((c) => c.name);

export function hostileCase(name: string): HostileCase {
  const c = HOSTILE_CASES.find((x) => x.name === name);
  if (!c) throw new Error(`unknown hostile case « ${name} »; known: ${CASE_NAMES.join(', ')}`);
  return c;
}

/** Where a case's symlink target outside the input folder goes. */
export const outsideOf = (input: string): string => `${input}.outside`;

function copySample(input: string): void {
  rmSync(input, { recursive: true, force: true });
  rmSync(outsideOf(input), { recursive: true, force: true });
  cpSync(SAMPLE_DIR, input, { recursive: true });
}

function writeCase(c: HostileCase, input: string): void {
  const dir = join(input, c.name);
  mkdirSync(dir, { recursive: true });
  c.write({ input, dir, outside: outsideOf(input) });
}

/** Writes `<root>/<case>/`: the sample plus the case's files, for each case (all by default). */
export function generateHostile(root: string, cases: readonly string[] = CASE_NAMES): void {
  for (const name of cases) {
    const c = hostileCase(name);
    const input = join(root, c.name);
    copySample(input);
    writeCase(c, input);
  }
}

/** Writes one input folder `dir`: the sample plus every listed case's files (each below `<case>/`). */
export function generateCombined(dir: string, cases: readonly string[] = CASE_NAMES): void {
  copySample(dir);
  for (const name of cases) writeCase(hostileCase(name), dir);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const combined = args.includes('--combined');
  const [target, ...cases] = args.filter((a) => a !== '--combined');
  if (!target) {
    console.error('usage: tsx tools/hostile/generate.ts [--combined] <folder> [case …]');
    console.error(`cases: ${CASE_NAMES.join(', ')}`);
    process.exit(2);
  }
  const started = performance.now();
  const names = cases.length > 0 ? cases : CASE_NAMES;
  mkdirSync(dirname(resolve(target)), { recursive: true });
  if (combined) generateCombined(resolve(target), names);
  else generateHostile(resolve(target), names);
  console.log(`${names.length} case(s) written to ${resolve(target)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
