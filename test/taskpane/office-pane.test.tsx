/** @jest-environment jsdom */
/**
 * The pane on the Office host and src/office, over the strict fake Excel (test/helpers/fake-excel):
 * what Excel holds back or half-does reaches the officer in step 1.
 */
import { createOfficeHost } from "../../src/taskpane/office-host";
import { FakeExcel, FakeSettings, installOffice, type Content } from "../helpers/fake-excel";
import { seedGrid } from "../helpers/seed-grid";
import { renderPane, screen, step, within } from "./harness";

/** Excel with the seed's table on "Phụ lục", the pane reading every sheet (remembered in the document). */
function excelWithSeed(): FakeExcel {
  const excel = new FakeExcel("1.13");
  const settings = new FakeSettings();
  settings.set("povertyAppendix.pane", { scope: "all" });
  installOffice(excel, settings);
  Object.assign(globalThis, { Excel: { run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => batch(excel.context) } });
  const seed = seedGrid();
  excel.addSheet(seed.sheet, seed.values as Content[][], { merges: seed.merges });
  return excel;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

test("a sheet whose merged cells Excel will not give (over 512) is read without them, and step 1 says so", async () => {
  const excel = excelWithSeed();
  const rows = Array.from({ length: 600 }, (_, i): Content[] => [`Mục ${i + 1}`, null, i]);
  excel.addSheet("Biểu mẫu", rows, { merges: rows.map((_, i) => `A${i + 1}:B${i + 1}`) });

  renderPane(createOfficeHost());

  const source = step(/Nguồn dữ liệu/);
  expect(await within(source).findByText("Tìm thấy 1 bảng số liệu.", undefined, { timeout: 15000 })).toBeTruthy();
  expect(within(source).getByText("Chưa đọc được hết")).toBeTruthy();
  expect(
    within(source).getByText('Excel không cho đọc các ô gộp của trang "Biểu mẫu" (quá 512 vùng gộp): tiêu đề gộp ở trang này chỉ được đọc từ ô đầu tiên của nó.'),
  ).toBeTruthy();
});

test("a read with nothing left out shows no such message", async () => {
  excelWithSeed();
  renderPane(createOfficeHost());
  expect(await screen.findByText("Tìm thấy 1 bảng số liệu.", undefined, { timeout: 15000 })).toBeTruthy();
  expect(screen.queryByText("Chưa đọc được hết")).toBeNull();
});
