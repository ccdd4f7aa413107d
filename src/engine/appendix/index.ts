export { appendixLayout } from "./appendix-layout";
export type { AppendixLayout, CellStyle, LayoutCell, PrintSetup } from "./layout";
export { uniqueSheetName } from "./sheet-name";
