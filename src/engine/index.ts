/**
 * The engine's public face for hosts. The pipeline, one folder per stage:
 * cells (grids, addresses, numbers, text) → detect (header, columns, rows) → validate (findings)
 * → plan (projection, targets) → appendix (layout any host can write); findings holds the catalogue.
 */
export { analyze } from "./analysis";
export type { Analysis, AnalyzeOptions } from "./analysis";
export * from "./appendix";
export * from "./cells";
export * from "./detect";
export * from "./findings";
export * from "./plan";
export * from "./validate";
