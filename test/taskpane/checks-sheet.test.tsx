/** @jest-environment jsdom */
/** The checks sheet "Kiểm tra" from the pane: asked for with a checkbox, handed to the host with the appendix. */
import { waitFor } from "@testing-library/react";
import type { AppendixLayout } from "../../src/engine/appendix/layout";
import { grid } from "../helpers/grid";
import { fakeExcelHost, renderPane, screen, within } from "./harness";

const generate = () => within(screen.getByRole("region", { name: "Thao tác chính" })).getByRole("button", { name: "Tạo phụ lục" }) as HTMLButtonElement;

// Title on row 1, header on row 2, Xã An on row 3, Xã Bình on row 4, the total on row 5. Two mistakes, both in
// column D: Xã Bình's 600 poor households are more than its 500 households (D4), and the total's 800 poor
// households are not 100 + 600 = 700 (D5). The year in the title keeps "year assumed" out; the targets fit.
const table = grid(
  [
    ["KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2025"],
    ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"],
    [1, "Xã An", 1000, 100, 10],
    [2, "Xã Bình", 500, 600, 20],
    [null, "Toàn huyện", 1500, 800, 30],
  ],
  { sheet: "Rà soát" },
);

const rowsOf = (layout: AppendixLayout) => {
  const rows: Record<number, unknown[]> = {};
  for (const cell of layout.cells) (rows[cell.row] ??= [])[cell.col - 1] = cell.value;
  return rows;
};

test("ticking the checkbox writes the checks sheet after the appendix, remembered, and says where it went", async () => {
  const host = fakeExcelHost({ grids: [table], outcome: { checksSheet: "Kiểm tra" } });
  const { user } = renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  await user.click(screen.getByRole("checkbox", { name: "Vẫn tạo khi còn lỗi" }));
  await user.click(generate());
  // Unticked: the appendix alone.
  expect(host.writeAppendix.mock.calls[0][2]).toBeUndefined();

  await user.click(screen.getByRole("checkbox", { name: 'Thêm trang "Kiểm tra" (các phát hiện)' }));
  await user.click(generate());
  const checks = host.writeAppendix.mock.calls[1][2] as AppendixLayout;
  expect(checks.sheetName).toBe("Kiểm tra");
  expect(rowsOf(checks)).toEqual({
    1: ["KẾT QUẢ KIỂM TRA SỐ LIỆU"],
    3: ["TT", "Mức độ", "Trang", "Ô", "Đơn vị", "Cột", "Giá trị", "Đúng ra", "Nội dung", "Nguyên nhân"],
    4: [1, "Lỗi", "Rà soát", "D4", "Xã Bình", "Số hộ nghèo", 600, 500, "Số hộ nghèo (Xã Bình): 600, lớn hơn tổng số hộ dân (500).", null],
    5: [2, "Lỗi", "Rà soát", "D5", "Toàn huyện", "Số hộ nghèo", 800, 700, 'Dòng tổng: "Số hộ nghèo" ghi 800, cộng các đơn vị được 700.', null],
  });
  // Each finding's cell links back to the source; the figures are numbers, the rest text.
  expect(checks.cells.filter((c) => c.link).map((c) => [c.row, c.col, c.link])).toEqual([
    [4, 4, { sheet: "Rà soát", cell: "D4" }],
    [5, 4, { sheet: "Rà soát", cell: "D5" }],
  ]);
  expect(checks.cells.filter((c) => c.row === 4).map((c) => c.style)).toEqual(["order", "text", "text", "text", "text", "text", "number", "number", "text", "text"]);
  expect([checks.rowCount, checks.columnCount, checks.frozenRows, checks.merges]).toEqual([5, 10, 3, ["A1:J1"]]);
  expect(await screen.findByText('Các phát hiện ở trang "Kiểm tra".')).toBeTruthy();
  await waitFor(() => expect(host.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ checksSheet: true })));
});
