/**
 * What the pane shows of an analysis. On the web page the worker analyses and keeps the appendix's
 * layout, which at national scale is 160,000 cells and most of a second to copy between threads; the
 * page gets this summary instead: the tables without their rows, the findings and the plan.
 */
import type { Analysis, AnalyzeOptions, AppendixLayout, DetectedTable, Grid, IncompleteTable, Issue, Plan } from "../engine";

export interface TableSummary extends Omit<DetectedTable, "units" | "groups" | "total"> {
  unitCount: number;
  groupCount: number;
}

export interface PaneAnalysis {
  tables: TableSummary[];
  incomplete: IncompleteTable[];
  issues: Issue[];
  plan: Plan | null;
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

export const NO_ANALYSIS: PaneAnalysis = { tables: [], incomplete: [], issues: [], plan: null, layout: null, hasErrors: false };

export function sourceGrids(grids: Grid[], request: AnalysisRequest): Grid[] {
  return grids.filter((grid) => !request.skipSheets.includes(grid.sheet));
}

export function summarize(analysis: Analysis): PaneAnalysis {
  const { tables, incomplete, issues, plan, layout, hasErrors } = analysis;
  return {
    tables: tables.map((table) => ({
      sheet: table.sheet,
      titleUnit: table.titleUnit,
      baseYear: table.baseYear,
      planYear: table.planYear,
      growthPercent: table.growthPercent,
      isAppendix: table.isAppendix,
      headerTop: table.headerTop,
      headerBottom: table.headerBottom,
      columns: table.columns,
      unitCount: table.units.length,
      groupCount: table.groups.length,
    })),
    incomplete,
    issues,
    plan,
    layout: layout && { sheetName: layout.sheetName, rowCount: layout.rowCount },
    hasErrors,
  };
}
