/**
 * The checks sheet's places and look: each finding's unit and column by the names the table gives
 * its rows (units, group titles, subtotals, the total), and the sheet's styles, widths and print setup.
 */
import { analyze } from "../../src/engine/analysis";
import { checksLayout, findingPlaces } from "../../src/engine/appendix/checks-layout";
import type { Issue } from "../../src/engine/findings/issue";
import { grid } from "../helpers/grid";

/** Group I's communes add up to 160 poor households, not the 161 its subtotal and the total say. */
const grouped = grid(
  [
    ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"],
    ["I", "Khu vực thành thị", null, null, null],
    [1, "Phường 1", 1000, 100, 10],
    [2, "Phường 2", 2000, 60, 3],
    [null, "Cộng I", 3000, 161, 5.37],
    [null, "Tổng cộng", 3000, 161, 5.37],
  ],
  { sheet: "Huyện" },
);
const analysis = analyze([grouped], { targetHouseholds: 40 });
const at = (sheet: string, cell: string | null, cause?: string): Issue => ({ code: "x", severity: "warning", sheet, cell, message: { vi: "", en: "" }, expected: null, actual: null, ...(cause ? { cause } : {}) });

describe("a finding's place", () => {
  const placeOf = findingPlaces(analysis.tables);
  const place = (issue: Issue) => {
    const { unit, column, causeColumn } = placeOf(issue);
    return [unit, column?.vi ?? null, causeColumn?.en ?? null];
  };

  it("names the subtotal's and the total's rows, and a knock-on finding's cause column", () => {
    expect(analysis.issues.map((i) => [i.code, i.cell, ...place(i)])).toEqual([
      ["group-mismatch", "D5", "Cộng I", "Số hộ nghèo", null],
      ["total-mismatch", "D6", "Tổng cộng", "Số hộ nghèo", null],
      ["ratio-follows-sum", "E5", "Cộng I", "Tỷ lệ hộ nghèo (%)", "Poor households"],
      ["ratio-follows-sum", "E6", "Tổng cộng", "Tỷ lệ hộ nghèo (%)", "Poor households"],
      ["year-assumed", null, null, null, null],
      ["goal-allocated", null, null, null, null],
    ]);
  });

  it("names a group's title row and a unit's row, and nothing outside the tables or at a cell it cannot read", () => {
    expect(place(at("Huyện", "B2"))).toEqual(["Khu vực thành thị", "Đơn vị", null]);
    expect(place(at("Huyện", "C4", "D4"))).toEqual(["Phường 2", "Tổng số hộ dân", "Poor households"]);
    expect(place(at("Huyện", "Z40"))).toEqual([null, null, null]);
    expect(place(at("Ghi chú", "D5", "D6"))).toEqual([null, null, null]);
    expect(place(at("Huyện", "ô D5", "?"))).toEqual([null, null, null]);
  });

  it("names the rows of a table with neither group figures nor a total row", () => {
    const bare = analyze([grid([["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"], ["I", "Khu vực thành thị", null, null], [1, "Phường 1", 1000, 100]], { sheet: "Xã" })]);
    const placeIn = findingPlaces(bare.tables);
    expect([placeIn(at("Xã", "B2")).unit, placeIn(at("Xã", "D3")).unit]).toEqual(["Khu vực thành thị", "Phường 1"]);
  });
});

describe("the checks sheet's look", () => {
  const sheet = checksLayout(analysis.tables, analysis.issues, "vi");
  const cell = (row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col);

  it("has its title over the ten columns, Times New Roman, and prints A4 landscape with the header on every page", () => {
    expect(cell(1, 1)).toEqual({ row: 1, col: 1, value: "KẾT QUẢ KIỂM TRA SỐ LIỆU", style: "title" });
    expect(sheet.merges).toEqual(["A1:J1"]);
    expect(sheet.columnWidths).toEqual([5, 10, 18, 8, 22, 18, 10, 10, 70, 24]);
    expect(sheet.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: 1, repeatRows: [3, 3] });
    expect([sheet.columnCount, sheet.rowCount]).toEqual([10, 3 + 6]);
    expect(sheet.styles).toMatchObject({
      title: { font: { name: "Times New Roman", size: 13, bold: true }, horizontal: "center" },
      header: { font: { name: "Times New Roman", size: 11, bold: true }, border: true, wrap: true },
      order: { horizontal: "center", border: true },
      text: { font: { name: "Times New Roman", size: 11 }, horizontal: "left", vertical: "top", wrap: true, border: true },
      number: { font: { name: "Times New Roman", size: 11 }, horizontal: "right", vertical: "top", border: true },
    });
  });

  it("writes numbers right-aligned and words as text, and links only a finding that has a cell", () => {
    expect([5, 6, 7, 8, 9].map((col) => [cell(4, col)?.value, cell(4, col)?.style])).toEqual([
      ["Cộng I", "text"],
      ["Số hộ nghèo", "text"],
      [161, "number"],
      [160, "number"],
      ['Dòng "Cộng I": "Số hộ nghèo" ghi 161, cộng các đơn vị trong nhóm được 160.', "text"],
    ]);
    // Row 8 is the fifth finding, "year-assumed", about the whole sheet: no cell, no unit; the review year assumed, 2025.
    expect([cell(8, 2)?.value, cell(8, 4), cell(8, 5), cell(8, 7)]).toEqual([
      "Cảnh báo",
      { row: 8, col: 4, value: null, style: "text" },
      { row: 8, col: 5, value: null, style: "text" },
      { row: 8, col: 7, value: 2025, style: "number" },
    ]);
  });

  it("styles every row's cells: the numbering centred, the words as text, the cause too, even in a column the table does not map", () => {
    const knockOn = checksLayout(analysis.tables, [at("Huyện", "E5", "Z5")], "vi");
    expect(knockOn.cells.filter((c) => c.row >= 3).map((c) => [c.col, c.style])).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((col) => [col, "header"]),
      [1, "order"],
      ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map((col) => [col, "text"]),
    ]);
    expect(knockOn.cells.find((c) => c.row === 4 && c.col === 10)?.value).toBe("Z5 sai");
    expect(checksLayout([], [], "vi").cells.find((c) => c.row === 4)).toEqual({ row: 4, col: 1, value: "Không có phát hiện nào.", style: "text" });
  });

  it("calls the severities by their English names when asked, and says when there is nothing to report", () => {
    const english = checksLayout(analysis.tables, analysis.issues, "en");
    expect([4, 8, 9].map((row) => english.cells.find((c) => c.row === row && c.col === 2)?.value)).toEqual(["Error", "Warning", "Note"]);
    expect(english.sheetName).toBe("Checks");
    expect(english.cells.find((c) => c.row === 1)?.value).toBe("DATA CHECKS");
    const none = checksLayout([], [], "en");
    expect([none.cells.find((c) => c.row === 4)?.value, none.rowCount, none.merges]).toEqual(["No findings.", 4, ["A1:J1", "A4:J4"]]);
  });
});
