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

/** The worksheet part's bytes: exceljs's frame with the appendix's rows. */
export function withAppendixCells(sheetXml: string, data: SheetDataXml): Uint8Array<ArrayBuffer> {
  const written = SHEET_DATA.exec(sheetXml);
  if (!written) throw new XlsxLayoutError("The appendix sheet exceljs wrote has no <sheetData>.");
  const styleOf = new Map<string, string>();
  for (const [, address, style] of written[0].matchAll(CELL_STYLE)) styleOf.set(address, style ?? "0");
  // A cell exceljs left out has the default style, 0.
  const ids = data.samples.map((cell) => styleOf.get(toA1(cell.row, cell.col)) ?? "0");
  const before = sheetXml.slice(0, written.index).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${data.dimension}"/>`);
  const encoder = new TextEncoder();
  return concat([encoder.encode(`${before}<sheetData>`), withStyleIds(data.rows, ids), encoder.encode(`</sheetData>${sheetXml.slice(written.index + written[0].length)}`)]);
}

/** Each token (TOKEN_BYTE, a style's number in ASCII digits, TOKEN_BYTE) replaced by that style's id. */
function withStyleIds(rows: Uint8Array, ids: string[]): Uint8Array {
  let tokens = 0;
  for (let i = 0; i < rows.length; i++) if (rows[i] === TOKEN_BYTE) tokens++;
  const longest = Math.max(0, ...ids.map((id) => id.length));
  const out = new Uint8Array(rows.length + (tokens / 2) * longest);
  let length = 0;
  let from = 0;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] !== TOKEN_BYTE) continue;
    out.set(rows.subarray(from, i), length);
    length += i - from;
    let number = 0;
    for (i++; rows[i] !== TOKEN_BYTE; i++) number = number * 10 + rows[i] - 0x30;
    const id = ids[number];
    for (let k = 0; k < id.length; k++) out[length++] = id.charCodeAt(k);
    from = i + 1;
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
