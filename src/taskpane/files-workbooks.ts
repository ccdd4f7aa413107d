/**
 * The web page's work on the officer's files, run inside the xlsx worker (xlsx.worker.ts) so that
 * reading, analysing and writing a national table never freezes the page. Nothing here touches the
 * page: jobs come in as plain data (Blobs, grids, the pane's analysis request) and results go back the
 * same way. The analyses are the engine worker's (engine-jobs.ts), which keeps the grids it was given
 * and its last analysis, so the appendix's layout never crosses to the page at all.
 */
import * as ExcelJS from "exceljs";
import { checksLayout, type Grid, type Lang } from "../engine";
import { readWorkbookBuffer, workbookToGrids } from "../xlsx/read-workbook";
import { addAppendixSheet } from "../xlsx/write-appendix";
import { workbookBytes } from "../xlsx/chart-part";
import { engineJobs, type AnalysisJob, type AnalyzeJob, type AnalyzeResult } from "./engine-jobs";
import type { RowsProgress } from "./host";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type XlsxJob =
  | { kind: "read"; name: string; file: Blob }
  | AnalyzeJob
  /** `source` null: the appendix goes into a new workbook (several files were picked). */
  | { kind: "write"; source: { name: string; file: Blob } | null; analysis: AnalysisJob; checks?: Lang };

export type XlsxJobResult =
  /** `source` is the bytes the grids came from, kept for writing the copy later (the picked file may change on disk). */
  | { kind: "read"; grids: Grid[]; source: Blob }
  | AnalyzeResult
  | { kind: "write"; sheetName: string; checksSheet?: string; workbook: Blob };

export type XlsxJobs = (job: XlsxJob, onProgress: (progress: RowsProgress) => void) => Promise<XlsxJobResult>;

/** One worker's jobs, with what it keeps between them. */
export function xlsxJobs(): XlsxJobs {
  const engine = engineJobs();
  return async (job, onProgress) => {
    if (job.kind === "read") {
      const bytes = await job.file.arrayBuffer();
      const grids = workbookToGrids(await readWorkbookBuffer(bytes, job.name));
      onProgress({ phase: "reading", rows: grids.reduce((rows, grid) => rows + grid.values.length, 0) });
      return { kind: "read", grids, source: new Blob([bytes]) };
    }
    if (job.kind === "analyze") return engine.analyze(job);
    const analysis = engine.analysed(job.analysis);
    const { layout } = analysis;
    if (!layout) throw new Error("The analysis has no appendix to write.");
    const workbook = job.source
      ? await readWorkbookBuffer(await job.source.file.arrayBuffer(), job.source.name)
      : new ExcelJS.Workbook();
    const total = layout.rowCount;
    const sheetName = addAppendixSheet(workbook, layout, (rows) => onProgress({ phase: "writing", rows, total }));
    const checksSheet = job.checks ? addAppendixSheet(workbook, checksLayout(analysis.tables, analysis.issues, job.checks)) : undefined;
    onProgress({ phase: "writing", rows: total, total });
    const bytes = await workbookBytes(workbook, layout.chart ? [{ sheetName, chart: layout.chart }] : []);
    // A Blob crosses to the page by reference: the page never copies the workbook's bytes itself.
    return { kind: "write", sheetName, checksSheet, workbook: new Blob([bytes as BlobPart], { type: XLSX_TYPE }) };
  };
}
