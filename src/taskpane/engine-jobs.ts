/**
 * The engine's jobs as a worker runs them: the web page's xlsx worker (files-workbooks.ts) and the
 * engine worker inside Excel (engine.worker.ts). The worker keeps the grids it was sent and its last
 * analysis: the grids cross once per read, and the appendix's layout (the largest thing the engine
 * makes) never crosses back; the pane gets the summary. No exceljs here: the engine worker is small.
 */
import { analyze, type Analysis, type Grid } from "../engine";
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

/** The engine worker's only job, which the xlsx worker runs too. */
export type AnalyzeJob = { kind: "analyze" } & AnalysisJob;
export type AnalyzeResult = { kind: "analyze"; analysis: PaneAnalysis };

export interface EngineJobs {
  /** The analysis asked for, made once: the write after a preview reuses the preview's. */
  analysed(job: AnalysisJob): Analysis;
  analyze(job: AnalysisJob): AnalyzeResult;
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
  return { analysed, analyze: (job) => ({ kind: "analyze", analysis: summarize(analysed(job)) }) };
}
