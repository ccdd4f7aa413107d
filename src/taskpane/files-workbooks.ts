/**
 * The exceljs side of the web page, run inside the xlsx worker (xlsx.worker.ts) so that reading and
 * writing a national table never freezes the page. Nothing here touches the page: jobs come in as
 * plain data (Blobs, the appendix layout) and results go back the same way.
 */
import * as ExcelJS from "exceljs";
import type { AppendixLayout, Grid } from "../engine";
import { readWorkbookBuffer, workbookToGrids } from "../xlsx/read-workbook";
import { addAppendixSheet } from "../xlsx/write-appendix";
import { workbookBytes } from "../xlsx/chart-part";
import type { RowsProgress } from "./host";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type XlsxJob =
  | { kind: "read"; name: string; file: Blob }
  /** `source` null: the appendix goes into a new workbook (several files were picked). */
  | { kind: "write"; source: { name: string; file: Blob } | null; layout: AppendixLayout; checks?: AppendixLayout };

export type XlsxJobResult =
  /** `source` is the bytes the grids came from, kept for writing the copy later (the picked file may change on disk). */
  | { kind: "read"; grids: Grid[]; source: Blob }
  | { kind: "write"; sheetName: string; checksSheet?: string; workbook: Blob };

export async function runXlsxJob(job: XlsxJob, onProgress: (progress: RowsProgress) => void): Promise<XlsxJobResult> {
  if (job.kind === "read") {
    const bytes = await job.file.arrayBuffer();
    const grids = workbookToGrids(await readWorkbookBuffer(bytes, job.name));
    onProgress({ phase: "reading", rows: grids.reduce((rows, grid) => rows + grid.values.length, 0) });
    return { kind: "read", grids, source: new Blob([bytes]) };
  }
  const workbook = job.source
    ? await readWorkbookBuffer(await job.source.file.arrayBuffer(), job.source.name)
    : new ExcelJS.Workbook();
  const sheetName = addAppendixSheet(workbook, job.layout);
  const checksSheet = job.checks ? addAppendixSheet(workbook, job.checks) : undefined;
  onProgress({ phase: "writing", rows: job.layout.rowCount });
  const bytes = await workbookBytes(workbook, job.layout.chart ? [{ sheetName, chart: job.layout.chart }] : []);
  // A Blob crosses to the page by reference: the page never copies the workbook's bytes itself.
  return { kind: "write", sheetName, checksSheet, workbook: new Blob([bytes as BlobPart], { type: XLSX_TYPE }) };
}
