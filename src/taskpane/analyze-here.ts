/**
 * Inside Excel the write's layout is made on the pane's thread (Office.js writes from here, and copying
 * the worker's layout across would cost as much as making it). Loaded at the first "Tạo phụ lục": the
 * analyses the pane shows come from the engine worker, and every opening of the pane pays for its
 * first download. No summary here: the write needs the layout only.
 */
import { analyze, type Analysis, type Grid } from "../engine";
export { checksLayout } from "../engine";
import { sourceGrids, type AnalysisRequest } from "./pane-analysis";

export function analyzeHere(grids: Grid[], request: AnalysisRequest): Analysis {
  return analyze(sourceGrids(grids, request), request.options);
}
