/** What every host hands the engine: one sheet's cells, as plain data. */

/** An error value such as #REF! or #N/A, kept as a value so it can be reported, never read as 0. */
export interface CellError {
  error: string;
}

/**
 * A formula saved without its result (files written by tools that do not calculate): no number to
 * read, and the officer is told to open and save the file in Excel.
 */
export const UNCACHED_FORMULA = "#FORMULA?";

export type CellValue = string | number | boolean | null | CellError;

/** A sheet read from a file other than the workbook the appendix goes into: the file's name and the sheet's own name there. */
export interface SourceSheet {
  file: string;
  sheet: string;
}

export interface Grid {
  sheet: string;
  /**
   * Where the sheet was read from, when the appendix goes into another workbook (the web page's several
   * files): findings name the file, and the checks sheet cannot link to the sheet.
   */
  source?: SourceSheet;
  /**
   * The host's identity of the sheet, when it has one: Excel's Worksheet.id, unchanged when the officer
   * renames or moves the sheet (new each time the workbook is opened), so the pane can read it again.
   */
  sheetId?: string;
  /** Read from the officer's selection: the area selected then ("A1:F1048576"), of which the grid holds the used part. */
  selection?: string;
  /** A1 address of values[0][0] (the used range's top-left cell). */
  origin: string;
  values: CellValue[][];
  /** Number format codes, same shape as values, when the host knows them. */
  numberFormats?: (string | null)[][];
  /** Merged areas as sheet addresses ("C5:F5"). */
  merges?: string[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}
