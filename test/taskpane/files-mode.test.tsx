/** @jest-environment jsdom */
import { waitFor } from "@testing-library/react";
import type { PickedFile, RowsProgress } from "../../src/taskpane/host";
import { CancelledError } from "../../src/taskpane/xlsx-runner";
import { seedGrid } from "../helpers/seed-grid";
import { fakeFilesHost, renderPane, screen, step, within } from "./harness";

/** The picker's input once the pane has read its source: an officer's pick before that does nothing. */
async function readyPicker(source: HTMLElement): Promise<HTMLInputElement> {
  const input = within(source).getByLabelText<HTMLInputElement>("Chọn tệp Excel");
  await waitFor(() => expect(input.disabled).toBe(false));
  return input;
}

test("the officer picks .xlsx files, sees them listed, and can remove one", async () => {
  const picked: PickedFile[] = [];
  const host = fakeFilesHost({ files: picked });
  host.importWorkbooks.mockImplementation(async (files) => {
    picked.push(...files.map((file) => ({ name: file.name, sheets: ["Phụ lục"] })));
    host.readGrids.mockResolvedValue([seedGrid()]);
    return ["Phụ lục"];
  });
  host.removeFile.mockImplementation((name) => {
    picked.splice(picked.findIndex((file) => file.name === name), 1);
    host.readGrids.mockResolvedValue([]);
  });
  const { user } = renderPane(host);
  const source = step(/Nguồn dữ liệu/);
  expect(await within(source).findByText("Chưa chọn tệp nào.")).toBeTruthy();
  // Files mode has no sheet scope and no import into a workbook: only the picker.
  expect(within(source).queryByRole("radio")).toBeNull();
  expect(within(source).queryByRole("button", { name: "Nhập tệp của đơn vị" })).toBeNull();

  const file = new File(["xlsx"], "tinh.xlsx");
  await user.upload(await readyPicker(source), [file]);
  expect(host.importWorkbooks).toHaveBeenCalledWith([file], expect.any(Function));
  expect(await within(source).findByText("Tìm thấy 1 bảng số liệu.")).toBeTruthy();
  expect(within(source).getByText("tinh.xlsx")).toBeTruthy();

  await user.click(within(source).getByRole("button", { name: "Bỏ tệp tinh.xlsx" }));
  expect(host.removeFile).toHaveBeenCalledWith("tinh.xlsx");
  await waitFor(() => expect(within(source).getByText("Chưa tìm thấy bảng số liệu theo đơn vị.")).toBeTruthy());
  expect(within(source).getByText("Chưa chọn tệp nào.")).toBeTruthy();
});

test("several files: the pane says the appendix goes into a new workbook", async () => {
  const files = [
    { name: "a-luoi.xlsx", sheets: ["a-luoi - Sheet1"] },
    { name: "nam-dong.xlsx", sheets: ["nam-dong - Sheet1"] },
  ];
  renderPane(fakeFilesHost({ files }));
  expect(await screen.findByText("Đã chọn nhiều tệp: phụ lục sẽ được tạo trong một sổ mới.")).toBeTruthy();
  expect(screen.getByText("Các trang: a-luoi - Sheet1")).toBeTruthy();
});

test("files mode remembers its settings in the browser and starts from them", async () => {
  const host = fakeFilesHost({ grids: [seedGrid()], settings: { lang: "en" } });
  renderPane(host);
  expect(await screen.findByText("Files never leave your computer: everything happens in this browser.")).toBeTruthy();
  expect(screen.getByRole("button", { name: "Choose Excel files" })).toBeTruthy();
});

test("while a file is read the pane shows the rows read so far, and Cancel stops it without a failure", async () => {
  const host = fakeFilesHost();
  // As the files host does: the read goes on until the officer cancels, then rejects as cancelled.
  host.importWorkbooks.mockImplementation(
    (_files: File[], onRows?: (progress: RowsProgress) => void) =>
      new Promise<string[]>((_resolve, reject) => {
        onRows?.({ phase: "reading", rows: 10600 });
        host.cancel.mockImplementation(() => reject(new CancelledError()));
      }),
  );
  const { user } = renderPane(host);
  const source = step(/Nguồn dữ liệu/);
  await within(source).findByText("Chưa chọn tệp nào.");
  await user.upload(await readyPicker(source), [new File(["xlsx"], "ca-nuoc.xlsx")]);
  expect(await within(source).findByText("Đã đọc 10.600 dòng.")).toBeTruthy();
  expect(within(source).getByText("Đang nhập tệp…")).toBeTruthy();

  await user.click(within(source).getByRole("button", { name: "Hủy" }));
  expect(host.cancel).toHaveBeenCalled();
  await waitFor(() => expect(within(source).queryByText("Đang nhập tệp…")).toBeNull());
  expect(within(source).queryByText("Không nhập được tệp")).toBeNull();
  expect(within(source).queryByRole("button", { name: "Hủy" })).toBeNull();
});

test("until its settings are loaded and the source read, the pane's picker waits (a file picked then would be read over)", async () => {
  const host = fakeFilesHost({ grids: [seedGrid()] });
  let loadSettings: (settings: unknown) => void = () => undefined;
  host.loadSettings.mockImplementation(() => new Promise((resolve) => (loadSettings = resolve)));
  renderPane(host);
  const pick = await screen.findByRole("button", { name: "Chọn tệp Excel" });
  expect(pick.getAttribute("aria-disabled")).toBe("true");
  expect(host.readGrids).not.toHaveBeenCalled();
  loadSettings(null);
  await waitFor(() => expect(pick.getAttribute("aria-disabled")).toBeNull());
  expect(host.readGrids).toHaveBeenCalledTimes(1);
});

test("removing the last file forgets the units' own targets and column choices, not the goal (field test 5)", async () => {
  const picked: PickedFile[] = [{ name: "tinh.xlsx", sheets: ["Phụ lục"] }];
  const settings = {
    overrides: [{ sheet: "Phụ lục", col: 4, field: "poorHouseholds" }],
    plan: { goal: "households", goalHouseholds: 1000, unitTargets: { "Phụ lục!Huyện Phong Điền": 300 } },
  };
  const host = fakeFilesHost({ files: picked, grids: [seedGrid()], settings });
  host.removeFile.mockImplementation((name) => {
    picked.splice(picked.findIndex((file) => file.name === name), 1);
    host.readGrids.mockResolvedValue([]);
  });
  const { user } = renderPane(host);
  const source = step(/Nguồn dữ liệu/);
  await user.click(await within(source).findByRole("button", { name: "Bỏ tệp tinh.xlsx" }));
  await waitFor(() => expect(host.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ overrides: [] })));
  const saved = host.saveSettings.mock.calls.at(-1)?.[0];
  expect(saved?.plan).toMatchObject({ goal: "households", goalHouseholds: 1000, unitTargets: {} });
});
