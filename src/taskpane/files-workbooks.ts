/**
 * The exceljs side of the files host, in a chunk of its own: files-host.ts loads it with import()
 * only when the officer picks a file, so the pane inside Excel never downloads exceljs.
 */
import * as ExcelJS from "exceljs";
import type { Grid, AppendixLayout } from "../engine";
import { readWorkbookBuffer, workbookToGrids } from "../xlsx/read-workbook";
import { addAppendixSheet } from "../xlsx/write-appendix";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function readGrids(bytes: Uint8Array, fileName: string): Promise<Grid[]> {
  return workbookToGrids(await readWorkbookBuffer(bytes, fileName));
}

/**
 * The appendix added to a fresh copy of the source workbook (its other sheets untouched), or to a
 * new workbook when there is no single source.
 */
export async function workbookWithAppendix(
  source: { bytes: Uint8Array; name: string } | null,
  layout: AppendixLayout,
): Promise<{ sheetName: string; blob: Blob }> {
  const workbook = source ? await readWorkbookBuffer(source.bytes, source.name) : new ExcelJS.Workbook();
  const sheetName = addAppendixSheet(workbook, layout);
  const buffer = await workbook.xlsx.writeBuffer();
  return { sheetName, blob: new Blob([buffer as ArrayBuffer], { type: XLSX_TYPE }) };
}
