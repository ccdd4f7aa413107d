/** Takes the officer to a finding: activates its sheet and selects the cell. One sync. */
import { OfficeHostError } from "./errors";

export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(address).select();
  try {
    await context.sync();
  } catch (cause) {
    if ((cause as { code?: string }).code !== "ItemNotFound") throw cause;
    throw new OfficeHostError(
      "sheet-not-found",
      {
        vi: `Không tìm thấy trang tính "${sheet}". Có thể trang đã được đổi tên hoặc xoá; hãy đọc lại dữ liệu.`,
        en: `Worksheet "${sheet}" was not found. It may have been renamed or deleted; read the data again.`,
      },
      cause,
    );
  }
}
