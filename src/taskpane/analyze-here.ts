/**
 * Inside Excel the engine runs on the pane's thread (Office.js writes from here, so the layout is
 * needed here). Loaded after the first paint, while the data is being read: the first paint needs
 * none of it, and every opening of the pane pays for its first download.
 */
import { analyze, type Analysis, type Grid } from "../engine";
export { checksLayout } from "../engine";
import { sourceGrids, type AnalysisRequest, type PaneAnalysis } from "./pane-analysis";
import { summarize } from "./summarize";

export function analyzeHere(grids: Grid[], request: AnalysisRequest): { analysis: Analysis; summary: PaneAnalysis } {
  const analysis = analyze(sourceGrids(grids, request), request.options);
  return { analysis, summary: summarize(analysis) };
}
