import { analyze } from "../../src/engine/analysis";
import { checksLayout } from "../../src/engine/appendix/checks-layout";
import type { AppendixLayout } from "../../src/engine/appendix/layout";
import type { Issue } from "../../src/engine/findings/issue";
import { parseA1 } from "../../src/engine/cells/address";
import { FIELD_LABELS } from "../../src/engine/detect/field-labels";
import { grid } from "../helpers/grid";
import { seedGrid } from "../helpers/seed-grid";

const rowOf = (layout: AppendixLayout, row: number) =>
  Object.fromEntries(layout.cells.filter((c) => c.row === row).map((c) => [c.col, c.link ? { value: c.value, link: c.link } : c.value]));

describe("the checks sheet", () => {
  const source = seedGrid();
  const analysis = analyze([source]);
  const layout = checksLayout(analysis.tables, analysis.issues, "vi");

  it("has one row per finding under a Vietnamese header", () => {
    expect(analysis.issues.length).toBeGreaterThan(20);
    expect(layout.sheetName).toBe("Kiểm tra");
    expect(Object.values(rowOf(layout, 3))).toEqual(["TT", "Mức độ", "Trang", "Ô", "Đơn vị", "Cột", "Giá trị", "Đúng ra", "Nội dung", "Nguyên nhân"]);
    expect(layout.rowCount).toBe(3 + analysis.issues.length);
    expect(layout.frozenRows).toBe(3);
  });

  it("names each finding's unit from its row and its column from the table, and links to its cell", () => {
    const severity = { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" };
    analysis.issues.forEach((issue, i) => {
      const row = rowOf(layout, 4 + i);
      expect(row[1]).toBe(i + 1);
      expect(row[2]).toBe(severity[issue.severity]);
      expect(row[3]).toBe("Phụ lục");
      expect(row[4]).toEqual(issue.cell ? { value: issue.cell, link: { sheet: "Phụ lục", cell: issue.cell } } : null);
      expect([row[7], row[8], row[9]]).toEqual([issue.actual, issue.expected, issue.message.vi]);
    });
    // K16 (a projected households figure off the growth rate): the unit named in B16 of the source.
    const at = analysis.issues.findIndex((issue) => issue.cell === "K16");
    const { row, col } = parseA1("K16");
    expect(rowOf(layout, 4 + at)[5]).toBe(source.values[row - 1][1]);
    expect(rowOf(layout, 4 + at)[6]).toBe(FIELD_LABELS.projectedHouseholds.vi);
    expect(source.values[4][col - 1]).toBe("Tổng số hộ dân (tăng khoảng 0,7%)");
  });

  it("names a knock-on finding's cause, its column and a link to it, in the officer's language; other findings have none", () => {
    // The district's total says 300 poor households where its communes add up to 226; its rate, 20.55, fits the 300.
    const wrongTotal = analyze([
      grid(
        [
          ["TT", "Xã, phường, thị trấn", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"],
          [1, "Xã Hồng Kim", 820, 131, 15.98],
          [2, "Xã Trung Sơn", 640, 95, 14.84],
          [null, "Toàn huyện", 1460, 300, 20.55],
        ],
        { sheet: "A Lưới" },
      ),
    ]);
    const rowAt = (layout: AppendixLayout, cell: string) => rowOf(layout, 4 + wrongTotal.issues.findIndex((issue) => issue.cell === cell));
    const vi = checksLayout(wrongTotal.tables, wrongTotal.issues, "vi");
    expect(rowAt(vi, "E4")[10]).toEqual({ value: "D4 (Số hộ nghèo) sai", link: { sheet: "A Lưới", cell: "D4" } });
    expect(rowAt(vi, "D4")[10]).toBeNull();
    expect(rowAt(checksLayout(wrongTotal.tables, wrongTotal.issues, "en"), "E4")[10]).toEqual({
      value: "D4 (Poor households), which is wrong",
      link: { sheet: "A Lưới", cell: "D4" },
    });
    expect(layout.cells.filter((c) => c.col === 10 && c.row > 3).map((c) => c.value)).toEqual(analysis.issues.map(() => null));
  });

  it("names a sheet read from another file with its file, and links none of its cells, which are not in the written workbook", () => {
    // Two district files, each "Sheet1" (shown as "<file> - Sheet1"); Gio Linh's total says 300 where its communes add up to 226.
    const districtFile = (file: string, total: number) => ({
      ...grid(
        [
          ["UBND HUYỆN " + file.toUpperCase()],
          ["TT", "Xã, phường, thị trấn", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"],
          [1, `Xã ${file} 1`, 820, 131, 15.98],
          [2, `Xã ${file} 2`, 640, 95, 14.84],
          [null, "Toàn huyện", 1460, total, Math.round((total / 1460) * 10000) / 100],
        ],
        { sheet: `${file} - Sheet1` },
      ),
      source: { file: `${file}.xlsx`, sheet: "Sheet1" },
    });
    const files = analyze([districtFile("gio-linh", 300), districtFile("trieu-phong", 226)], { currentYear: 2022 });
    const checks = checksLayout(files.tables, files.issues, "vi");
    const at = files.issues.findIndex((issue) => issue.cell === "E5");
    expect(rowOf(checks, 4 + at)).toMatchObject({ 3: "gio-linh.xlsx › Sheet1", 4: "E5", 5: "Toàn huyện", 10: "D5 (Số hộ nghèo) sai" });
    expect(checks.cells.filter((cell) => cell.link)).toEqual([]);
  });

  it("gives a row whose message wraps the height of its lines, as LibreOffice and a printout do not fit rows to wrapped text", () => {
    const issue = (text: string): Issue => ({ code: "x", severity: "error", sheet: "A", cell: null, message: { vi: text, en: text }, expected: null, actual: null });
    // The message column is 70 characters wide: 70 fit one line, 71 take two, 141 three.
    const sheet = checksLayout([], [issue("a".repeat(70)), issue("a".repeat(71)), issue("a".repeat(141))], "vi");
    expect(sheet.rowHeights).toEqual({ 1: 21, 3: 30, 5: 30, 6: 45 });
  });

  it("speaks English when asked", () => {
    const english = checksLayout(analysis.tables, analysis.issues, "en");
    expect(Object.values(rowOf(english, 3))).toEqual(["No.", "Severity", "Sheet", "Cell", "Unit", "Column", "Value", "Expected", "Message", "Caused by"]);
    expect(rowOf(english, 4)[9]).toBe(analysis.issues[0].message.en);
  });

  it("keeps a unit named like a formula as text, and says when there is nothing to report", () => {
    const tricky = analyze([
      grid([
        ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"],
        [1, "=1+1", 1000, 1200],
        [null, "Toàn tỉnh", 1000, 1200],
      ]),
    ]);
    const sheet = checksLayout(tricky.tables, tricky.issues, "vi");
    const unitCells = sheet.cells.filter((c) => c.col === 5 && c.row > 3 && c.value === "=1+1");
    expect(unitCells.length).toBeGreaterThan(0);
    for (const cell of unitCells) expect(cell.formula).toBeUndefined();

    const none = checksLayout([], [], "vi");
    expect(none.cells.find((c) => c.row === 4)?.value).toBe("Không có phát hiện nào.");
    expect(none.merges).toContain("A4:J4");
    expect(none.rowHeights).toEqual({ 1: 21, 3: 30 });
  });
});
