/** @jest-environment jsdom */
import { waitFor } from "@testing-library/react";
import type { AppendixLayout } from "../../src/engine/appendix/layout";
import type { WriteOutcome } from "../../src/taskpane/host";
import { layoutValues } from "../helpers/layout-cells";
import { seedGrid } from "../helpers/seed-grid";
import { communeGrid, communesOf, fakeExcelHost, fakeFilesHost, renderPane, screen, within } from "./harness";

const currentYear = new Date().getFullYear();
/** The action bar fixed at the pane's bottom holds the button. */
const generate = () => within(screen.getByRole("region", { name: "Thao tác chính" })).getByRole("button", { name: "Tạo phụ lục" }) as HTMLButtonElement;
/** The commune table with a province goal: no errors left. */
const cleanSettings = { plan: { goal: "rate", goalPoints: 1 } };

test("errors block writing until the officer chooses to write anyway", async () => {
  // The seed's 5 errors, each checked by hand in test/engine/validate.test.ts.
  const errors = 5;
  const host = fakeExcelHost({ grids: [seedGrid()] });
  const { user } = renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  expect(generate().disabled).toBe(true);
  expect(screen.getByText(`Còn ${errors} lỗi. Hãy sửa ở bước Kiểm tra, hoặc chọn "Vẫn tạo khi còn lỗi".`)).toBeTruthy();
  await user.click(generate());
  expect(host.writeAppendix).not.toHaveBeenCalled();

  await user.click(screen.getByRole("checkbox", { name: "Vẫn tạo khi còn lỗi" }));
  expect(generate().disabled).toBe(false);
  await user.click(generate());
  expect(host.writeAppendix).toHaveBeenCalledTimes(1);
  // The published plan as it stands, errors and all: Huế's 130 of 1,203 leave 1,073, 1,073 / 88,480 =
  // 1.2127 % → 1.21, 1.36 − 1.21 = 0.15; the province's total sums the units' published figures (the
  // projections to 316,128, not the published 317,152), 9,651 / 316,128 = 3.0529 % → 3.05.
  const written = host.writeAppendix.mock.calls[0][0] as AppendixLayout;
  expect(written.sheetName).toBe("Phụ lục 2021");
  expect(layoutValues(written, ["L8", "M8", "N8", "O8", "K17", "L17", "M17", "N17", "O17"])).toEqual({
    L8: 130, M8: 1073, N8: 1.21, O8: 0.15, K17: 316128, L17: 1220, M17: 9651, N17: 3.05, O17: 0.4,
  });
  expect(await screen.findByText('Đã tạo trang "Phụ lục 2021" và mở trang đó.')).toBeTruthy();
});

test("without errors the appendix is written with the plan as set, with a progress bar meanwhile", async () => {
  let finish: (outcome: WriteOutcome) => void = () => undefined;
  const host = fakeExcelHost({ grids: [communeGrid()], settings: cleanSettings });
  host.writeAppendix.mockImplementation(
    (_layout, onProgress) =>
      new Promise((resolve) => {
        onProgress(0.5);
        finish = resolve;
      }),
  );
  const { user } = renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  expect(screen.queryByRole("checkbox", { name: "Vẫn tạo khi còn lỗi" })).toBeNull();
  await user.click(generate());
  // The goal of 1 point, worked by hand: 90 poor of 3,000 is 3.00 %; projected 1,007 + 2,014 = 3,021;
  // 90 − 2 % × 3,021 = 29.58 → 30 (a multiple of 5), shared by poor households 50 : 40 = 16.67 : 13.33,
  // 15 and 10, the last 5 to Xã B's larger remainder: 15 and 15; 35 / 1,007 = 3.48 %, 25 / 2,014 = 1.24 %,
  // 60 / 3,021 = 1.99 %.
  const written = host.writeAppendix.mock.calls[0][0] as AppendixLayout;
  expect(written.sheetName).toBe(`Phụ lục ${currentYear}`);
  expect(layoutValues(written, ["K8", "L8", "L9", "N8", "N9", "K10", "L10", "N10"])).toEqual({
    K8: 1007, L8: 15, L9: 15, N8: 3.48, N9: 1.24, K10: 3021, L10: 30, N10: 1.99,
  });
  const progress = await screen.findByRole("progressbar");
  expect(progress.getAttribute("aria-valuenow")).toBe("0.5");
  expect(generate().disabled).toBe(true);

  finish({ sheetName: "Phụ lục 2026 (2)", leftOut: ["chart", "print setup"] });
  expect(await screen.findByText('Đã tạo trang "Phụ lục 2026 (2)" và mở trang đó.')).toBeTruthy();
  expect(screen.getByText(/Chưa ghi được: biểu đồ tỷ lệ hộ nghèo .*; thiết lập trang in/)).toBeTruthy();
  expect(screen.queryByRole("progressbar")).toBeNull();
});

test("a written appendix sheet is not read back as data", async () => {
  const appendix = communesOf("Phụ lục 2026", "Nam Đông");
  const host = fakeExcelHost({ grids: [communeGrid(), appendix], settings: { ...cleanSettings, scope: "all" } });
  host.writeAppendix.mockResolvedValue({ sheetName: "Phụ lục 2026", leftOut: [] });
  const { user } = renderPane(host);
  expect(await screen.findByText("Tìm thấy 2 bảng số liệu.")).toBeTruthy();
  await user.click(generate());
  await screen.findByText(/Đã tạo trang "Phụ lục 2026"/);
  await user.click(screen.getByRole("button", { name: "Đọc lại dữ liệu" }));
  expect(await screen.findByText("Tìm thấy 1 bảng số liệu.")).toBeTruthy();
  expect(screen.getByText("Không đọc các trang phụ lục do công cụ này đã tạo: Phụ lục 2026.")).toBeTruthy();
  await waitFor(() =>
    expect(host.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ appendixSheets: ["Phụ lục 2026"] })),
  );
});

test("a failed write says what happened", async () => {
  const host = fakeExcelHost({ grids: [communeGrid()], settings: cleanSettings });
  host.writeAppendix.mockRejectedValue(
    Object.assign(new Error("x"), { text: { vi: "Không ghi được phụ lục; trang ghi dở đã được xoá.", en: "x" } }),
  );
  const { user } = renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  await user.click(generate());
  expect(await screen.findByText("Không ghi được phụ lục; trang ghi dở đã được xoá.")).toBeTruthy();
  expect(screen.getByText("Không tạo được phụ lục")).toBeTruthy();
});

test("in files mode the workbook is offered as a download", async () => {
  const blob = new Blob(["xlsx"]);
  const createObjectURL = jest.fn(() => "blob:appendix");
  const revokeObjectURL = jest.fn();
  Object.assign(URL, { createObjectURL, revokeObjectURL });
  const host = fakeFilesHost({
    grids: [communeGrid()],
    settings: cleanSettings,
    files: [{ name: "xa.xlsx", sheets: ["Xã"] }],
    outcome: { download: { fileName: "xa - Phụ lục 2026.xlsx", blob } },
  });
  const { user, unmount } = renderPane(host);
  expect(await screen.findByText("Tệp không rời khỏi máy của bạn: mọi việc đều làm ngay trong trình duyệt này.")).toBeTruthy();
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  await user.click(generate());
  const link = await screen.findByRole("link", { name: "Tải xuống xa - Phụ lục 2026.xlsx" });
  expect(link.getAttribute("href")).toBe("blob:appendix");
  expect(link.getAttribute("download")).toBe("xa - Phụ lục 2026.xlsx");
  expect(createObjectURL).toHaveBeenCalledWith(blob);
  unmount();
  expect(revokeObjectURL).toHaveBeenCalledWith("blob:appendix");
});
