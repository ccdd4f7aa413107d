/**
 * The appendix where the plan's figures are unknown or zero, groups the appendix numbers itself and
 * the note under estimated households. Expected cells worked out by hand in the comments.
 */
import { analyze } from "../../src/engine";
import type { AppendixLayout, LayoutCell } from "../../src/engine/appendix/layout";
import { grid } from "../helpers/grid";
import { SEED_HEADER, SEED_HEADER_MERGES, seedGrid } from "../helpers/seed-grid";
import { layoutCells } from "../helpers/layout-cells";

/** [value, formula or null] of every cell of a sheet row, by column letter. */
function rowOf(layout: AppendixLayout, row: number): Record<string, [LayoutCell["value"], string | null]> {
  const cells = layoutCells(layout).filter((c) => c.row === row);
  return Object.fromEntries(cells.map((c) => [String.fromCharCode(64 + c.col), [c.value, c.formula ?? null]]));
}

describe("a ratio whose inputs are unknown or zero is left empty, never a formula that shows #DIV/0!", () => {
  /**
   * Xã A: 500 households, no poor: F = 0 / 500 = 0; H and J would divide by D = 0; projected 504,
   *       remaining 0 − 0 = 0, N = 0 / 504 = 0, O = 0 − 0 = 0.
   * Xã B: no households: F would divide by C = 0; projected ROUND(0 × 1007/1000) = 0, so N would
   *       divide by K = 0, and O has no N.
   * Xã C: 400 households, 20 poor (5 %), no policy split and no target: G to J, and M to O, empty.
   * Total: 900 households, 20 poor (2.22 %), projected 504 + 0 + 403 = 907; the policy counts and the
   *        target are unknown for Xã C, so the total has no sum for them and M to O stay empty.
   */
  const layout = analyze(
    [
      grid(
        [
          ...SEED_HEADER,
          [1, "Xã A", 500, 0, 0, 0, 0, null, 0, null, null, 0, null, null, null],
          [2, "Xã B", 0, 0, 0, null, 0, null, 0, null, null, 0, null, null, null],
          [3, "Xã C", 400, 20, 60, 5, null, null, null, null, null, null, null, null, null],
          [null, "Toàn huyện", 900, 20, 60, 2.22, 0, null, 0, null, null, 0, null, null, null],
        ],
        { merges: SEED_HEADER_MERGES },
      ),
    ],
    { chart: false },
  ).layout as AppendixLayout;

  it("leaves H and J empty when there are no poor households, and keeps the zero rates it can compute", () => {
    expect(rowOf(layout, 8)).toEqual({
      A: ["1", null], B: ["Xã A", null], C: [500, null], D: [0, null], E: [0, null], F: [0, "ROUND(D8/C8*100,2)"],
      G: [0, null], H: [null, null], I: [0, null], J: [null, null], K: [504, "ROUND(C8*1007/1000,0)"], L: [0, null],
      M: [0, "D8-L8"], N: [0, "ROUND(M8/K8*100,2)"], O: [0, "ROUND(F8-N8,2)"],
    });
  });

  it("leaves F empty without households, and N and O without projected households", () => {
    expect(rowOf(layout, 9)).toMatchObject({ F: [null, null], H: [null, null], K: [0, "ROUND(C9*1007/1000,0)"], M: [0, "D9-L9"], N: [null, null], O: [null, null] });
  });

  it("leaves the policy ratios and the plan's remaining figures empty without their counts", () => {
    expect(rowOf(layout, 10)).toEqual({
      A: ["3", null], B: ["Xã C", null], C: [400, null], D: [20, null], E: [60, null], F: [5, "ROUND(D10/C10*100,2)"],
      G: [null, null], H: [null, null], I: [null, null], J: [null, null], K: [403, "ROUND(C10*1007/1000,0)"], L: [null, null],
      M: [null, null], N: [null, null], O: [null, null],
    });
  });

  it("writes no SUM on the total for a column with an unknown unit", () => {
    expect(rowOf(layout, 11)).toEqual({
      A: ["Toàn huyện", null], B: [null, null], C: [900, "SUM(C8:C10)"], D: [20, "SUM(D8:D10)"], E: [60, "SUM(E8:E10)"], F: [2.22, "ROUND(D11/C11*100,2)"],
      G: [null, null], H: [null, null], I: [null, null], J: [null, null], K: [907, "SUM(K8:K10)"], L: [null, null],
      M: [null, null], N: [null, null], O: [null, null],
    });
  });
});

describe("groups the appendix numbers itself: one worksheet per district, with --detail", () => {
  const district = (sheet: string, communes: [string, number, number, number][]) =>
    grid(
      [
        [`UBND HUYỆN ${sheet.toUpperCase()}`],
        ["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"],
        ...communes.map(([name, households, poor, target], i) => [i + 1, name, households, poor, target]),
        [null, "Toàn huyện", ...[1, 2, 3].map((k) => communes.reduce((sum, commune) => sum + (commune[k] as number), 0))],
      ],
      { sheet },
    );

  /**
   * A Lưới: 400 households (402.8 → 403 projected), 60 poor, target 10; 300 (302.1 → 302), 90, 20.
   * Nam Đông: 500 (503.5 → 504), 50, 5. Groups: 705 projected, 30, 120 left, 120 / 705 = 17.02 %;
   * 504, 5, 45, 8.93 %. Total: 1,209, 35, 165, 165 / 1,209 = 13.65 %.
   */
  it("numbers the districts I, II and their communes from 1 in each, and sums the district rows in the total", () => {
    const grids = [district("A Lưới", [["Xã Hồng Hạ", 400, 60, 10], ["Xã Hương Nguyên", 300, 90, 20]]), district("Nam Đông", [["Xã Thượng Quảng", 500, 50, 5]])];
    const layout = analyze(grids, { detail: true, chart: false }).layout as AppendixLayout;
    const some = (row: number) => Object.fromEntries(Object.entries(rowOf(layout, row)).filter(([col]) => "ABKLMN".includes(col)));
    expect([8, 9, 10, 11, 12, 13].map(some)).toEqual([
      { A: ["I", null], B: ["Huyện A Lưới", null], K: [705, "SUM(K9:K10)"], L: [30, "SUM(L9:L10)"], M: [120, "SUM(M9:M10)"], N: [17.02, "ROUND(M8/K8*100,2)"] },
      { A: ["1", null], B: ["Xã Hồng Hạ", null], K: [403, "ROUND(C9*1007/1000,0)"], L: [10, null], M: [50, "D9-L9"], N: [12.41, "ROUND(M9/K9*100,2)"] },
      { A: ["2", null], B: ["Xã Hương Nguyên", null], K: [302, "ROUND(C10*1007/1000,0)"], L: [20, null], M: [70, "D10-L10"], N: [23.18, "ROUND(M10/K10*100,2)"] },
      { A: ["II", null], B: ["Huyện Nam Đông", null], K: [504, "SUM(K12:K12)"], L: [5, "SUM(L12:L12)"], M: [45, "SUM(M12:M12)"], N: [8.93, "ROUND(M11/K11*100,2)"] },
      { A: ["1", null], B: ["Xã Thượng Quảng", null], K: [504, "ROUND(C12*1007/1000,0)"], L: [5, null], M: [45, "D12-L12"], N: [8.93, "ROUND(M12/K12*100,2)"] },
      { A: ["Tổng cộng", null], B: [null, null], K: [1209, "SUM(K8,K11)"], L: [35, "SUM(L8,L11)"], M: [165, "SUM(M8,M11)"], N: [13.65, "ROUND(M13/K13*100,2)"] },
    ]);
    expect(layout.rowHeights).toEqual({ 2: 21, 3: 33, 6: 48, 7: 66 });
    expect(layout.rowCount).toBe(13);
  });

  it("numbers a sixteenth group 16, past the Roman numerals it lists (I to XV)", () => {
    const grids = Array.from({ length: 16 }, (_, i) => district(`Huyện ${i + 1}`, [[`Xã ${i + 1}`, 100, 10, 1]]));
    const layout = analyze(grids, { detail: true, chart: false }).layout as AppendixLayout;
    // Group k's row is 8 + 2(k − 1), each followed by its one commune.
    expect(Array.from({ length: 16 }, (_, k) => rowOf(layout, 8 + 2 * k).A[0])).toEqual([
      "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "16",
    ]);
    expect(rowOf(layout, 39).A[0]).toBe("1");
  });
});

describe("the seed's own projections", () => {
  it("are written as the table gives them, without a formula that would give other figures", () => {
    // Huế's published 88,480 is not 88,215 × 1007/1000 = 88,832.5 → 88,833: a ROUND formula would change it.
    const layout = analyze([seedGrid()], { chart: false }).layout as AppendixLayout;
    expect(rowOf(layout, 8).K).toEqual([88480, null]);
    expect(rowOf(layout, 17).K).toEqual([316128, "SUM(K8:K16)"]);
  });
});

describe("near-poor columns P to U with unknown or zero figures", () => {
  /**
   * Xã A: no households: Q would divide by C = 0, T by K = 0, and U has no T; S = 0 − 0 = 0.
   * Xã B: 1,000 households, 50 near-poor (5.00 %), target 5, 45 left, 45 / 1,007 = 4.4687 % → 4.47,
   *       5 − 4.47 = 0.53.
   * Xã C: households unknown: no projection, so Q, T and U are empty. The total's C is then the table's
   *       own 1,000 (no SUM over a unit without households), K = 1,007; 70 near-poor of 1,000 is 7.00 %,
   *       63 left of 1,007 is 6.2562 % → 6.26, so U = 7 − 6.26 = 0.74.
   */
  const layout = analyze(
    [
      grid([
        ["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo", "Hộ cận nghèo", "Số hộ nghèo phấn đấu giảm", "Số hộ cận nghèo phấn đấu giảm"],
        [1, "Xã A", 0, 0, 0, 0, 0],
        [2, "Xã B", 1000, 10, 50, 1, 5],
        [3, "Xã C", null, 10, 20, 1, 2],
        [null, "Toàn xã", 1000, 20, 70, 2, 7],
      ]),
    ],
    { chart: false, planYear: 2021 },
  ).layout as AppendixLayout;
  const nearPoor = (row: number) => Object.fromEntries(Object.entries(rowOf(layout, row)).filter(([col]) => "CKPQRSTU".includes(col)));

  it("leaves a near-poor ratio empty when its households or projection is zero or unknown", () => {
    expect([8, 9, 10, 11].map(nearPoor)).toEqual([
      { C: [0, null], K: [0, "ROUND(C8*1007/1000,0)"], P: [0, null], Q: [null, null], R: [0, null], S: [0, "P8-R8"], T: [null, null], U: [null, null] },
      { C: [1000, null], K: [1007, "ROUND(C9*1007/1000,0)"], P: [50, null], Q: [5, "ROUND(P9/C9*100,2)"], R: [5, null], S: [45, "P9-R9"], T: [4.47, "ROUND(S9/K9*100,2)"], U: [0.53, "ROUND(Q9-T9,2)"] },
      { C: [null, null], K: [null, null], P: [20, null], Q: [null, null], R: [2, null], S: [18, "P10-R10"], T: [null, null], U: [null, null] },
      { C: [1000, null], K: [1007, "ROUND(C11*1007/1000,0)"], P: [70, "SUM(P8:P10)"], Q: [7, "ROUND(P11/C11*100,2)"], R: [7, "SUM(R8:R10)"], S: [63, "SUM(S8:S10)"], T: [6.26, "ROUND(S11/K11*100,2)"], U: [0.74, "ROUND(Q11-T11,2)"] },
    ]);
  });
});

describe("units before the table's first group", () => {
  const layout = analyze(
    [
      grid([
        ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"],
        [1, "Thành phố Huế", 1000, 10, 1],
        [2, "Thị xã Hương Trà", 2000, 20, 2],
        ["I", "Khu vực thành thị", 500, 50, 5],
        [1, "Phường A", 500, 50, 5],
        [null, "Tổng cộng", 3500, 80, 8],
      ]),
    ],
    { chart: false, planYear: 2021 },
  ).layout as AppendixLayout;

  it("are numbered 1, 2 ahead of group I, whose units start again at 1", () => {
    expect([8, 9, 10, 11].map((row) => rowOf(layout, row).A[0])).toEqual(["1", "2", "I", "1"]);
  });

  // The loose units' range is fixed where their run ends, not when the total is written (which gave
  // SUM(C8:C11,C10): group I twice, 4,500 in a spreadsheet against the 3,500 cached).
  it("sums the loose units and the group row once each in the total: 1,000 + 2,000 + 500", () => {
    expect(rowOf(layout, 12).C).toEqual([3500, "SUM(C8:C9,C10)"]);
  });
});
