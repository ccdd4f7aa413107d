/** Which Excel JavaScript API requirement sets this Excel has (the manifest guarantees ExcelApi 1.7). */

/** ExcelApi 1.9: page layout (print setup). */
export const PRINT_SETUP_API = "1.9";
/** ExcelApi 1.9: getSelectedRanges, which tells how many areas are selected. */
export const SELECTED_RANGES_API = "1.9";
/** ExcelApi 1.13: insertWorksheetsFromBase64 and getMergedAreasOrNullObject. */
export const WORKBOOK_IMPORT_API = "1.13";

export function supportsExcelApi(version: string): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}

/** Excel on the web, where requests and responses are limited to 5 MB. */
export function isExcelOnTheWeb(): boolean {
  return Office.context.platform === Office.PlatformType.OfficeOnline;
}
