/**
 * Reads back a CSV as this module's writer publishes it (RFC 4180, comma,
 * CRLF or LF, optional BOM): the Excel workbooks are made from the published
 * CSV, so they hold the same rows. Streams: records are yielded as the
 * content's chunks arrive, whatever the chunk boundaries.
 */
import type { Content } from '../formats/content.ts';

const FIELD_END = /[,\r\n]/g;

interface Parsed {
  readonly rows: string[][];
  /** The unfinished record at the end of the text, to prepend to the next chunk. */
  readonly rest: string;
}

/** The complete records of `text`; with `final`, the end of the text ends the last one. */
function parse(text: string, final: boolean): Parsed {
  const rows: string[][] = [];
  let pos = 0;
  while (pos < text.length) {
    const start = pos;
    const row: string[] = [];
    let complete = false;
    for (;;) {
      let value: string;
      if (text.charCodeAt(pos) === 34) {
        // Quoted: up to the quote not doubled.
        value = '';
        let from = pos + 1;
        let closed = -1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0 || (q + 1 === text.length && !final)) break;
          if (text.charCodeAt(q + 1) === 34) {
            value += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          value += text.slice(from, q);
          closed = q;
          break;
        }
        if (closed < 0) {
          if (final) throw new Error('CSV : guillemet non fermé');
          break;
        }
        pos = closed + 1;
      } else {
        FIELD_END.lastIndex = pos;
        const end = FIELD_END.exec(text)?.index ?? text.length;
        value = text.slice(pos, end);
        pos = end;
      }
      row.push(value);
      const c = text.charCodeAt(pos);
      if (c === 44) {
        pos++;
        continue;
      }
      if (c === 13 || c === 10) {
        if (c === 13 && pos + 1 === text.length && !final) break;
        pos += c === 13 && text.charCodeAt(pos + 1) === 10 ? 2 : 1;
        complete = true;
        break;
      }
      if (pos >= text.length && final) complete = true;
      break;
    }
    if (!complete) return { rows, rest: text.slice(start) };
    rows.push(row);
  }
  return { rows, rest: '' };
}

/** The records of a CSV content, header first, BOM dropped. */
export function* csvRows(content: Content): Generator<string[]> {
  let buffer = '';
  let first = true;
  for (const chunk of content()) {
    if (typeof chunk !== 'string') throw new TypeError('csvRows() of a binary content');
    buffer += chunk;
    if (first && buffer.length > 0) {
      if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
      first = false;
    }
    const { rows, rest } = parse(buffer, false);
    yield* rows;
    buffer = rest;
  }
  yield* parse(buffer, true).rows;
}
