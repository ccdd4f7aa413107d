/** @jest-environment jsdom */
import { act, waitFor } from "@testing-library/react";
import { seedGrid } from "../helpers/seed-grid";
import { chosen, fakeExcelHost, renderPane, screen, step, within } from "./harness";

/** A found table shows its mapping as a summary; "Sửa" (or "Edit") opens its columns' lists. */
async function openColumns(source: HTMLElement, name = "Sửa"): Promise<void> {
  (await within(source).findByRole("button", { name })).click();
  await within(source).findAllByRole("combobox");
}

afterEach(() => jest.useRealTimers());

test("lists the table found in the workbook's sheets with its unit count and its column mapping", async () => {
  const host = fakeExcelHost({ grids: [seedGrid()] });
  renderPane(host);
  expect(await screen.findByText("Tìm thấy 1 bảng số liệu.")).toBeTruthy();
  expect(host.readGrids).toHaveBeenCalledWith({ kind: "all" }, expect.any(Function));
  const source = step(/Nguồn dữ liệu/);
  // The table's card loads with the later steps, after the first paint.
  expect(await within(source).findByText('Trang "Phụ lục": 9 đơn vị')).toBeTruthy();
  expect(within(source).queryByRole("combobox")).toBeNull();
  await openColumns(source);
  // "Tỷ lệ" alone is told apart by its group: the pane shows the field the engine chose.
  expect(chosen(within(source).getByRole("combobox", { name: /Cột D: Số hộ/ }))).toBe("Số hộ nghèo");
  expect(chosen(within(source).getByRole("combobox", { name: /Cột H: Tỷ lệ/ }))).toBe("Tỷ lệ hộ nghèo thuộc CS BTXH (%)");
  expect(chosen(within(source).getByRole("combobox", { name: /Cột L: Số hộ nghèo phấn đấu giảm/ }))).toBe("Số hộ nghèo phấn đấu giảm");
});

test("correcting a column re-analyses the table and is remembered in the settings", async () => {
  const host = fakeExcelHost({ grids: [seedGrid()] });
  const { user } = renderPane(host);
  const source = step(/Nguồn dữ liệu/);
  await openColumns(source);
  const targetColumn = await within(source).findByRole("combobox", { name: /Cột L:/ });
  // The table's own targets are used: no "no target" finding yet.
  expect(screen.queryAllByText(/Chưa có chỉ tiêu giảm hộ nghèo/)).toHaveLength(0);

  await user.selectOptions(targetColumn, "(bỏ qua)");

  expect(chosen(within(source).getByRole("combobox", { name: /Cột L:/ }))).toBe("(bỏ qua)");
  expect(within(source).getByText("đã sửa")).toBeTruthy();
  // Without the target column the engine asks for a goal: the finding shows up in the Check step.
  expect(within(step(/Kiểm tra/)).getByText(/Chưa có chỉ tiêu giảm hộ nghèo/)).toBeTruthy();
  await waitFor(() =>
    expect(host.saveSettings).toHaveBeenLastCalledWith(
      expect.objectContaining({ overrides: [{ sheet: "Phụ lục", col: 12, field: null }] }),
    ),
  );

  await user.click(within(source).getByRole("button", { name: "Nhận cột tự động như ban đầu" }));
  expect(chosen(within(source).getByRole("combobox", { name: /Cột L:/ }))).toBe("Số hộ nghèo phấn đấu giảm");
  expect(within(step(/Kiểm tra/)).queryByText(/Chưa có chỉ tiêu giảm hộ nghèo/)).toBeNull();
});

test("a column the engine skipped can be given a field", async () => {
  const grid = seedGrid();
  grid.values[4][14] = "Ghi chú"; // O5: the rate-reduction header becomes a note column
  const host = fakeExcelHost({ grids: [grid] });
  const { user } = renderPane(host);
  await openColumns(step(/Nguồn dữ liệu/));
  const note = await within(step(/Nguồn dữ liệu/)).findByRole("combobox", { name: /Cột O: Ghi chú/ });
  expect(chosen(note)).toBe("(bỏ qua)");
  await user.selectOptions(note, "Tỷ lệ nghèo giảm (%)");
  expect(chosen(within(step(/Nguồn dữ liệu/)).getByRole("combobox", { name: /Cột O: Ghi chú/ }))).toBe("Tỷ lệ nghèo giảm (%)");
});

test("choosing the active sheet reads the active sheet", async () => {
  const host = fakeExcelHost({ grids: [seedGrid()] });
  const { user } = renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  await user.click(screen.getByRole("radio", { name: "Trang tính đang mở" }));
  await waitFor(() => expect(host.readGrids).toHaveBeenLastCalledWith({ kind: "active" }, expect.any(Function)));
  await user.click(screen.getByRole("button", { name: "Đọc lại dữ liệu" }));
  await waitFor(() => expect(host.readGrids).toHaveBeenCalledTimes(3));
  expect(host.readGrids).toHaveBeenLastCalledWith({ kind: "active" }, expect.any(Function));
});

test("import says why it is unavailable and does nothing", async () => {
  const reason = { vi: "Phiên bản Excel này chưa nhập được tệp trực tiếp.", en: "This Excel cannot import files." };
  const host = fakeExcelHost({ grids: [seedGrid()], canImport: { ok: false, reason } });
  const { user } = renderPane(host);
  const button = await screen.findByRole("button", { name: "Nhập tệp của đơn vị" });
  expect(button.getAttribute("aria-disabled")).toBe("true");
  expect(screen.getByText(reason.vi).id).toBe(button.getAttribute("aria-describedby"));
  await user.click(button);
  await user.upload(screen.getByLabelText("Nhập tệp của đơn vị"), new File(["x"], "a.xlsx"));
  expect(host.importWorkbooks).not.toHaveBeenCalled();
});

test("importing the units' files reads the imported sheets", async () => {
  const host = fakeExcelHost({ grids: [seedGrid()] });
  host.importWorkbooks.mockResolvedValue(["Huyện A Lưới", "Huyện Nam Đông"]);
  const { user } = renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  const files = [new File(["a"], "a-luoi.xlsx"), new File(["b"], "nam-dong.xlsx")];
  await user.upload(screen.getByLabelText("Nhập tệp của đơn vị"), files);
  expect(host.importWorkbooks).toHaveBeenCalledWith(files, expect.any(Function));
  await waitFor(() => expect(host.readGrids).toHaveBeenLastCalledWith({ kind: "sheets", names: ["Huyện A Lưới", "Huyện Nam Đông"] }, expect.any(Function)));
  expect((screen.getByRole("radio", { name: "Các trang vừa nhập (2)" }) as HTMLInputElement).checked).toBe(true);
});

test("a failed import is told in the officer's words", async () => {
  const host = fakeExcelHost({ grids: [seedGrid()] });
  host.importWorkbooks.mockRejectedValue(Object.assign(new Error("x"), { text: { vi: 'Không nhập được tệp "b.xlsx".', en: "No." } }));
  const { user } = renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  await user.upload(screen.getByLabelText("Nhập tệp của đơn vị"), [new File(["b"], "b.xlsx")]);
  expect(await screen.findByText('Không nhập được tệp "b.xlsx".')).toBeTruthy();
  expect(screen.getByText("Không nhập được tệp")).toBeTruthy();
});

test("remembered settings come back: scope, corrections, goal and language", async () => {
  const settings = {
    scope: "all",
    overrides: [{ sheet: "Phụ lục", col: 12, field: null }],
    plan: { goal: "rate", goalPoints: 0.5 },
    lang: "en",
  };
  // Fake timers: the pane saves 400 ms after a change; a minute of fake time shows none is pending.
  jest.useFakeTimers();
  const host = fakeExcelHost({ grids: [seedGrid()], settings });
  renderPane(host);
  expect(await screen.findByText("1 table found.")).toBeTruthy();
  expect(host.readGrids).toHaveBeenCalledTimes(1);
  expect(host.readGrids).toHaveBeenCalledWith({ kind: "all" }, expect.any(Function));
  await openColumns(step(/Source/), "Edit");
  expect(chosen(screen.getByRole("combobox", { name: /Column L:/ }))).toBe("(ignore)");
  expect((screen.getByRole("textbox", { name: "Poverty rate reduction (percentage points)" }) as HTMLInputElement).value).toBe("0.5");
  // Loading is not a change: nothing is written back into the workbook.
  act(() => jest.advanceTimersByTime(60_000));
  expect(jest.getTimerCount()).toBe(0);
  expect(host.saveSettings).not.toHaveBeenCalled();
});

test("a table whose poor-households header is an abbreviation gets a card saying what is missing, and plans once assigned", async () => {
  const grid = { sheet: "Huyện Y", origin: "A1", values: [["TT", "Xã", "TSH", "HN"], [1, "Xã A", 1000, 120], [2, "Xã B", 500, 30]], merges: [] };
  const host = fakeExcelHost({ grids: [grid] });
  const { user } = renderPane(host);
  const source = step(/Nguồn dữ liệu/);
  expect(await within(source).findByText('Trang "Huyện Y": bảng chưa đủ cột')).toBeTruthy();
  expect(within(source).getByText(/Chưa có cột Số hộ nghèo/)).toBeTruthy();

  await user.selectOptions(within(source).getByRole("combobox", { name: /Cột C: TSH/ }), "Tổng số hộ dân");
  await user.selectOptions(within(source).getByRole("combobox", { name: /Cột D: HN/ }), "Số hộ nghèo");

  expect(await within(source).findByText('Trang "Huyện Y": 2 đơn vị')).toBeTruthy();
  expect(within(source).queryByText(/Chưa có cột/)).toBeNull();
});
