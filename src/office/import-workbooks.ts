/**
 * District workbooks (.xlsx as base64) → new worksheets at the end of this workbook, with
 * insertWorksheetsFromBase64 (ExcelApi 1.13). One request per file, so a file too big or broken is
 * named in the error and never sends the others past the 5 MB payload limit. Syncs: one to note
 * the sheets there were, one per file, one for the names Excel gave the new sheets (it renames on
 * clashes). Excel can insert a file's sheets and still report an error (OfficeDev/office-js#3179),
 * so after any failure the sheets are read again and the error says which arrived (and lists them
 * in `arrived`, for the pane to offer reading them).
 */
import { describeCause, OfficeHostError, type HostErrorText } from "./errors";
import { canImportWorkbooks, IMPORT_UNSUPPORTED_TEXT } from "./import-support";
import { isExcelOnTheWeb } from "./requirements";

export interface WorkbookFile {
  name: string;
  base64: string;
}

/**
 * Excel on the web refuses requests over 5 MB; base64 takes 4 bytes for every 3 of the file, so a
 * file over about 3.7 MB cannot be sent. The margin leaves room for the request's envelope.
 */
export const WEB_IMPORT_BASE64_LIMIT = 5_000_000;

/** Excel's codes for a request too big, and for content the API cannot insert here. */
const TOO_LARGE = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);
const UNSUPPORTED = new Set(["UnsupportedFeature", "UnsupportedOperation", "NotImplemented"]);

/** Returns the names of the inserted sheets, file by file in the order given. */
export async function importWorkbooks(context: Excel.RequestContext, files: WorkbookFile[]): Promise<string[]> {
  if (!canImportWorkbooks()) throw new OfficeHostError("import-unsupported", IMPORT_UNSUPPORTED_TEXT);
  // Checked before anything is sent: nothing is imported when one file cannot be.
  const tooLarge = isExcelOnTheWeb() ? files.find((file) => file.base64.length > WEB_IMPORT_BASE64_LIMIT) : undefined;
  if (tooLarge) throw new OfficeHostError("import-too-large", tooLargeText(tooLarge.name));
  const before = await sheetIds(context);
  for (const file of files) {
    context.workbook.insertWorksheetsFromBase64(file.base64, { positionType: "End" });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one file per request (see above)
      await context.sync();
    } catch (cause) {
      const arrived = await newSheetNames(context, before).catch(() => undefined);
      throw importFailure(file.name, cause, arrived);
    }
  }
  return newSheetNames(context, before);
}

async function sheetIds(context: Excel.RequestContext): Promise<Set<string>> {
  const worksheets = context.workbook.worksheets.load("items/id");
  await context.sync();
  return new Set(worksheets.items.map((sheet) => sheet.id));
}

/** The sheets that were not there before, in workbook order (imported ones go at the end). */
async function newSheetNames(context: Excel.RequestContext, before: Set<string>): Promise<string[]> {
  const worksheets = context.workbook.worksheets.load("items/id,items/name");
  await context.sync();
  return worksheets.items.filter((sheet) => !before.has(sheet.id)).map((sheet) => sheet.name);
}

function tooLargeText(fileName: string): HostErrorText {
  return {
    vi: `Tệp "${fileName}" lớn hơn 3,7 MB: Excel trên web không nhận được tệp lớn như vậy qua công cụ. Chưa tệp nào được nhập. Hãy mở tệp rồi sao chép trang tính sang sổ này, hoặc dùng Excel trên máy tính hay trang web của công cụ.`,
    en: `"${fileName}" is over 3.7 MB: Excel on the web cannot take a file that large through the tool. No file was imported. Open it and copy its worksheet into this workbook, or use desktop Excel or the tool's web page.`,
  };
}

/** An import that failed; `arrived` names the sheets it inserted all the same (empty when none, or unknown). */
export class ImportFailedError extends OfficeHostError {
  readonly arrived: string[];

  constructor(code: "import-failed" | "import-too-large", text: HostErrorText, cause: unknown, arrived: string[]) {
    super(code, text, cause);
    this.arrived = arrived;
  }
}

function importFailure(fileName: string, cause: unknown, arrived: string[] | undefined): ImportFailedError {
  const code = (cause as { code?: string }).code ?? "";
  const said = describeCause(cause);
  const reason: HostErrorText = TOO_LARGE.has(code)
    ? { vi: "tệp quá lớn để gửi cho Excel", en: "the file is too large to send to Excel" }
    : UNSUPPORTED.has(code)
      ? {
          vi: "tệp có nội dung Excel này không chèn được (biểu đồ, chú thích, PivotTable hoặc slicer trên Excel web)",
          en: "the file has content this Excel cannot insert (charts, comments, PivotTables or slicers in Excel on the web)",
        }
      : code === "InvalidArgument"
        ? { vi: "tệp không phải sổ Excel .xlsx hoặc đã bị hỏng", en: "the file is not an .xlsx workbook or is damaged" }
        : { vi: "Excel báo lỗi khi nhập", en: "Excel reported an error while importing" };
  const outcome: HostErrorText =
    arrived === undefined
      ? { vi: "Hãy xem lại danh sách trang tính: có thể một số trang đã được thêm.", en: "Check the sheet tabs: some sheets may have been added." }
      : arrived.length === 0
        ? { vi: "Chưa trang nào được thêm vào sổ.", en: "No sheet was added to the workbook." }
        : { vi: `Các trang đã vào sổ: ${arrived.join(", ")}.`, en: `Sheets that did arrive: ${arrived.join(", ")}.` };
  return new ImportFailedError(
    code && TOO_LARGE.has(code) ? "import-too-large" : "import-failed",
    {
      vi: `Không nhập được tệp "${fileName}": ${reason.vi}. ${outcome.vi} Lỗi của Excel: ${said}`,
      en: `Could not import "${fileName}": ${reason.en}. ${outcome.en} Excel said: ${said}`,
    },
    cause,
    arrived ?? [],
  );
}
