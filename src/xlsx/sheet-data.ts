/**
 * An appendix's cells as the <sheetData> of its worksheet part, written as XML text: exceljs builds
 * an object per cell and then serialises it, most of the command line's time on a national table
 * (170,000 cells for 10,600 communes). The XML is what exceljs itself writes for such cells, except
 * that text goes inline (t="inlineStr"), so the workbook's shared strings are left as exceljs wrote
 * them. Style ids are only known once exceljs has written the workbook's styles: each cell carries
 * its layout style's number between two U+0001 characters, which no escaped text can hold (XML 1.0
 * forbids it, and escapeXml drops it as exceljs does), replaced by the style's id afterwards.
 * Browser-safe.
 */
import { type AppendixLayout, type LayoutCell, areaA1, columnLetters, parseArea, planRowCells, planRowSpan, sheetQualified } from "../engine";

export interface SheetDataXml {
  /** The <row> elements in UTF-8, style ids as tokens (see styleToken). */
  rows: Uint8Array;
  /** How many <c> elements (one style token each). */
  cells: number;
  /** The used range, for <dimension>. */
  dimension: string;
  /** The first cell of each layout style, in style-number order: exceljs writes these with their style. */
  samples: LayoutCell[];
}

const TOKEN = "\u0001";
/** The token's first and last byte in UTF-8. */
export const TOKEN_BYTE = 1;
const styleToken = (index: number): string => `${TOKEN}${index}${TOKEN}`;

/** Characters XML 1.0 cannot hold (tab, line feed and carriage return can): dropped, as exceljs does. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const TO_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Most texts and formulas need no escaping: one test, no new string. */
export function escapeXml(text: string): string {
  return TO_ESCAPE.test(text) ? text.replace(NOT_XML, "").replace(/[&<>"]/g, (c) => ESCAPES[c]) : text;
}

/** A string literal inside a formula: its quotes doubled, so the text stays text. */
const formulaText = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * The formula a cell holds, without "=". A link is a HYPERLINK formula: "#Sheet!A1" is the jump both
 * Excel and LibreOffice follow (exceljs's own hyperlinks add a stray external relationship).
 */
function cellFormula(cell: LayoutCell): { formula: string; result: string | number | null } | null {
  if (cell.link) {
    const text = String(cell.value ?? cell.link.cell);
    const target = `#${sheetQualified(cell.link.sheet, cell.link.cell)}`;
    return { formula: `HYPERLINK(${formulaText(target)},${formulaText(text)})`, result: text };
  }
  if (!cell.formula) return null;
  return { formula: cell.formula.startsWith("=") ? cell.formula.slice(1) : cell.formula, result: cell.value };
}

/** One <c>: text is always text (inline, never parsed), a formula keeps its computed result. */
function cellXml(cell: LayoutCell, column: string, style: string): string {
  const open = `<c r="${column}${cell.row}" s="${style}"`;
  const formula = cellFormula(cell);
  if (formula) {
    const f = `<f>${escapeXml(formula.formula)}</f>`;
    if (formula.result === null) return `${open}>${f}</c>`;
    if (typeof formula.result === "number") return `${open}>${f}<v>${formula.result}</v></c>`;
    return `${open} t="str">${f}<v>${escapeXml(formula.result)}</v></c>`;
  }
  if (cell.value === null) return `${open}/>`;
  if (typeof cell.value === "number") return `${open}><v>${cell.value}</v></c>`;
  return `${open} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.value)}</t></is></c>`;
}

/**
 * The layout's rows in order, the last of two cells at one place winning (as a second write to an
 * exceljs cell does); the cells of a merged area the layout leaves out take its top-left cell's
 * style, so the area's borders are complete. The plan's rows are made one at a time as they are
 * written, so that their cells die young instead of living through the whole sheet.
 */
export function sheetDataXml(layout: AppendixLayout, onRows?: (rows: number) => void, rowsPerReport = 1000): SheetDataXml {
  const styleNumbers = new Map<string, number>();
  const samples: LayoutCell[] = [];
  // The held cells, and the merged areas' missing cells.
  const byRow = new Map<number, LayoutCell[]>();
  const place = (cell: LayoutCell) => {
    let row = byRow.get(cell.row);
    if (!row) byRow.set(cell.row, (row = []));
    row[cell.col] = cell;
  };
  /** A row's cells by column: its plan row's, then the held ones (forEachLayoutCell's order). */
  const rowAt = (r: number): LayoutCell[] => {
    const held = byRow.get(r);
    const planned = planRowCells(layout, r);
    if (planned.length === 0) return held ?? [];
    const row: LayoutCell[] = [];
    for (const cell of planned) row[cell.col] = cell;
    held?.forEach((cell) => (row[cell.col] = cell));
    return row;
  };
  for (const cell of layout.cells) place(cell);
  for (const area of layout.merges) {
    const a = parseArea(area);
    const master = rowAt(a.top)[a.left];
    if (!master) continue;
    for (let r = a.top; r <= a.bottom; r++) {
      const row = rowAt(r);
      for (let c = a.left; c <= a.right; c++) {
        if (!row[c]) place({ row: r, col: c, value: null, style: master.style });
      }
    }
  }

  const span = planRowSpan(layout);
  const planned = span ? Array.from({ length: span.last - span.first + 1 }, (_, i) => span.first + i) : [];
  const rowNumbers = [...new Set([...byRow.keys(), ...planned, ...Object.keys(layout.rowHeights).map(Number)])].sort((a, b) => a - b);
  const out = new Utf8Buffer();
  const columns: string[] = [];
  const styleTokens: string[] = [];
  const used = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
  let reported = 0;
  let written = 0;
  for (const r of rowNumbers) {
    if (onRows && r - reported >= rowsPerReport) onRows((reported = r - (r % rowsPerReport)));
    const cells = rowAt(r).filter(Boolean);
    written += cells.length;
    const height = layout.rowHeights[r];
    let row = `<row r="${r}"`;
    if (cells.length > 0) row += ` spans="${cells[0].col}:${cells[cells.length - 1].col}"`;
    if (height) row += ` ht="${height}" customHeight="1"`;
    row += ' x14ac:dyDescent="0.25">';
    for (const cell of cells) {
      let number = styleNumbers.get(cell.style);
      if (number === undefined) {
        styleNumbers.set(cell.style, (number = samples.length));
        samples.push(cell);
        styleTokens.push(styleToken(number));
      }
      row += cellXml(cell, (columns[cell.col] ??= columnLetters(cell.col)), styleTokens[number]);
    }
    out.write(`${row}</row>`);
    if (cells.length > 0) {
      used.top = Math.min(used.top, r);
      used.bottom = r;
      used.left = Math.min(used.left, cells[0].col);
      used.right = Math.max(used.right, cells[cells.length - 1].col);
    }
  }
  const dimension = used.bottom > 0 ? areaA1(used) : "A1";
  return { rows: out.bytes(), cells: written, dimension, samples };
}

/**
 * Text encoded as it comes, a row at a time: the rows' strings die young, and the bytes live
 * outside the JavaScript heap, where the garbage collector does not walk them (a string of the
 * whole sheet, built up from pieces, cost more in collection than in building).
 */
class Utf8Buffer {
  private buffer = new Uint8Array(1 << 20);
  private length = 0;
  private readonly encoder = new TextEncoder();

  write(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    const room = text.length * 3;
    if (this.length + room > this.buffer.length) {
      const larger = new Uint8Array(Math.max(this.buffer.length * 2, this.length + room));
      larger.set(this.buffer.subarray(0, this.length));
      this.buffer = larger;
    }
    this.length += this.encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
