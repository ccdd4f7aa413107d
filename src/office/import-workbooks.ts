/**
 * District workbooks (.xlsx as base64) → new worksheets at the end of this workbook, with
 * insertWorksheetsFromBase64 (ExcelApi 1.13). One request per file, so a file too big or broken
 * is named in the error and never sends the others past the 5 MB payload limit; one more sync
 * reads the names Excel gave the new sheets (it renames on clashes).
 */
import { describeCause, OfficeHostError, type HostErrorText } from "./errors";
import { supportsExcelApi, WORKBOOK_IMPORT_API } from "./requirements";

export interface WorkbookFile {
  name: string;
  base64: string;
}

export const IMPORT_UNSUPPORTED_TEXT: HostErrorText = {
  vi:
    "Phiên bản Excel này chưa nhập được tệp trực tiếp (cần Excel 2021, Excel 2024 hoặc Microsoft 365). " +
    "Hãy mở tệp của đơn vị rồi sao chép trang tính sang sổ này (chuột phải vào tên trang → Di chuyển hoặc Sao chép), " +
    "hoặc dùng trang web của công cụ với các tệp.",
  en:
    "This version of Excel cannot import files directly (Excel 2021, Excel 2024 or Microsoft 365 is needed). " +
    "Open the unit's file and copy its worksheet into this workbook (right-click the sheet tab → Move or Copy), " +
    "or use the tool's web page with the files.",
};

export function canImportWorkbooks(): boolean {
  return supportsExcelApi(WORKBOOK_IMPORT_API);
}

/** Returns the names of the inserted sheets, file by file in the order given. */
export async function importWorkbooks(context: Excel.RequestContext, files: WorkbookFile[]): Promise<string[]> {
  if (!canImportWorkbooks()) throw new OfficeHostError("import-unsupported", IMPORT_UNSUPPORTED_TEXT);
  const inserted: OfficeExtension.ClientResult<string[]>[] = [];
  for (const file of files) {
    inserted.push(context.workbook.insertWorksheetsFromBase64(file.base64, { positionType: "End" }));
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one file per request (see above)
      await context.sync();
    } catch (cause) {
      throw new OfficeHostError(
        "import-failed",
        {
          vi: `Không nhập được tệp "${file.name}" (tệp phải là sổ Excel .xlsx không bị hỏng). Các tệp trước đó đã được nhập. Lỗi của Excel: ${describeCause(cause)}`,
          en: `Could not import "${file.name}" (it must be an undamaged .xlsx workbook). The files before it were imported. Excel said: ${describeCause(cause)}`,
        },
        cause,
      );
    }
  }
  const sheets = inserted.flatMap((result) => result.value.map((id) => context.workbook.worksheets.getItem(id)));
  for (const sheet of sheets) sheet.load("name");
  await context.sync();
  return sheets.map((sheet) => sheet.name);
}
