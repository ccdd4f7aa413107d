/**
 * The fake workbook's data, as the tests see it: sheets of cells, the formats and merges set on
 * them, the measured syncs; the errors it throws with Excel's codes; and how a test looks at a
 * cell (cellAt) or at the formats that reached it (formatAt).
 */
import { parseA1, type AreaRef } from "../../src/engine/cells/address";
import type { FakeChart } from "./fake-excel-chart";

export type Content = string | number | boolean | null | { error: string };
export interface FakeCell {
  value: Content;
  formula?: string;
  numberFormat: string;
  /** Range.hyperlink (ExcelApi 1.7), as set. */
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string };
}
export interface FakeSheet {
  id: string;
  name: string;
  cells: (FakeCell | undefined)[][];
  formats: { area: AreaRef; key: string; value: unknown }[];
  merges: AreaRef[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  frozenRows: number;
  pageLayout: Record<string, unknown>;
  charts: FakeChart[];
  /** Rows a manual page break starts (horizontalPageBreaks, ExcelApi 1.9). */
  pageBreaks: number[];
  /** What was selected on this sheet when another was activated; shown again when it is activated. */
  selected?: AreaRef;
}
export interface SyncRecord {
  operations: number;
  requestBytes: number;
  responseBytes: number;
}
export interface RangeTarget {
  sheet: FakeSheet;
  area: AreaRef;
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export const rowsOf = (a: AreaRef): number[] => Array.from({ length: a.bottom - a.top + 1 }, (_, i) => a.top + i);
export const colsOf = (a: AreaRef): number[] => Array.from({ length: a.right - a.left + 1 }, (_, i) => a.left + i);
export const overlaps = (a: AreaRef, b: AreaRef): boolean => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** A cell's formats as set through range.format, borders resolved to its own sides ("border.top.style"). */
export function formatAt(sheet: FakeSheet, address: string): Record<string, unknown> {
  const { row, col } = parseA1(address);
  const out: Record<string, unknown> = {};
  for (const { area, key, value } of sheet.formats) {
    if (!overlaps(area, { top: row, bottom: row, left: col, right: col })) continue;
    const border = /^border\.(\w+)\.(\w+)$/.exec(key);
    if (!border) {
      out[key] = value;
      continue;
    }
    const [, edge, prop] = border;
    const sides: Record<string, boolean> = {
      top: (edge === "EdgeTop" && row === area.top) || (edge === "InsideHorizontal" && row > area.top),
      bottom: (edge === "EdgeBottom" && row === area.bottom) || (edge === "InsideHorizontal" && row < area.bottom),
      left: (edge === "EdgeLeft" && col === area.left) || (edge === "InsideVertical" && col > area.left),
      right: (edge === "EdgeRight" && col === area.right) || (edge === "InsideVertical" && col < area.right),
    };
    for (const side of Object.keys(sides)) if (sides[side]) out[`border.${side}.${prop}`] = value;
  }
  return out;
}

export function cellAt(sheet: FakeSheet, address: string): FakeCell | undefined {
  const { row, col } = parseA1(address);
  return sheet.cells[row - 1]?.[col - 1];
}
