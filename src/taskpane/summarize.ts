/**
 * The pane's summary of an analysis, made where the analysis ran (the web page's worker, or the pane
 * inside Excel): it needs the engine, which the web page's own thread never loads.
 */
import { findingPlaces, type Analysis } from "../engine";
import type { PaneAnalysis } from "./pane-analysis";

export function summarize(analysis: Analysis): PaneAnalysis {
  const { tables, incomplete, issues, plan, layout, hasErrors } = analysis;
  const place = findingPlaces(tables);
  return {
    tables: tables.map((table) => ({
      sheet: table.sheet,
      titleUnit: table.titleUnit,
      baseYear: table.baseYear,
      planYear: table.planYear,
      baseYearCell: table.baseYearCell,
      planYearCell: table.planYearCell,
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
    places: issues.map(place),
    plan,
    period: analysis.period ?? null,
    layout: layout && { sheetName: layout.sheetName, rowCount: layout.rowCount },
    hasErrors,
  };
}
