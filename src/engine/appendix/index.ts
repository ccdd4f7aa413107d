export { appendixLayout } from "./appendix-layout";
export { checksLayout, findingPlaces, type FindingPlace } from "./checks-layout";
export { sheetQualified } from "./layout";
export type { AppendixLayout, CellStyle, ChartSpec, LayoutCell, PeriodRows, PlanRows, PrintSetup, YearRows } from "./layout";
export { forEachLayoutCell, layoutCells, planRowCells, planRowSpan } from "./layout-cells";
export { uniqueSheetName } from "./sheet-name";
