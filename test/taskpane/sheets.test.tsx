/**
 * @jest-environment jsdom
 *
 * Which sheets the pane reads inside Excel, on the real adapter over the strict fake Excel: every
 * sheet holding a table unless the officer chose otherwise; the same sheets, by id (so a renamed sheet
 * is followed) and name, when checking again after the appendix (now the active sheet) was written;
 * again on its own when a cell changes.
 */
import { act, waitFor } from "@testing-library/react";
import { excelHost } from "../../src/office/excel-host";
import { parseArea } from "../../src/engine/cells/address";
import { renameSheet, typeInto } from "../helpers/fake-excel";
import { districtGrid, districtGrids } from "./harness-data";
import { screen, step, within } from "./harness";
import { officeWorkbook, renderOfficePane, uninstallOffice } from "./office-pane";

afterEach(() => {
  uninstallOffice();
  jest.restoreAllMocks();
});

const aLuoi = () => districtGrid("A Lưới", [["Xã Hồng Kim", 820, 131, 20], ["Xã Trung Sơn", 640, 95, 15]]);
const tablesFound = () => within(step(/Nguồn dữ liệu/)).getAllByRole("status")[0].textContent;

/** Waits for the adapter's next read to finish and the pane to show it. */
async function nextRead(reads: jest.SpyInstance, count: number): Promise<void> {
  await waitFor(() => expect(reads).toHaveBeenCalledTimes(count));
  await act(async () => {
    await reads.mock.results[count - 1].value;
  });
}

test("with one sheet per district, every district is read and planned, not only the active sheet", async () => {
  const excel = officeWorkbook(districtGrids());
  renderOfficePane(excel);
  expect(await screen.findByText("Tìm thấy 3 bảng số liệu.")).toBeTruthy();
  const source = step(/Nguồn dữ liệu/);
  for (const [sheet, units] of [["A Lưới", 2], ["Nam Đông", 2], ["Phú Lộc", 2]]) {
    expect(await within(source).findByText(`Trang "${sheet}": ${units} đơn vị`)).toBeTruthy();
  }
  expect((within(source).getByRole("radio", { name: "Tất cả các trang" }) as HTMLInputElement).checked).toBe(true);
});

test("when the officer chose the active sheet, the pane names the other sheets holding a table and reads them all on request", async () => {
  const excel = officeWorkbook(districtGrids(), { scope: "active" });
  const { user } = renderOfficePane(excel);
  expect(await screen.findByText("Tìm thấy 1 bảng số liệu.")).toBeTruthy();
  const source = step(/Nguồn dữ liệu/);
  expect(await within(source).findByText("Sổ còn 2 trang có bảng: Nam Đông, Phú Lộc.")).toBeTruthy();
  await user.click(within(source).getByRole("button", { name: "Đọc tất cả" }));
  expect(await screen.findByText("Tìm thấy 3 bảng số liệu.")).toBeTruthy();
  expect((within(source).getByRole("radio", { name: "Tất cả các trang" }) as HTMLInputElement).checked).toBe(true);
  expect(within(source).queryByText(/Sổ còn/)).toBeNull();
});

test("after writing the appendix, which becomes the active sheet, checking or reading again reads the district's sheet by its id and name", async () => {
  const reads = jest.spyOn(excelHost, "readGrids");
  const excel = officeWorkbook([aLuoi()], { scope: "active", plan: { baseYear: 2020, planYear: 2021 } });
  const { user } = renderOfficePane(excel);
  expect(await screen.findByText("Tìm thấy 1 bảng số liệu.")).toBeTruthy();
  expect(reads).toHaveBeenLastCalledWith({ kind: "active" });
  const generate = within(screen.getByRole("region", { name: "Thao tác chính" })).getByRole("button", { name: "Tạo phụ lục" });
  await user.click(generate);
  expect(await screen.findByText('Đã tạo trang "Phụ lục 2021" và mở trang đó.')).toBeTruthy();
  expect(excel.sheetByKey(excel.activeSheetId)?.name).toBe("Phụ lục 2021");

  await user.click(within(step(/Kiểm tra/)).getByRole("button", { name: "Kiểm tra lại" }));
  await nextRead(reads, 2);
  const aLuoiSheet = { kind: "sheets", names: ["A Lưới"], ids: [excel.sheet("A Lưới").id] };
  expect(reads).toHaveBeenLastCalledWith(aLuoiSheet);
  expect(tablesFound()).toBe("Tìm thấy 1 bảng số liệu.");

  // "Read again" reads the active sheet, the appendix, and then the district's sheet instead.
  await user.click(within(step(/Nguồn dữ liệu/)).getByRole("button", { name: "Đọc lại dữ liệu" }));
  await nextRead(reads, 4);
  expect(reads.mock.calls.slice(2)).toEqual([[{ kind: "active" }], [aLuoiSheet]]);
  expect(tablesFound()).toBe("Tìm thấy 1 bảng số liệu.");
});

test("a cell changed in a source sheet refreshes the findings on their own, once for a burst of edits; the handlers go with the pane", async () => {
  const reads = jest.spyOn(excelHost, "readGrids");
  const excel = officeWorkbook(districtGrids());
  const { unmount } = renderOfficePane(excel);
  expect(await screen.findByText("Tìm thấy 3 bảng số liệu.")).toBeTruthy();
  await waitFor(() => expect(excel.changeHandlers).toHaveLength(3));
  const errors = () => within(step(/Kiểm tra/)).queryByRole("heading", { level: 3, name: /^Lỗi/ });
  expect(errors()).toBeNull();

  // The officer types a poor-households count for Xã Hồng Kim that no longer fits its rate or the district's total, then its households.
  await act(() => typeInto(excel, "A Lưới", "D2", 150));
  // A moment between the two cells, as typing takes: each edit is its own event, and the pane hears each.
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  await act(() => typeInto(excel, "A Lưới", "C2", 821));
  await nextRead(reads, 2);
  expect(reads).toHaveBeenLastCalledWith({ kind: "all" });
  expect(errors()).not.toBeNull();
  expect(within(step(/Kiểm tra/)).getByRole("button", { name: /^A Lưới!D4/ })).toBeTruthy();
  // Still one handler per district sheet: reading the same sheets again does not add more.
  expect(excel.changeHandlers).toHaveLength(3);
  await act(() => new Promise((resolve) => setTimeout(resolve, 1500)));
  expect(reads).toHaveBeenCalledTimes(2);

  unmount();
  await waitFor(() => expect(excel.changeHandlers).toHaveLength(0));
});

test("a district's sheet renamed after the appendix was written is still what checking again reads (Worksheet.id)", async () => {
  const reads = jest.spyOn(excelHost, "readGrids");
  const excel = officeWorkbook([aLuoi()], { scope: "active", plan: { baseYear: 2020, planYear: 2021 } });
  const { user } = renderOfficePane(excel);
  expect(await screen.findByText("Tìm thấy 1 bảng số liệu.")).toBeTruthy();
  await user.click(within(screen.getByRole("region", { name: "Thao tác chính" })).getByRole("button", { name: "Tạo phụ lục" }));
  expect(await screen.findByText('Đã tạo trang "Phụ lục 2021" và mở trang đó.')).toBeTruthy();

  renameSheet(excel, "A Lưới", "Huyện A Lưới");
  await user.click(within(step(/Kiểm tra/)).getByRole("button", { name: "Kiểm tra lại" }));
  await nextRead(reads, 2);
  expect(tablesFound()).toBe("Tìm thấy 1 bảng số liệu.");
  expect(await within(step(/Nguồn dữ liệu/)).findByText('Trang "Huyện A Lưới": 2 đơn vị')).toBeTruthy();
  expect(screen.queryByText(/Không tìm thấy trang tính/)).toBeNull();
});

test("an imported district's sheet renamed since it was read is still found by checking again, and the workbook remembers its new name", async () => {
  const reads = jest.spyOn(excelHost, "readGrids");
  const excel = officeWorkbook([aLuoi()], { scope: "imported", importedSheets: ["A Lưới"] });
  const { user } = renderOfficePane(excel);
  expect(await screen.findByText("Tìm thấy 1 bảng số liệu.")).toBeTruthy();

  renameSheet(excel, "A Lưới", "Huyện A Lưới");
  await user.click(within(step(/Kiểm tra/)).getByRole("button", { name: "Kiểm tra lại" }));
  await nextRead(reads, 2);
  expect(reads).toHaveBeenLastCalledWith({ kind: "sheets", names: ["A Lưới"], ids: [excel.sheet("Huyện A Lưới").id] });
  expect(screen.queryByText(/Không tìm thấy trang tính/)).toBeNull();
  expect(await within(step(/Nguồn dữ liệu/)).findByText('Trang "Huyện A Lưới": 2 đơn vị')).toBeTruthy();
  // Ids change when the workbook is opened again: the next opening looks the sheet up by its new name.
  await waitFor(() => expect(Office.context.document.settings.get("povertyAppendix.pane")).toMatchObject({ importedSheets: ["Huyện A Lưới"] }));
  expect((within(step(/Nguồn dữ liệu/)).getByRole("radio", { name: "Các trang vừa nhập (1)" }) as HTMLInputElement).checked).toBe(true);
  // The new name is no reason to read the same sheet once more.
  await act(() => new Promise((resolve) => setTimeout(resolve, 600)));
  expect(reads).toHaveBeenCalledTimes(2);
});

test("an edit to a source sheet renamed meanwhile still refreshes the findings, now under the sheet's new name", async () => {
  const reads = jest.spyOn(excelHost, "readGrids");
  const excel = officeWorkbook([aLuoi()], { scope: "active" });
  renderOfficePane(excel);
  expect(await screen.findByText("Tìm thấy 1 bảng số liệu.")).toBeTruthy();
  await waitFor(() => expect(excel.changeHandlers).toHaveLength(1));

  renameSheet(excel, "A Lưới", "Huyện A Lưới");
  await act(() => typeInto(excel, "Huyện A Lưới", "D2", 150));
  await nextRead(reads, 2);
  expect(screen.queryByText(/Không tìm thấy trang tính/)).toBeNull();
  expect(within(step(/Kiểm tra/)).getByRole("button", { name: /^Huyện A Lưới!D4/ })).toBeTruthy();
  // Watching follows the new name: one handler, still on the renamed sheet.
  await waitFor(() => expect(excel.changeHandlers).toHaveLength(1));
  expect(excel.changeHandlers[0].sheetId).toBe(excel.sheet("Huyện A Lưới").id);
});

test("with the selection as the source, checking again after the appendix was written reads the district's selected cells, not the appendix's", async () => {
  const reads = jest.spyOn(excelHost, "readGrids");
  const excel = officeWorkbook([aLuoi()], { scope: "selection", plan: { baseYear: 2020, planYear: 2021 } });
  // The officer selected the table's columns, whole; the pane reads their used part.
  excel.selection = { sheet: excel.sheet("A Lưới"), area: parseArea("A1:F1048576") };
  const { user } = renderOfficePane(excel);
  expect(await screen.findByText("Tìm thấy 1 bảng số liệu.")).toBeTruthy();
  expect(reads).toHaveBeenLastCalledWith({ kind: "selection" });
  await user.click(within(screen.getByRole("region", { name: "Thao tác chính" })).getByRole("button", { name: "Tạo phụ lục" }));
  expect(await screen.findByText('Đã tạo trang "Phụ lục 2021" và mở trang đó.')).toBeTruthy();

  await user.click(within(step(/Kiểm tra/)).getByRole("button", { name: "Kiểm tra lại" }));
  await nextRead(reads, 2);
  const selected = { kind: "area", sheet: "A Lưới", sheetId: excel.sheet("A Lưới").id, address: "A1:F1048576" };
  expect(reads).toHaveBeenLastCalledWith(selected);
  expect(tablesFound()).toBe("Tìm thấy 1 bảng số liệu.");
  expect(await within(step(/Nguồn dữ liệu/)).findByText('Trang "A Lưới": 2 đơn vị')).toBeTruthy();

  // "Read again" reads the selection, now the appendix's A1, and then the district's selected cells instead.
  await user.click(within(step(/Nguồn dữ liệu/)).getByRole("button", { name: "Đọc lại dữ liệu" }));
  await nextRead(reads, 4);
  expect(reads.mock.calls.slice(2)).toEqual([[{ kind: "selection" }], [selected]]);
  expect(tablesFound()).toBe("Tìm thấy 1 bảng số liệu.");
});

test("a column correction and a unit's own target follow their sheet when the officer renames it", async () => {
  const reads = jest.spyOn(excelHost, "readGrids");
  const remembered = {
    scope: "active",
    overrides: [{ sheet: "A Lưới", col: 6, field: "targetReduction" }],
    plan: { unitTargets: { "A Lưới!Xã Hồng Kim": 30 } },
  };
  const excel = officeWorkbook([aLuoi()], remembered);
  const { user } = renderOfficePane(excel);
  expect(await screen.findByText("Tìm thấy 1 bảng số liệu.")).toBeTruthy();
  // The table's 20 + 15, with Hồng Kim's own 30 instead of 20.
  const total = "Tổng số hộ phấn đấu giảm: 45.";
  expect(await screen.findByText(total)).toBeTruthy();

  renameSheet(excel, "A Lưới", "Huyện A Lưới");
  await user.click(within(step(/Kiểm tra/)).getByRole("button", { name: "Kiểm tra lại" }));
  await nextRead(reads, 2);
  expect(await within(step(/Nguồn dữ liệu/)).findByText('Trang "Huyện A Lưới": 2 đơn vị')).toBeTruthy();
  await waitFor(() =>
    expect(Office.context.document.settings.get("povertyAppendix.pane")).toMatchObject({
      overrides: [{ sheet: "Huyện A Lưới", col: 6, field: "targetReduction" }],
      plan: { unitTargets: { "Huyện A Lưới!Xã Hồng Kim": 30 } },
    }),
  );
  expect(await screen.findByText(total)).toBeTruthy();
});
