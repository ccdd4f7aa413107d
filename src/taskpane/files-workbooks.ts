/**
 * The web page's work on the officer's files, run inside the xlsx worker (xlsx.worker.ts) so that
 * reading, analysing and writing a national table never freezes the page. Nothing here touches the
 * page: jobs come in as plain data (Blobs, grids, the pane's analysis request) and results go back the
 * same way. The worker keeps the grids it was given and its last analysis, so the appendix's layout
 * (the largest thing the engine makes) never crosses to the page at all.
 */
import * as ExcelJS from "exceljs";
import { analyze, checksLayout, type Analysis, type Grid, type Lang } from "../engine";
import { readWorkbookBuffer, workbookToGrids } from "../xlsx/read-workbook";
import { addAppendixSheet } from "../xlsx/write-appendix";
import { workbookBytes } from "../xlsx/chart-part";
import type { RowsProgress } from "./host";
import { sourceGrids, type AnalysisRequest, type PaneAnalysis } from "./pane-analysis";
import { summarize } from "./summarize";
import { GRIDS_MISSING } from "./xlsx-runner";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The picked files' grids for an analysis. `grids` is null when the worker was given this version
 * before; a fresh worker (after Cancel) fails with GRIDS_MISSING and is sent them again.
 */
export interface AnalysisJob {
  version: number;
  grids: Grid[] | null;
  request: AnalysisRequest;
}

export type XlsxJob =
  | { kind: "read"; name: string; file: Blob }
  | ({ kind: "analyze" } & AnalysisJob)
  /** `source` null: the appendix goes into a new workbook (several files were picked). */
  | { kind: "write"; source: { name: string; file: Blob } | null; analysis: AnalysisJob; checks?: Lang };

export type XlsxJobResult =
  /** `source` is the bytes the grids came from, kept for writing the copy later (the picked file may change on disk). */
  | { kind: "read"; grids: Grid[]; source: Blob }
  | { kind: "analyze"; analysis: PaneAnalysis }
  | { kind: "write"; sheetName: string; checksSheet?: string; workbook: Blob };

export type XlsxJobs = (job: XlsxJob, onProgress: (progress: RowsProgress) => void) => Promise<XlsxJobResult>;

/** One worker's jobs, with what it keeps between them. */
export function xlsxJobs(): XlsxJobs {
  let held: { version: number; grids: Grid[] } | null = null;
  let last: { version: number; key: string; analysis: Analysis } | null = null;

  /** The analysis asked for, made once: the write after a preview reuses the preview's. */
  const analysed = ({ version, grids, request }: AnalysisJob): Analysis => {
    if (grids) held = { version, grids };
    if (held?.version !== version) throw new Error(GRIDS_MISSING);
    const key = JSON.stringify(request);
    if (last?.version !== version || last.key !== key) {
      last = { version, key, analysis: analyze(sourceGrids(held.grids, request), request.options) };
    }
    return last.analysis;
  };

  return async (job, onProgress) => {
    if (job.kind === "read") {
      const bytes = await job.file.arrayBuffer();
      const grids = workbookToGrids(await readWorkbookBuffer(bytes, job.name));
      onProgress({ phase: "reading", rows: grids.reduce((rows, grid) => rows + grid.values.length, 0) });
      return { kind: "read", grids, source: new Blob([bytes]) };
    }
    if (job.kind === "analyze") return { kind: "analyze", analysis: summarize(analysed(job)) };
    const analysis = analysed(job.analysis);
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
