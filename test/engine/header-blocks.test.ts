/** Header blocks searched down to a row: the same blocks as the whole search, up to that row. */
import type { CellValue } from "../../src/engine/cells/grid";
import { SheetView } from "../../src/engine/cells";
import { findHeaderBlocks } from "../../src/engine/detect/header-block";

/** Two district tables one under the other, each with a two-row header. */
function twoTables(): SheetView {
  const table = (district: string): CellValue[][] => [
    [`HUYỆN ${district}`, null, null, null],
    ["TT", "Đơn vị", "Kết quả rà soát", null],
    [null, null, "Tổng số hộ dân", "Số hộ nghèo"],
    [1, "Xã A", 1000, 50],
    [2, "Xã B", 2000, 40],
    [null, null, null, null],
  ];
  const values = [...table("A LƯỚI"), ...table("NAM ĐÔNG")];
  return new SheetView({ sheet: "Huyện", origin: "A1", values, merges: ["A2:A3", "B2:B3", "C2:D2", "A8:A9", "B8:B9", "C8:D8"] });
}

test("the search stops at the row given, and finds what the whole search finds above it", () => {
  const view = twoTables();
  const all = findHeaderBlocks(view);
  expect(all.map((block) => [block.top, block.bottom])).toEqual([
    [2, 3],
    [8, 9],
  ]);
  expect(findHeaderBlocks(view, all[0].bottom)).toEqual([all[0]]);
  expect(findHeaderBlocks(view, all[1].top - 1)).toEqual([all[0]]);
  expect(findHeaderBlocks(view, all[1].bottom)).toEqual(all);
});
