/**
 * Which rows make a table's header (src/engine/detect/header-block.ts): the row naming the unit column,
 * group rows above it, header rows below it, and the row of column numbers ("A", "B", "1", "3=2/1*100")
 * that is passed over. Each grid is a header as officers type it; rows and columns are counted from 1.
 */
import { SheetView, type CellValue } from "../../src/engine/cells";
import { findHeaderBlocks, isColumnNumberRow } from "../../src/engine/detect/header-block";
import { grid } from "../helpers/grid";

const NAMES: CellValue[] = ["TT", "Tên đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"];
const UNIT: CellValue[] = [1, "Xã A", 1000, 50, 5];

function blockOf(values: CellValue[][], merges: string[] = []) {
  const blocks = findHeaderBlocks(new SheetView(grid(values, { merges })));
  expect(blocks).toHaveLength(1);
  const { top, bottom, nameCol, orderCol, firstDataRow } = blocks[0];
  return { top, bottom, nameCol, orderCol, firstDataRow, paths: blocks[0].paths };
}

describe("the row of column numbers", () => {
  it.each([
    [["A", "B", "1", "2", "3=2/1*100"]],
    [["(A)", "(B)", "(1)", "(2)", "(3)=(2)/(1)*100"]],
    [["", "", "1", "2", "3 = 2 : 1 x 100"]],
    [["I", "II", "1", "2", "4=3-1"]],
    [["a", "b", "c", "[1]", "5=3+4"]],
  ])("%j is passed over: the data starts under it", (numbers) => {
    expect(blockOf([NAMES, numbers, UNIT])).toMatchObject({ top: 1, bottom: 1, firstDataRow: 3 });
  });

  it.each([
    [["A", "B", null, null, null]],
    [["", "Xã B", "1", "2", "3"]],
    [[2, "Xã B", 100, 12, 12]],
    [["", "", "123", "2", "3"]],
  ])("%j is no row of column numbers", (row) => {
    expect(blockOf([NAMES, row, UNIT]).firstDataRow).toBe(2);
  });

  it("needs three numbers in a row", () => {
    const view = new SheetView(grid([["1", "2", "3"], ["1", "2", null]]));
    expect(isColumnNumberRow(view, 1)).toBe(true);
    expect(isColumnNumberRow(view, 2)).toBe(false);
  });
});

describe("group rows above the unit column's header", () => {
  const groups = (title: CellValue[], merges: string[]) =>
    blockOf([title, [null, null, "Kết quả rà soát năm 2021", null, null], NAMES, UNIT], ["C2:E2", ...merges]);

  it("takes a merged group row above, and stops at a long title over the table", () => {
    const title = ["BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2021 TRÊN ĐỊA BÀN TỈNH", null, null, null, null];
    const block = groups(title, []);
    expect(block).toMatchObject({ top: 2, bottom: 3, nameCol: 2, orderCol: 1, firstDataRow: 4 });
    expect(block.paths.get(4)).toEqual(["Kết quả rà soát năm 2021", "Số hộ nghèo"]);
  });

  it("stops at a short title that names both the review and the plan: it heads the whole table", () => {
    expect(groups([null, null, "Kết quả rà soát và chỉ tiêu giảm nghèo", null, null], ["C1:E1"]).top).toBe(2);
  });

  it("stops at a row with text over the unit column or left of it", () => {
    expect(groups([null, "Huyện A Lưới", "Kết quả thực hiện", null, null], ["C1:E1"]).top).toBe(2);
    expect(groups(["Hộ nghèo", null, "Kết quả thực hiện", null, null], ["C1:E1"]).top).toBe(2);
  });

  it("stops at a group text that is not merged, in a sheet whose groups are merged", () => {
    expect(groups([null, null, "Kết quả thực hiện", null, null], []).top).toBe(2);
  });

  it("takes a row of group words over the groups, merged", () => {
    expect(groups([null, null, "Số liệu hộ nghèo", null, null], ["C1:E1"]).top).toBe(1);
  });

  it("takes no group row of words that name no group", () => {
    expect(groups([null, null, "Ngày 5 tháng 1", null, null], ["C1:E1"]).top).toBe(2);
  });

  it("takes at most four header rows, three above the unit column's", () => {
    const group = (text: string): CellValue[] => [null, null, text, null, null];
    const values = [group("Số liệu năm 2021"), group("Kết quả rà soát"), group("Hộ nghèo"), group("Trong đó"), NAMES, UNIT];
    const block = blockOf(values, ["C1:E1", "C2:E2", "C3:E3", "C4:E4"]);
    expect([block.top, block.bottom]).toEqual([2, 5]);
  });

  it("reads a blank row above as the end of the header", () => {
    expect(blockOf([[null, null, "Kết quả rà soát", null, null], [], NAMES, UNIT]).top).toBe(3);
  });
});

describe("header rows below the unit column's header", () => {
  it("takes rows of text under a merged unit header, and stops at the first row with figures", () => {
    const values = [
      ["TT", "Đơn vị", "Hộ nghèo", null, null],
      [null, null, "Số hộ", "Tỷ lệ", "Số khẩu"],
      [null, null, "(hộ)", "(%)", "(người)"],
      [1, "Xã A", 50, 5, 200],
    ];
    const block = blockOf(values, ["A1:A3", "B1:B3", "C1:E1"]);
    expect(block).toMatchObject({ top: 1, bottom: 3, firstDataRow: 4 });
    expect(block.paths.get(3)).toEqual(["Hộ nghèo", "Số hộ", "(hộ)"]);
  });

  it("takes a blank row under headers merged down over it, and passes over the column numbers under that (field test 5)", () => {
    // Row 3 is empty in the grid: every header above is merged down over it ("B1:B3", "D2:D3").
    const values = [
      ["TT", "Xã, phường", "Kết quả rà soát cuối năm 2025", null, null],
      [null, null, "Tổng hộ", "SHN", "TLHN"],
      [null, null, null, null, null],
      ["A", "B", "1", "2", "3=2/1*100"],
      [1, "Xã A", 1000, 50, 5],
    ];
    expect(blockOf(values, ["A1:A3", "B1:B3", "C1:E1", "C2:C3", "D2:D3", "E2:E3"])).toMatchObject({ top: 1, bottom: 3, firstDataRow: 5 });
  });

  it("reads a blank row under the header as data's start when no merge carries the unit header over it", () => {
    expect(blockOf([NAMES, [null, null, null, null, null], UNIT]).firstDataRow).toBe(2);
  });

  it("stops at a row with a name in the unit column that no merge carries down", () => {
    const values = [NAMES, [null, "Xã A", "chưa có", null, null], UNIT];
    expect(blockOf(values).bottom).toBe(1);
  });

  it("stops at a row holding a figure", () => {
    const values = [["TT", "Đơn vị", "Hộ nghèo", null], [null, null, "Số hộ", 12], UNIT];
    expect(blockOf(values, ["A1:A2", "B1:B2", "C1:D1"]).bottom).toBe(1);
  });
});

describe("the order column", () => {
  it("is the column left of the unit names headed STT, in any header row", () => {
    const values = [[null, "Hộ nghèo", "Đơn vị", "Số hộ"], [null, "STT", null, null], [null, 1, "Xã A", 50]];
    expect(blockOf(values, ["C1:C2"]).orderCol).toBe(2);
  });

  it("is none when no column left of the names is headed so, even right of them", () => {
    expect(blockOf([["Ghi", "Đơn vị", "Số hộ nghèo", "TT"], ["x", "Xã A", 50, 1]]).orderCol).toBeNull();
  });
});

describe("header paths without merge information", () => {
  it("carries a group's text right over the blanks beside it that have a header below", () => {
    const values = [
      ["TT", "Đơn vị", "Kết quả rà soát", null, "Kế hoạch", null],
      [null, null, "Số hộ", "Tỷ lệ", "Số hộ", "Tỷ lệ"],
      [1, "Xã A", 50, 5, 40, 4],
    ];
    const block = blockOf(values);
    expect([2, 3, 4, 5, 6].map((c) => block.paths.get(c))).toEqual([
      ["Đơn vị"],
      ["Kết quả rà soát", "Số hộ"],
      ["Kết quả rà soát", "Tỷ lệ"],
      ["Kế hoạch", "Số hộ"],
      ["Kế hoạch", "Tỷ lệ"],
    ]);
  });

  it("does not carry a column's own header over its neighbour", () => {
    const values = [
      ["TT", "Đơn vị", "Tổng số hộ dân", null, "Hộ nghèo"],
      [null, null, null, "Số hộ nghèo", "Tỷ lệ"],
      [1, "Xã A", 1000, 50, 5],
    ];
    expect(blockOf(values).paths.get(4)).toEqual(["Số hộ nghèo"]);
  });
});
