export { appendixLayout } from "./appendix-layout";
export { checksLayout, findingPlaces, type FindingPlace } from "./checks-layout";
export { sheetQualified } from "./layout";
export type { AppendixLayout, CellStyle, ChartSpec, LayoutCell, PrintSetup } from "./layout";
export { uniqueSheetName } from "./sheet-name";
