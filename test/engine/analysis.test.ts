/**
 * The engine's entry point: which sheets it reads, what it says about sheets it cannot use, an
 * appendix written earlier, the order of its findings and the chart beside a one-year appendix.
 */
import { analyze } from "../../src/engine";
import { grid } from "../helpers/grid";

const HEADER = ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"];
/** A district's communes are its own: sheets listing the same units are one review each, not parts to add up. */
const district = (sheet: string, [a, b] = ["Xã A", "Xã B"]) => grid([HEADER, [1, a, 1000, 300], [2, b, 2000, 100], [null, "Toàn huyện", 3000, 400]], { sheet });
const notes = grid([["Ghi chú"], ["Số liệu tạm tính đến tháng 10"]], { sheet: "Ghi chú" });
/** An appendix written earlier: the same figures under the appendix's title. */
const earlier = grid([["CHỈ TIÊU PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO NĂM 2026"], HEADER, [1, "Xã C", 500, 50], [2, "Xã D", 500, 40]], { sheet: "Phụ lục 2026" });
const places = (issues: { code: string; sheet: string; cell: string | null }[], code: string) => issues.filter((i) => i.code === code).map((i) => [i.sheet, i.cell]);

describe("the sheets read", () => {
  it("reads every sheet with a table and passes over a sheet of notes in silence", () => {
    const { tables, issues } = analyze([district("Huyện A"), notes, district("Huyện B", ["Xã E", "Xã G"])], { targetHouseholds: 40 });
    expect(tables.map((t) => t.sheet)).toEqual(["Huyện A", "Huyện B"]);
    expect(places(issues, "no-table")).toEqual([]);
  });

  it("reads only the sheets asked for, and says which asked sheet is missing or holds no table", () => {
    const { tables, issues } = analyze([district("Huyện A"), notes, district("Huyện B", ["Xã E", "Xã G"])], { sheets: ["Huyện B", "Ghi chú", "Huyện Z"], targetHouseholds: 40 });
    expect(tables.map((t) => t.sheet)).toEqual(["Huyện B"]);
    expect(issues.filter((i) => i.code === "no-table").map((i) => [i.sheet, i.cell, i.message.vi])).toEqual([
      ["Huyện Z", null, 'Trang "Huyện Z" không có bảng số liệu theo đơn vị: không tìm thấy cột "Đơn vị" (hoặc "Tên đơn vị", "Huyện", "Xã").'],
      ["Ghi chú", null, 'Trang "Ghi chú" không có bảng số liệu theo đơn vị: không tìm thấy cột "Đơn vị" (hoặc "Tên đơn vị", "Huyện", "Xã").'],
    ]);
  });

  it("says so of every sheet when none holds a table", () => {
    const other = grid([["Danh sách cán bộ"]], { sheet: "Cán bộ" });
    const { tables, incomplete, plan, layout, issues, hasErrors } = analyze([notes, other]);
    expect([tables, incomplete, plan, layout, hasErrors]).toEqual([[], [], null, null, true]);
    expect(issues.filter((i) => i.code === "no-table").map((i) => [i.sheet, i.cell, i.message.en])).toEqual([
      ["Ghi chú", null, 'Sheet "Ghi chú" holds no table of units: no "Đơn vị" (unit) column was found.'],
      ["Cán bộ", null, 'Sheet "Cán bộ" holds no table of units: no "Đơn vị" (unit) column was found.'],
    ]);
  });

  it("says what a table without all its columns lacks, and not that the sheet holds none, asked for or not", () => {
    const partial = grid([["TT", "Đơn vị", "Tổng số hộ dân"], [1, "Xã A", 1000], [2, "Xã B", 2000]], { sheet: "Huyện C" });
    for (const options of [{}, { sheets: ["Huyện C"] }]) {
      const { incomplete, issues } = analyze([partial], options);
      expect(incomplete.map((t) => t.sheet)).toEqual(["Huyện C"]);
      expect(issues.map((i) => [i.code, i.sheet])).toEqual([["missing-column", "Huyện C"]]);
    }
  });

  it("reads a sheet typed in TCVN3 and says so at that sheet", () => {
    const g = grid([["TT", "§¬n vÞ", "Tæng sè hé d©n", "Sè hé nghÌo"], [1, "X· Hång H¹", 400, 60], [null, "Toµn huyÖn", 400, 60]], { sheet: "A Luoi" });
    const { tables, issues } = analyze([g], { targetHouseholds: 10 });
    expect(tables[0].units.map((u) => u.name)).toEqual(["Xã Hồng Hạ"]);
    expect(issues.filter((i) => i.code === "tcvn3-decoded").map((i) => [i.sheet, i.cell, i.message.vi])).toEqual([
      ["A Luoi", null, 'Trang "A Luoi" được gõ bằng bảng mã TCVN3 (phông .VnTime); đã đọc chuyển sang Unicode.'],
    ]);
  });

  it("passes over an appendix written earlier beside the data, and says so at its sheet", () => {
    const { tables, issues } = analyze([district("Huyện A"), earlier], { targetHouseholds: 40 });
    expect(tables.map((t) => t.sheet)).toEqual(["Huyện A"]);
    expect(issues.filter((i) => i.code === "appendix-skipped").map((i) => [i.severity, i.sheet, i.cell, i.message.en])).toEqual([
      ["info", "Phụ lục 2026", null, 'Sheet "Phụ lục 2026" is an appendix written earlier, so it is not read as data (choose it explicitly to read it).'],
    ]);
  });

  it("reads an appendix written earlier when it is all there is, or when asked for", () => {
    for (const analysis of [analyze([earlier], { targetHouseholds: 10 }), analyze([district("Huyện A"), earlier], { sheets: ["Phụ lục 2026"], targetHouseholds: 10 })]) {
      expect(analysis.tables.map((t) => t.sheet)).toEqual(["Phụ lục 2026"]);
      expect(analysis.plan?.units.map((u) => u.name)).toEqual(["Xã C", "Xã D"]);
      expect(places(analysis.issues, "appendix-skipped")).toEqual([]);
    }
  });

  it("places the officer's column map on every sheet read", () => {
    const unnamed = (sheet: string, [a, b]: string[]) => grid([["TT", "Đơn vị", "Cột 3", "Cột 4"], [1, a, 1000, 300], [2, b, 2000, 100]], { sheet });
    const { tables } = analyze([unnamed("Huyện A", ["Xã A", "Xã B"]), unnamed("Huyện B", ["Xã E", "Xã G"])], {
      columnMap: [
        { field: "households", col: 3 },
        { field: "poorHouseholds", col: 4 },
      ],
      targetHouseholds: 40,
    });
    expect(tables.map((t) => [t.sheet, t.units.length])).toEqual([["Huyện A", 2], ["Huyện B", 2]]);
  });
});

describe("the findings and the appendix", () => {
  it("lists errors first, then warnings, then notes, each in the tables' order", () => {
    const g = grid([HEADER, [1, "Xã A", 1000, 1200], [2, "Xã B", 2000, -1]]);
    const { issues, hasErrors } = analyze([g], { targetHouseholds: 40 });
    expect(issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ["error", "poor-exceeds-households", "D2"],
      ["error", "negative", "D3"],
      ["warning", "year-assumed", null],
      ["info", "no-total-row", null],
      ["info", "goal-allocated", null],
    ]);
    expect(hasErrors).toBe(true);
  });

  it("has no errors to report when there are only warnings and notes", () => {
    expect(analyze([district("Huyện A")], { targetHouseholds: 40 }).hasErrors).toBe(false);
  });

  it("puts the chart beside a one-year appendix unless asked not to, and never beside a period's", () => {
    expect(analyze([district("Huyện A")], { targetHouseholds: 40 }).layout?.chart).toBeDefined();
    expect(analyze([district("Huyện A")], { targetHouseholds: 40, chart: false }).layout?.chart).toBeUndefined();
    expect(analyze([district("Huyện A")], { targetHouseholds: 40, planYears: 3 }).layout?.chart).toBeUndefined();
  });

  it("says at the appendix's sheet, not a cell, that it leaves the chart out of a table of 61 units", () => {
    const units = Array.from({ length: 61 }, (_, i) => [i + 1, `Xã ${i + 1}`, 1000, 100]);
    const { layout, issues } = analyze([grid([HEADER, ...units], { sheet: "Huyện A" })], { planYear: 2026, targetHouseholds: 610 });
    expect(layout?.sheetName).toBe("Phụ lục 2026");
    expect(places(issues, "chart-too-many-units")).toEqual([["Phụ lục 2026", null]]);
  });
});
