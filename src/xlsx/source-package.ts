/**
 * The bytes a workbook was read from, kept with it so that its appendix can be grafted into the
 * officer's own package (graft-package.ts) instead of exceljs writing every sheet again. The sheets
 * exceljs loaded are kept too: a workbook whose sheets are no longer exactly these (plus the
 * appendices) is written by exceljs, as before. Browser-safe.
 */
import type * as ExcelJS from "exceljs";

export interface SourcePackage {
  bytes: Uint8Array<ArrayBuffer>;
  /** The worksheets as exceljs loaded them, in order. */
  sheets: ExcelJS.Worksheet[];
}

const sources = new WeakMap<ExcelJS.Workbook, SourcePackage>();

export function rememberSource(workbook: ExcelJS.Workbook, bytes: Uint8Array<ArrayBuffer>): void {
  sources.set(workbook, { bytes, sheets: [...workbook.worksheets] });
}

export function sourceOf(workbook: ExcelJS.Workbook): SourcePackage | undefined {
  return sources.get(workbook);
}
