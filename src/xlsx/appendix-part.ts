/**
 * The appendix's cells put into the worksheet part exceljs wrote for its frame (addAppendixSheet):
 * the style ids exceljs gave the sample cells go in place of the style tokens, and the rows replace
 * exceljs's <sheetData>, the rest of the part (views, columns, merges, print setup) kept in its
 * place and order. Browser-safe.
 */
import { toA1 } from "../engine";
import { XlsxLayoutError } from "./errors";
import { type SheetDataXml, TOKEN_BYTE } from "./sheet-data";

const SHEET_DATA = /<sheetData\/>|<sheetData>[\s\S]*?<\/sheetData>/;
const CELL_STYLE = /<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g;

/**
 * The worksheet part's bytes: exceljs's frame with the appendix's rows. xfBase is added to the style
 * ids exceljs gave: where the frame's styles were appended to another package's (graft-styles.ts).
 */
export function withAppendixCells(sheetXml: string, data: SheetDataXml, xfBase = 0): Uint8Array<ArrayBuffer> {
  const written = SHEET_DATA.exec(sheetXml);
  if (!written) throw new XlsxLayoutError("The appendix sheet exceljs wrote has no <sheetData>.");
  const styleOf = new Map<string, string>();
  for (const [, address, style] of written[0].matchAll(CELL_STYLE)) styleOf.set(address, style ?? "0");
  // A cell exceljs left out has the default style, 0.
  const ids = data.samples.map((cell) => String(Number(styleOf.get(toA1(cell.row, cell.col)) ?? "0") + xfBase));
  const before = sheetXml.slice(0, written.index).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${data.dimension}"/>`);
  const encoder = new TextEncoder();
  return concat([encoder.encode(`${before}<sheetData>`), withStyleIds(data.rows, data.cells, ids), encoder.encode(`</sheetData>${sheetXml.slice(written.index + written[0].length)}`)]);
}

/** Each token (TOKEN_BYTE, a style's number in ASCII digits, TOKEN_BYTE) replaced by that style's id. */
function withStyleIds(rows: Uint8Array, cells: number, ids: string[]): Uint8Array {
  const longest = ids.reduce((most, id) => Math.max(most, id.length), 0);
  const out = new Uint8Array(rows.length + cells * longest);
  let length = 0;
  let from = 0;
  // indexOf runs natively: a byte-by-byte loop over 8 MB of rows took a tenth of a second.
  for (let at = rows.indexOf(TOKEN_BYTE); at >= 0; at = rows.indexOf(TOKEN_BYTE, from)) {
    out.set(rows.subarray(from, at), length);
    length += at - from;
    let number = 0;
    for (at++; rows[at] !== TOKEN_BYTE; at++) number = number * 10 + rows[at] - 0x30;
    const id = ids[number];
    for (let k = 0; k < id.length; k++) out[length++] = id.charCodeAt(k);
    from = at + 1;
  }
  out.set(rows.subarray(from), length);
  return out.subarray(0, length + rows.length - from);
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
