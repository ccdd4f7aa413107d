/**
 * Rate columns typed as fractions of 1 (0,0501 for 5,01 %) in cells with no "%" format: the column is
 * read one way throughout, by the checks and by the households estimated from it.
 */
import { analyze } from "../../src/engine";
import { grid } from "../helpers/grid";

const HEADER = ["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"];

describe("households estimated from a rate column of fractions", () => {
  // Households on the total row only: 1,456 + 1,085 = 2,541; the total's 377 of 2,541 is 14,84 %, written 0,1484,
  // so the column holds fractions. The units' 73 at 0,0501 and 304 at 0,2802 are 5,01 % and 28,02 %:
  // 73 ÷ 5,01 × 100 = 1.457,08… and 304 ÷ 28,02 × 100 = 1.084,94…, not 145.709 and 108.494.
  const table = grid([HEADER, [1, "Xã Mường Tè", null, 73, 0.0501], [2, "Xã Mù Cả", null, 304, 0.2802], [null, "Tổng cộng", 2541, 377, 0.1484]]);

  it("reads the fractions as percent, as the column's warning says", () => {
    const { plan, issues } = analyze([table], { targetHouseholds: 40, roundStep: 1 });
    expect(plan?.units.map((u) => [u.name, u.households, u.householdsEstimated])).toEqual([
      ["Xã Mường Tè", 1457, true],
      ["Xã Mù Cả", 1085, true],
    ]);
    expect(issues.filter((i) => i.code === "rates-as-fractions").map((i) => [i.cell, i.actual, i.expected])).toEqual([["E4", 0.1484, 14.84]]);
    // The estimate's margin is that of a rate to two decimals: 73 ÷ 5,005 × 100 = 1.458,5… is the farthest, 2 households.
    expect(issues.find((i) => i.code === "households-estimated")?.expected).toBe(2);
    // The estimates fit the total's households: no rate is wrong.
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("reads a rate column of percent as percent, beside households on the total row", () => {
    const percent = grid([HEADER, [1, "Xã Mường Tè", null, 73, 5.01], [2, "Xã Mù Cả", null, 304, 28.02], [null, "Tổng cộng", 2541, 377, 14.84]]);
    const { plan, issues } = analyze([percent], { targetHouseholds: 40, roundStep: 1 });
    expect(plan?.units.map((u) => u.households)).toEqual([1457, 1085]);
    expect(issues.filter((i) => i.code === "rates-as-fractions")).toEqual([]);
  });
});
