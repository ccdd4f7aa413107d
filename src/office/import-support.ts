/**
 * Whether this Excel can import district workbooks, and what the pane says when it cannot. The pane
 * asks when it opens; the import itself (import-workbooks.ts) loads with the rest of the Excel
 * adapter, so it stays out of the pane's first download.
 */
import type { HostErrorText } from "./errors";
import { supportsExcelApi, WORKBOOK_IMPORT_API } from "./requirements";

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
