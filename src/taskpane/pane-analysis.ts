/**
 * What the pane shows of an analysis. On the web page the worker analyses and keeps the appendix's
 * layout, which at national scale is 160,000 cells and most of a second to copy between threads; the
 * page gets this summary instead: the tables without their rows, the findings and the plan.
 */
import type { AnalyzeOptions, AppendixLayout, DetectedTable, FindingPlace, Grid, IncompleteTable, Issue, PeriodPlan, Plan } from "../engine";

export interface TableSummary extends Omit<DetectedTable, "units" | "groups" | "total"> {
  unitCount: number;
  groupCount: number;
}

export interface PaneAnalysis {
  tables: TableSummary[];
  incomplete: IncompleteTable[];
  issues: Issue[];
  /** Each finding's unit and column, in the order of `issues`, found where the tables' rows are (the summary has none). */
  places: FindingPlace[];
  plan: Plan | null;
  period: PeriodPlan | null;
  /** The appendix's sheet and size; its cells stay with whoever writes it. */
  layout: Pick<AppendixLayout, "sheetName" | "rowCount"> | null;
  hasErrors: boolean;
}

/** An analysis as the pane asks for it, in plain data that can cross to the worker. */
export interface AnalysisRequest {
  /** Sheets the pane wrote itself: never read back as data. */
  skipSheets: string[];
  options: AnalyzeOptions;
}

export const NO_ANALYSIS: PaneAnalysis = { tables: [], incomplete: [], issues: [], places: [], plan: null, period: null, layout: null, hasErrors: false };

/** A finding's place in the officer's language; `causeColumn` is the column of the cell a knock-on finding follows from. */
export function placeIn(analysis: PaneAnalysis, issue: Issue, lang: "vi" | "en"): { unit: string | null; column: string | null; causeColumn: string | null } {
  const place = analysis.places[analysis.issues.indexOf(issue)];
  return { unit: place?.unit ?? null, column: place?.column?.[lang] ?? null, causeColumn: place?.causeColumn?.[lang] ?? null };
}

export function sourceGrids(grids: Grid[], request: AnalysisRequest): Grid[] {
  return grids.filter((grid) => !request.skipSheets.includes(grid.sheet));
}
