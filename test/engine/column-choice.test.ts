/**
 * Which of two columns of one meaning a table is read from: the officer's map first, then the review
 * year's figures over an older year's (src/engine/detect/map-columns.ts), and the years the kept columns state.
 */
import { analyze } from "../../src/engine/analysis";
import { detectTables } from "../../src/engine/detect/detect";
import { grid } from "../helpers/grid";

/** The field tester's w05: last year's poor households, hidden, before this year's; the title names 2023. */
const withLastYear = () =>
  grid(
    [
      ["KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2023 - HUYỆN HẢI LĂNG"],
      [],
      ["TT", "Đơn vị", "Tổng số hộ", "Số hộ nghèo năm 2022", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)", "Số hộ nghèo phấn đấu giảm năm 2024"],
      [1, "Xã Hải An", 1520, 106, 85, 5.59, 12],
      [2, "Xã Hải Ba", 1780, 115, 92, 5.17, 12],
      [null, "Toàn huyện", 3300, 221, 177, 5.36, 24],
    ],
    { sheet: "Năm 2023" },
  );

const columnsOf = (g: ReturnType<typeof grid>, overrides: Parameters<typeof detectTables>[1] = []) =>
  detectTables(g, overrides).tables[0].columns.map((c) => [c.field, c.col]);

describe("the officer's --map", () => {
  const map = [{ sheet: "Năm 2023", col: 5, field: "poorHouseholds" as const }];

  it("wins over a column the vocabulary had taken for the same field, which is then left unused", () => {
    const g = withLastYear();
    // Without the map the review year's column is chosen by the years (below); the map must also win
    // where the years say nothing: the same table with no year on either column.
    const noYears = grid(g.values.map((row, r) => (r === 2 ? row.map((v) => (v === "Số hộ nghèo năm 2022" ? "Số hộ nghèo cũ" : v)) : row)), { sheet: "Năm 2023" });
    for (const table of [g, noYears]) {
      const columns = columnsOf(table, map);
      expect(columns).toContainEqual(["poorHouseholds", 5]);
      expect(columns.filter(([, col]) => col === 4)).toEqual([]);
    }
  });

  it("says which column it set aside for the officer's, at that column's header", () => {
    const { issues } = detectTables(withLastYear(), map);
    expect(issues.map((i) => [i.code, i.severity, i.cell, i.message.vi, i.message.en])).toEqual([
      [
        "column-set-aside-for-map",
        "info",
        "D3",
        'Cột D ("Số hộ nghèo năm 2022") cũng đọc được là "Số hộ nghèo", nhưng đã chọn cột E cho trường này (--map, hoặc thẻ bảng): bỏ qua cột D.',
        'Column D ("Số hộ nghèo năm 2022") also reads as "Poor households", but column E was chosen for it (--map, or the table\'s card): column D is ignored.',
      ],
    ]);
  });

  it("wins when the column it displaces comes after it, too", () => {
    const g = grid([["TT", "Đơn vị", "Tổng số hộ", "HN", "Số hộ nghèo"], [1, "Xã A", 1000, 50, 70], [2, "Xã B", 2000, 40, 60]]);
    const { tables, issues } = detectTables(g, [{ sheet: "Sheet1", col: 4, field: "poorHouseholds" }]);
    expect(tables[0].units.map((u) => u.cells.poorHouseholds?.value)).toEqual([50, 40]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["column-set-aside-for-map", "E1"]]);
  });
});

describe("two columns of one meaning from different years", () => {
  it("reads the review year's (the title's year) over last year's, and notes the older one at its header", () => {
    const { tables, issues } = detectTables(withLastYear());
    expect(tables[0].units.map((u) => u.cells.poorHouseholds?.value)).toEqual([85, 92]);
    expect(tables[0].columns.filter((c) => c.col === 4)).toEqual([]);
    expect(issues.map((i) => [i.code, i.severity, i.cell, i.message.vi, i.message.en])).toEqual([
      [
        "older-year-column",
        "info",
        "D3",
        'Cột D ("Số hộ nghèo năm 2022") là số của năm 2022, trước năm rà soát 2023: dùng cột E cho "Số hộ nghèo", bỏ qua cột D.',
        'Column D ("Số hộ nghèo năm 2022") holds the figures of 2022, before the 2023 review: column E is used for "Poor households", column D is ignored.',
      ],
    ]);
  });

  it("takes the review year from the kept columns and the title, never from the column set aside", () => {
    const analysis = analyze([withLastYear()]);
    const table = analysis.tables[0];
    expect([table.baseYear, table.baseYearCell, table.planYear, table.planYearCell]).toEqual([2023, "A1", 2024, "G3"]);
    expect([analysis.plan?.baseYear, analysis.plan?.planYear]).toEqual([2023, 2024]);
    expect(analysis.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("keeps the later of two years both written in the headers, and takes the review year from it", () => {
    const g = grid([["TT", "Xã", "Tổng số hộ", "Số hộ nghèo năm 2022", "Số hộ nghèo năm 2023"], [1, "Xã A", 1000, 70, 50], [2, "Xã B", 2000, 40, 30]]);
    const { tables, issues } = detectTables(g);
    expect(tables[0].units.map((u) => u.cells.poorHouseholds?.value)).toEqual([50, 30]);
    expect(tables[0].baseYear).toBe(2023);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["older-year-column", "D1"]]);
  });

  it("keeps the first of two columns when neither the headers nor a title date them apart", () => {
    const g = grid([["TT", "Xã", "Tổng số hộ", "Số hộ nghèo", "Tổng số hộ nghèo"], [1, "Xã A", 1000, 70, 50]]);
    const { tables, issues } = detectTables(g);
    expect(tables[0].units[0].cells.poorHouseholds?.value).toBe(70);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["duplicate-column", "E1"]]);
  });
});

describe("the poor at the start of the year", () => {
  /** The field tester's w08: targets given to communes, the poor at the start of 2024 and those expected at its end. */
  const startOfYear = () =>
    grid([
      ["UBND HUYỆN SƠN HÀ - CHỈ TIÊU GIẢM HỘ NGHÈO NĂM 2024 GIAO CHO CÁC XÃ"],
      [],
      ["STT", "Tên xã", "Số hộ nghèo đầu năm 2024", "Số hộ nghèo phấn đấu giảm", "Số hộ nghèo cuối năm 2024 (dự kiến)"],
      [1, "Thị trấn Di Lăng", 120, 15, 105],
      [2, "Xã Sơn Linh", 530, 60, 475],
      [null, "Cộng", 650, 75, 580],
    ]);

  it("are the review's poor households when nothing else is, and those expected at the year's end are the plan's remaining", () => {
    const [table] = detectTables(startOfYear()).incomplete;
    expect(table.columns.map((c) => [c.field, c.col])).toEqual([["order", 1], ["name", 2], ["poorHouseholds", 3], ["targetReduction", 4], ["remainingPoor", 5]]);
  });

  it("with targets but no households: no plan, but the rows are still checked (w08's Sơn Linh expects 475 left where 530 − 60 is 470)", () => {
    const { tables, issues } = analyze([startOfYear()]);
    expect(tables).toEqual([]);
    expect(issues.map((i) => [i.code, i.severity, i.cell, i.actual, i.expected])).toEqual([
      ["missing-column", "error", "B3", null, null],
      ["plan-mismatch", "warning", "E5", 475, 470],
      // The total adds up the units as written; it follows from E5 (580 − 575 is E5's 5).
      ["plan-mismatch", "warning", "E6", 580, 575],
    ]);
  });

  it("give way to the end of the review year's figures, with a note", () => {
    const g = grid([["TT", "Xã", "Tổng số hộ", "Số hộ nghèo đầu năm", "Số hộ thoát nghèo", "Số hộ nghèo cuối năm"], [1, "Xã A", 1000, 60, 15, 50]]);
    const { tables, issues } = detectTables(g);
    expect(tables[0].units[0].cells.poorHouseholds?.value).toBe(50);
    expect(issues.map((i) => [i.code, i.cell, i.message.vi])).toEqual([
      ["start-of-year-column", "D1", 'Cột D ("Số hộ nghèo đầu năm") là số đầu năm: dùng cột F (cuối năm rà soát) cho "Số hộ nghèo", bỏ qua cột D.'],
    ]);
  });

  it("of a year are the end of the year before: 'đầu năm 2024' is the 2023 review", () => {
    const g = grid([["TT", "Xã", "Tổng số hộ", "Số hộ nghèo đầu năm 2024", "Số hộ nghèo phấn đấu giảm"], [1, "Xã A", 1000, 60, 15]]);
    const [table] = detectTables(g).tables;
    expect([table.baseYear, table.planYear]).toEqual([2023, null]);
    const beside = grid([["TT", "Xã", "Tổng số hộ", "Số hộ nghèo cuối năm 2023", "Số hộ nghèo đầu năm 2024"], [1, "Xã A", 1000, 60, 60]]);
    const { tables, issues } = detectTables(beside);
    expect([tables[0].columns.find((c) => c.field === "poorHouseholds")?.col, tables[0].baseYear]).toEqual([4, 2023]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["start-of-year-column", "E1"]]);
  });
});
