/**
 * The engine's jobs as a worker runs them: the web page's xlsx worker (files-workbooks.ts) and the
 * engine worker inside Excel (engine.worker.ts). The worker keeps the grids it was sent and its last
 * analysis: the grids cross once per read, and the pane gets the summary. The appendix's layout
 * crosses back only for a write inside Excel (Office.js writes from the pane's thread); its plan rows
 * are records, cheap to copy, and the pane's thread never runs the engine. No exceljs here: the
 * engine worker is small.
 */
import { analyze, checksLayout, type Analysis, type AppendixLayout, type Grid, type Lang } from "../engine";
import { sourceGrids, type AnalysisRequest, type PaneAnalysis } from "./pane-analysis";
import { summarize } from "./summarize";
import { GRIDS_MISSING } from "./xlsx-runner";

/**
 * The grids for an analysis. `grids` is null when the worker was given this version before; a fresh
 * worker (after Cancel, or one that stopped) fails with GRIDS_MISSING and is sent them again.
 */
export interface AnalysisJob {
  version: number;
  grids: Grid[] | null;
  request: AnalysisRequest;
}

/** The engine worker's job for the pane's preview, which the xlsx worker runs too. */
export type AnalyzeJob = { kind: "analyze" } & AnalysisJob;
export type AnalyzeResult = { kind: "analyze"; analysis: PaneAnalysis };
/** The engine worker's job for a write inside Excel: the appendix's layout, and the checks sheet's when asked for. */
export type LayoutsJob = { kind: "layouts"; checksLang?: Lang } & AnalysisJob;
export type LayoutsResult = { kind: "layouts"; layout: AppendixLayout | null; checks?: AppendixLayout };
export type EngineJob = AnalyzeJob | LayoutsJob;
export type EngineResult = AnalyzeResult | LayoutsResult;

export interface EngineJobs {
  /** The analysis asked for, made once: the write after a preview reuses the preview's. */
  analysed(job: AnalysisJob): Analysis;
  analyze(job: AnalysisJob): AnalyzeResult;
  layouts(job: LayoutsJob): LayoutsResult;
  /** The engine worker's jobs, by kind. */
  run(job: EngineJob): EngineResult;
}

/** One worker's analyses, with what it keeps between them. */
export function engineJobs(): EngineJobs {
  let held: { version: number; grids: Grid[] } | null = null;
  let last: { version: number; key: string; analysis: Analysis } | null = null;

  const analysed = ({ version, grids, request }: AnalysisJob): Analysis => {
    if (grids) held = { version, grids };
    if (held?.version !== version) throw new Error(GRIDS_MISSING);
    const key = JSON.stringify(request);
    if (last?.version !== version || last.key !== key) {
      last = { version, key, analysis: analyze(sourceGrids(held.grids, request), request.options) };
    }
    return last.analysis;
  };
  const preview = (job: AnalysisJob): AnalyzeResult => ({ kind: "analyze", analysis: summarize(analysed(job)) });
  const layouts = ({ checksLang, ...job }: LayoutsJob): LayoutsResult => {
    const { layout, tables, issues } = analysed(job);
    return { kind: "layouts", layout, ...(checksLang && { checks: checksLayout(tables, issues, checksLang) }) };
  };
  return { analysed, analyze: preview, layouts, run: (job) => (job.kind === "analyze" ? preview(job) : layouts(job)) };
}
