/**
 * The appendix layout cell by cell, against values worked out by hand (in the comments): every
 * formula of a unit row, a group row and the total row, the exact merges, each column's number
 * format. Nothing expected here is computed by the engine.
 */
import { analyze } from "../../src/engine";
import type { AppendixLayout, LayoutCell } from "../../src/engine/appendix/layout";
import { grid } from "../helpers/grid";
import { SEED_HEADER, SEED_HEADER_MERGES } from "../helpers/seed-grid";
import { layoutCells } from "../helpers/layout-cells";
import { HEADER_BOTTOM } from "../../src/engine/appendix/appendix-header";
import { makeUnits, unitGrid } from "../office/appendix-fixture";

/** [value, formula or null, style] of every cell of a sheet row, by column letter. */
function rowOf(layout: AppendixLayout, row: number): Record<string, [LayoutCell["value"], string | null, string]> {
  const cells = layoutCells(layout).filter((c) => c.row === row);
  return Object.fromEntries(cells.map((c) => [String.fromCharCode(64 + c.col), [c.value, c.formula ?? null, c.style]]));
}

/**
 * The seed's fifteen columns with two communes of round figures:
 *   Xã A: 500 households, 40 poor (8.00 %), 10 + 30 of them under the two policies (25.00 %, 75.00 %);
 *         projected 500 × 1007/1000 = 503.5 → 504; target 5, remaining 35, 35/504 = 6.944 % → 6.94,
 *         reduction 8.00 − 6.94 = 1.06.
 *   Xã B: 1000 households, 30 poor (3.00 %), 9 + 21 (30.00 %, 70.00 %); projected 1007; target 6,
 *         remaining 24, 24/1007 = 2.3833 % → 2.38, reduction 0.62.
 *   Total: 1500, 70 (4.6667 % → 4.67), 19 (27.142 % → 27.14), 51 (72.857 % → 72.86), projected
 *         504 + 1007 = 1511, target 11, remaining 59, 59/1511 = 3.9047 % → 3.90, reduction 0.77.
 */
const twoCommunes = () =>
  grid(
    [
      ...SEED_HEADER,
      [1, "Xã A", 500, 40, 150, 8, 10, 25, 30, 75, null, 5, null, null, null],
      [2, "Xã B", 1000, 30, 90, 3, 9, 30, 21, 70, null, 6, null, null, null],
      [null, "Toàn huyện", 1500, 70, 240, 4.67, 19, 27.14, 51, 72.86, null, 11, null, null, null],
    ],
    { merges: SEED_HEADER_MERGES },
  );

describe("the appendix of a table without groups", () => {
  const layout = analyze([twoCommunes()], { chart: false }).layout as AppendixLayout;

  it("merges exactly the title lines, the seed's header and the total's label", () => {
    expect(layout.merges).toEqual([
      "A1:O1", "A2:O2", "A3:O3",
      "A5:A7", "B5:B7", "C5:J5", "K5:O5", "C6:C7", "D6:F6", "G6:J6", "K6:K7", "L6:L7", "M6:M7", "N6:N7", "O6:O7",
      "A10:B10",
    ]);
  });

  it("writes the title and the header with the table's years and growth", () => {
    expect(rowOf(layout, 1)).toEqual({ A: ["Phụ lục", null, "label"] });
    expect(rowOf(layout, 2)).toEqual({ A: ["CHỈ TIÊU PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO NĂM 2021", null, "title"] });
    expect(rowOf(layout, 3)).toEqual({ A: ["(Kèm theo Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2021)", null, "subtitle"] });
    expect(rowOf(layout, 4)).toEqual({});
    const text = (row: number) => Object.fromEntries(Object.entries(rowOf(layout, row)).map(([col, [value, , style]]) => [col, style === "header" ? value : `not a header: ${style}`]));
    expect(text(5)).toEqual({ A: "TT", B: "Đơn vị", C: "Kết quả rà soát năm 2020", D: null, E: null, F: null, G: null, H: null, I: null, J: null, K: "Số liệu phấn đấu giảm nghèo năm 2021", L: null, M: null, N: null, O: null });
    expect(text(6)).toEqual({
      A: null, B: null, C: "Tổng số hộ dân", D: "Số hộ nghèo", E: null, F: null, G: "Trong đó", H: null, I: null, J: null,
      K: "Tổng số hộ dân (tăng khoảng 0,7%)", L: "Số hộ nghèo phấn đấu giảm", M: "Số hộ nghèo dự kiến còn lại", N: "Tỷ lệ (%)", O: "Tỷ lệ nghèo giảm (%)",
    });
    expect(text(7)).toEqual({
      A: null, B: null, C: null, D: "Số hộ", E: "Khẩu nghèo", F: "Tỷ lệ", G: "Hộ nghèo thuộc CS BTXH", H: "Tỷ lệ", I: "Hộ nghèo thuộc CS giảm nghèo", J: "Tỷ lệ",
      K: null, L: null, M: null, N: null, O: null,
    });
  });

  it("writes a unit row as values and live formulas", () => {
    expect(rowOf(layout, 8)).toEqual({
      A: ["1", null, "order"],
      B: ["Xã A", null, "name"],
      C: [500, null, "count"],
      D: [40, null, "count"],
      E: [150, null, "count"],
      F: [8, "ROUND(D8/C8*100,2)", "rate"],
      G: [10, null, "count"],
      H: [25, "ROUND(G8/D8*100,2)", "rate"],
      I: [30, null, "count"],
      J: [75, "ROUND(I8/D8*100,2)", "rate"],
      K: [504, "ROUND(C8*1007/1000,0)", "count"],
      L: [5, null, "count"],
      M: [35, "D8-L8", "count"],
      N: [6.94, "ROUND(M8/K8*100,2)", "rate"],
      O: [1.06, "ROUND(F8-N8,2)", "rate"],
    });
    expect(rowOf(layout, 9)).toMatchObject({ A: ["2", null, "order"], K: [1007, "ROUND(C9*1007/1000,0)", "count"], M: [24, "D9-L9", "count"], N: [2.38, "ROUND(M9/K9*100,2)", "rate"], O: [0.62, "ROUND(F9-N9,2)", "rate"] });
  });

  it("writes the total row as SUMs of the units and rates from its own sums", () => {
    expect(rowOf(layout, 10)).toEqual({
      A: ["Toàn huyện", null, "totalName"],
      B: [null, null, "totalName"],
      C: [1500, "SUM(C8:C9)", "totalCount"],
      D: [70, "SUM(D8:D9)", "totalCount"],
      E: [240, "SUM(E8:E9)", "totalCount"],
      F: [4.67, "ROUND(D10/C10*100,2)", "totalRate"],
      G: [19, "SUM(G8:G9)", "totalCount"],
      H: [27.14, "ROUND(G10/D10*100,2)", "totalRate"],
      I: [51, "SUM(I8:I9)", "totalCount"],
      J: [72.86, "ROUND(I10/D10*100,2)", "totalRate"],
      K: [1511, "SUM(K8:K9)", "totalCount"],
      L: [11, "SUM(L8:L9)", "totalCount"],
      M: [59, "SUM(M8:M9)", "totalCount"],
      N: [3.9, "ROUND(M10/K10*100,2)", "totalRate"],
      O: [0.77, "ROUND(F10-N10,2)", "totalRate"],
    });
    expect(layout.rowCount).toBe(10);
    expect(layoutCells(layout).filter((c) => c.row > 10)).toEqual([]);
  });

  it("gives counts #,##0 and rates 0.00, bold on the total, and leaves order and name in General", () => {
    const format = (row: number) => Object.fromEntries(layoutCells(layout).filter((c) => c.row === row).map((c) => [String.fromCharCode(64 + c.col), layout.styles[c.style].numberFormat ?? "General"]));
    const expected = { A: "General", B: "General", C: "#,##0", D: "#,##0", E: "#,##0", F: "0.00", G: "#,##0", H: "0.00", I: "#,##0", J: "0.00", K: "#,##0", L: "#,##0", M: "#,##0", N: "0.00", O: "0.00" };
    expect(format(8)).toEqual(expected);
    expect(format(10)).toEqual(expected);
    expect(layoutCells(layout).filter((c) => c.row === 10).every((c) => layout.styles[c.style].font.bold === true)).toBe(true);
    expect(layoutCells(layout).filter((c) => c.row === 8).some((c) => layout.styles[c.style].font.bold === true)).toBe(false);
    expect(layoutCells(layout).filter((c) => c.row >= 5 && c.row <= 10).every((c) => layout.styles[c.style].border === true)).toBe(true);
  });

  it("prints A4 landscape one page wide with the header repeated and frozen", () => {
    expect(layout.sheetName).toBe("Phụ lục 2021");
    expect(layout.frozenRows).toBe(7);
    expect(layout.columnCount).toBe(15);
    expect(layout.print).toEqual({
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      repeatRows: [5, 7],
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      horizontalCentered: true,
    });
    expect(layout.columnWidths).toHaveLength(15);
    expect(layout.rowHeights).toEqual({ 2: 21, 3: 33, 6: 48, 7: 66 });
  });
});

/**
 * Groups with their own figures, from the baseline columns only (no persons, no policy columns):
 *   I:  Phường A 500 / 40 / target 5 and Phường B 1000 / 30 / 6, as above: 1500, 70 (4.67), projected
 *       1511, target 11, remaining 59 (3.90), reduction 0.77.
 *   II: Xã C 2000 households, 100 poor (5.00 %), projected 2000 × 1.007 = 2014, target 10, remaining
 *       90, 90/2014 = 4.4687 % → 4.47, reduction 0.53.
 *   Total: 3500, 170 (4.857 % → 4.86), projected 3525, target 21, remaining 149, 149/3525 = 4.2269 %
 *       → 4.23, reduction 0.63.
 */
const grouped = () =>
  grid([
    ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"],
    ["I", "Khu vực thành thị", 1500, 70, 11],
    [1, "Phường A", 500, 40, 5],
    [2, "Phường B", 1000, 30, 6],
    ["II", "Khu vực nông thôn", 2000, 100, 10],
    [1, "Xã C", 2000, 100, 10],
    [null, "Tổng cộng", 3500, 170, 21],
  ]);

describe("the appendix of a table with groups", () => {
  const analysis = analyze([grouped()], { currentYear: 2025, chart: false });
  const layout = analysis.layout as AppendixLayout;

  it("reads the groups without error", () => {
    expect(analysis.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(analysis.plan?.groups?.map((g) => [g.order, g.subtotal?.name, g.units.map((u) => u.name)])).toEqual([
      ["I", "Khu vực thành thị", ["Phường A", "Phường B"]],
      ["II", "Khu vực nông thôn", ["Xã C"]],
    ]);
  });

  it("writes a group row as SUMs over its own units, with rates from its sums and nothing where the table has no figure", () => {
    expect(rowOf(layout, 8)).toEqual({
      A: ["I", null, "groupOrder"],
      B: ["Khu vực thành thị", null, "groupName"],
      C: [1500, "SUM(C9:C10)", "totalCount"],
      D: [70, "SUM(D9:D10)", "totalCount"],
      E: [null, null, "totalCount"],
      F: [4.67, "ROUND(D8/C8*100,2)", "totalRate"],
      G: [null, null, "totalCount"],
      H: [null, null, "totalRate"],
      I: [null, null, "totalCount"],
      J: [null, null, "totalRate"],
      K: [1511, "SUM(K9:K10)", "totalCount"],
      L: [11, "SUM(L9:L10)", "totalCount"],
      M: [59, "SUM(M9:M10)", "totalCount"],
      N: [3.9, "ROUND(M8/K8*100,2)", "totalRate"],
      O: [0.77, "ROUND(F8-N8,2)", "totalRate"],
    });
    expect(rowOf(layout, 11)).toMatchObject({ A: ["II", null, "groupOrder"], C: [2000, "SUM(C12:C12)", "totalCount"], K: [2014, "SUM(K12:K12)", "totalCount"], N: [4.47, "ROUND(M11/K11*100,2)", "totalRate"], O: [0.53, "ROUND(F11-N11,2)", "totalRate"] });
  });

  it("numbers the units within their group and sums the group rows, never the units twice, in the total", () => {
    expect([9, 10, 12].map((row) => rowOf(layout, row).A)).toEqual([["1", null, "order"], ["2", null, "order"], ["1", null, "order"]]);
    expect(rowOf(layout, 12)).toMatchObject({ B: ["Xã C", null, "name"], K: [2014, "ROUND(C12*1007/1000,0)", "count"], M: [90, "D12-L12", "count"], E: [null, null, "count"], H: [null, null, "rate"] });
    expect(rowOf(layout, 13)).toEqual({
      A: ["Tổng cộng", null, "totalName"],
      B: [null, null, "totalName"],
      C: [3500, "SUM(C8,C11)", "totalCount"],
      D: [170, "SUM(D8,D11)", "totalCount"],
      E: [null, null, "totalCount"],
      F: [4.86, "ROUND(D13/C13*100,2)", "totalRate"],
      G: [null, null, "totalCount"],
      H: [null, null, "totalRate"],
      I: [null, null, "totalCount"],
      J: [null, null, "totalRate"],
      K: [3525, "SUM(K8,K11)", "totalCount"],
      L: [21, "SUM(L8,L11)", "totalCount"],
      M: [149, "SUM(M8,M11)", "totalCount"],
      N: [4.23, "ROUND(M13/K13*100,2)", "totalRate"],
      O: [0.63, "ROUND(F13-N13,2)", "totalRate"],
    });
    expect(layout.merges.slice(-1)).toEqual(["A13:B13"]);
    expect(layout.merges).toHaveLength(16);
    expect(layout.rowCount).toBe(13);
  });

  it("writes the plan year it was given and the review year before it", () => {
    expect(rowOf(layout, 2).A[0]).toBe("CHỈ TIÊU PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO NĂM 2025");
    expect(rowOf(layout, 5).C[0]).toBe("Kết quả rà soát năm 2024");
  });
});

describe("the appendix with near-poor households planned", () => {
  it("heads columns P to U with the near-poor group, its review and plan years, and six leaves", () => {
    const communes = grid([["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo", "Hộ cận nghèo"], [1, "Xã A", 1000, 100, 80], [2, "Xã B", 3000, 60, 120]]);
    const layout = analyze([communes], { planYear: 2021, targetHouseholds: 40, targetNearPoorHouseholds: 50 }).layout as AppendixLayout;
    const header = (row: number) => Object.fromEntries(Object.entries(rowOf(layout, row)).filter(([col]) => col >= "P"));
    expect(header(5)).toEqual({ P: ["Hộ cận nghèo", null, "header"], Q: [null, null, "header"], R: [null, null, "header"], S: [null, null, "header"], T: [null, null, "header"], U: [null, null, "header"] });
    expect(header(6)).toMatchObject({ P: ["Kết quả rà soát năm 2020", null, "header"], R: ["Phấn đấu năm 2021", null, "header"] });
    expect(Object.values(header(7)).map(([text]) => text)).toEqual(["Số hộ", "Tỷ lệ", "Số hộ phấn đấu giảm", "Số hộ dự kiến còn lại", "Tỷ lệ (%)", "Tỷ lệ giảm (%)"]);
    expect(layout.merges.filter((m) => /^[P-U]/.test(m))).toEqual(["P5:U5", "P6:Q6", "R6:U6"]);
    expect(layout.columnWidths.slice(15, 21)).toEqual([9, 7, 10, 10, 8, 9]);
  });
});

describe("how the layout holds the plan's rows", () => {
  it("keeps one record per plan row, plain data that survives a worker's copy, and makes their cells when they are read", () => {
    const layout = analyze([unitGrid(makeUnits(30))], { chart: false }).layout as AppendixLayout;
    // 30 units and the total row; the cells held one by one are the title's and the header's.
    expect(layout.planRows?.rows).toHaveLength(31);
    expect(layout.cells.every((c) => c.row <= HEADER_BOTTOM)).toBe(true);
    // Fifteen cells (A to O) on each plan row.
    expect(layoutCells(layout)).toHaveLength(layout.cells.length + 31 * 15);
    expect(layoutCells(structuredClone(layout))).toEqual(layoutCells(layout));
  });
});
