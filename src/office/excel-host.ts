/**
 * The only place that calls Excel.run: each operation gets its own request context. Everything
 * below takes a RequestContext, so tests drive it with a fake host.
 */
import type { AppendixLayout } from "../engine";
import { readGrids, type ReadResult, type ReadScope } from "./read-grids";
import { writeAppendix, type WriteOptions, type WriteResult } from "./write-appendix";
import { selectCell } from "./select-cell";
import { watchSheets, type StopWatching } from "./watch-sheets";
import { canImportWorkbooks } from "./import-support";
import { importWorkbooks, type WorkbookFile } from "./import-workbooks";
import { PRINT_SETUP_API, supportsExcelApi } from "./requirements";
import { readSetting, removeSetting, writeSetting } from "./settings";

export const excelHost = {
  readGrids: (scope: ReadScope): Promise<ReadResult> => Excel.run((context) => readGrids(context, scope)),
  /** The first rows of every sheet. */
  peekSheets: (firstRows: number): Promise<ReadResult> => Excel.run((context) => readGrids(context, { kind: "all" }, firstRows)),
  writeAppendix: (layout: AppendixLayout, options?: WriteOptions): Promise<WriteResult> =>
    Excel.run((context) => writeAppendix(context, layout, options)),
  selectCell: (sheet: string, address: string): Promise<void> =>
    Excel.run((context) => selectCell(context, sheet, address)),
  watchSheets: (sheets: string[], onChange: () => void): Promise<StopWatching> =>
    Excel.run((context) => watchSheets(context, sheets, onChange)),
  importWorkbooks: (files: WorkbookFile[]): Promise<string[]> => Excel.run((context) => importWorkbooks(context, files)),
  canImportWorkbooks,
  canSetUpPrinting: (): boolean => supportsExcelApi(PRINT_SETUP_API),
  readSetting,
  writeSetting,
  removeSetting,
};
