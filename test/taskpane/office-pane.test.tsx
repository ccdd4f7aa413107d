/** @jest-environment jsdom */
/**
 * The pane on the Office host and src/office, over the strict fake Excel (test/helpers/fake-excel):
 * what Excel holds back or half-does reaches the officer in step 1.
 */
import { createOfficeHost } from "../../src/taskpane/office-host";
import { FakeExcel, FakeSettings, installOffice, type Content } from "../helpers/fake-excel";
import { seedGrid } from "../helpers/seed-grid";
import { renderPane, screen, step, within } from "./harness";
import { inProcessEngineRunner } from "./xlsx-runners";

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

/** A picked file; jsdom's File has no arrayBuffer, which the Office host reads it with. */
function picked(name: string, text: string): File {
  return Object.assign(new File([text], name), { arrayBuffer: async () => Uint8Array.from(Buffer.from(text, "utf8")).buffer });
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

test("a sheet whose merged cells Excel will not give (over 512) is read without them, and step 1 says so", async () => {
  const excel = excelWithSeed();
  const rows = Array.from({ length: 600 }, (_, i): Content[] => [`Mục ${i + 1}`, null, i]);
  excel.addSheet("Biểu mẫu", rows, { merges: rows.map((_, i) => `A${i + 1}:B${i + 1}`) });

  renderPane(createOfficeHost(inProcessEngineRunner()));

  const source = step(/Nguồn dữ liệu/);
  expect(await within(source).findByText("Tìm thấy 1 bảng số liệu.", undefined, { timeout: 15000 })).toBeTruthy();
  // The message loads with the later steps (it is rare).
  expect(await within(source).findByText("Chưa đọc được hết")).toBeTruthy();
  expect(
    within(source).getByText('Excel không cho đọc các ô gộp của trang "Biểu mẫu" (quá 512 vùng gộp): tiêu đề gộp ở trang này chỉ được đọc từ ô đầu tiên của nó.'),
  ).toBeTruthy();
});

test("a read with nothing left out shows no such message", async () => {
  excelWithSeed();
  renderPane(createOfficeHost(inProcessEngineRunner()));
  expect(await screen.findByText("Tìm thấy 1 bảng số liệu.", undefined, { timeout: 15000 })).toBeTruthy();
  expect(screen.queryByText("Chưa đọc được hết")).toBeNull();
});

test("after an import that failed but inserted its sheets (office-js#3179), one click reads the sheets that arrived", async () => {
  const excel = excelWithSeed();
  const { user } = renderPane(createOfficeHost(inProcessEngineRunner()));
  expect(await screen.findByText("Tìm thấy 1 bảng số liệu.", undefined, { timeout: 15000 })).toBeTruthy();
  // The fake's insertWorksheetsFromBase64 reads a file as JSON; this one inserts its sheet and then fails.
  const district = {
    sheets: [{ name: "Huyện A Lưới", rows: [["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"], [1, "Xã Hồng Vân", 1000, 50], [2, "Xã Hồng Kim", 800, 40]] }],
    failAfterInsert: true,
  };
  await user.upload(screen.getByLabelText("Nhập tệp của đơn vị"), [picked("a-luoi.xlsx", JSON.stringify(district))]);

  const source = step(/Nguồn dữ liệu/);
  expect(await within(source).findByText(/Không nhập được tệp "a-luoi\.xlsx".*Các trang đã vào sổ: Huyện A Lưới\./)).toBeTruthy();
  expect(excel.sheets.map((s) => s.name)).toEqual(["Phụ lục", "Huyện A Lưới"]);

  await user.click(within(source).getByRole("button", { name: "Đọc các trang vừa nhập: Huyện A Lưới" }));

  expect(await within(source).findByText('Trang "Huyện A Lưới": 2 đơn vị', undefined, { timeout: 15000 })).toBeTruthy();
  expect((within(source).getByRole("radio", { name: "Các trang vừa nhập (1)" }) as HTMLInputElement).checked).toBe(true);
  expect(within(source).queryByText(/Không nhập được tệp/)).toBeNull();
  expect(within(source).queryByText('Trang "Phụ lục": 9 đơn vị')).toBeNull();
});

test("an import that inserted nothing offers nothing to read", async () => {
  excelWithSeed();
  const { user } = renderPane(createOfficeHost(inProcessEngineRunner()));
  expect(await screen.findByText("Tìm thấy 1 bảng số liệu.", undefined, { timeout: 15000 })).toBeTruthy();
  await user.upload(screen.getByLabelText("Nhập tệp của đơn vị"), [picked("hong.xlsx", "not a workbook")]);
  expect(await screen.findByText(/Không nhập được tệp "hong\.xlsx".*Chưa trang nào được thêm vào sổ\./)).toBeTruthy();
  expect(screen.queryByRole("button", { name: /^Đọc các trang vừa nhập/ })).toBeNull();
});
