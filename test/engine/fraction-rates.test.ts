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

describe("a rate column of fractions with one wrong cell", () => {
  const HOUSEHOLDS_HEADER = ["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"];
  // Five communes' rates as fractions, to four decimals: 50 of 1,000 is 0,05, 150 of 2,000 0,075, …
  const rows: [string, number, number][] = [
    ["Xã A", 1000, 50],
    ["Xã B", 2000, 150],
    ["Xã C", 1085, 304],
    ["Xã D", 4000, 200],
    ["Xã E", 500, 100],
  ];
  const table = (wrongRow: number, wrong: number) =>
    grid([
      HOUSEHOLDS_HEADER,
      ...rows.map(([name, households, poor], i) => [i + 1, name, households, poor, i === wrongRow ? wrong : Math.round((poor / households) * 10000) / 10000]),
      [null, "Tổng cộng", 8585, 804, 0.0937],
    ]);
  const findings = (issues: { code: string; severity: string; cell: string | null }[]) => issues.filter((i) => i.severity === "error" || i.code === "rates-as-fractions").map((i) => [i.code, i.severity, i.cell]);

  it("is still one warning for the column, and one error for the wrong cell in the column's own reading", () => {
    // Xã C's 304 of 1,085 is 28,02 %, written 0,3102 instead of 0,2802.
    const { issues } = analyze([table(2, 0.3102)], { targetHouseholds: 40 });
    expect(findings(issues)).toEqual([
      ["fraction-rate-mismatch", "error", "E4"],
      ["rates-as-fractions", "warning", "E2"],
    ]);
    const wrong = issues.find((i) => i.code === "fraction-rate-mismatch");
    expect([wrong?.actual, wrong?.expected]).toEqual([0.3102, 28.02]);
    expect(wrong?.message.vi).toBe('"Tỷ lệ hộ nghèo (%)" (Xã C) ghi 0,3102, tức 31,02%; tính lại từ D4/C4 được 28,02% (dạng phần của 1 như cả cột: 0,2802).');
    expect(wrong?.message.en).toBe('"Poverty rate (%)" (Xã C) says 0.3102, that is 31.02%; recomputed from D4/C4 it is 28.02% (0.2802 as a fraction of 1, as in the rest of the column).');
  });

  it("is so when the wrong cell is the first, and when it holds the percent itself", () => {
    expect(findings(analyze([table(0, 0.0612)], { targetHouseholds: 40 }).issues)).toEqual([
      ["fraction-rate-mismatch", "error", "E2"],
      ["rates-as-fractions", "warning", "E3"],
    ]);
    // 7,5 typed as a percent among fractions: 750 % in the column's reading.
    expect(findings(analyze([table(1, 7.5)], { targetHouseholds: 40 }).issues)).toEqual([
      ["fraction-rate-mismatch", "error", "E3"],
      ["rates-as-fractions", "warning", "E2"],
    ]);
  });

  it("is a column of percent when most of its cells are, each fraction among them an error of its own", () => {
    const percent = grid([
      HOUSEHOLDS_HEADER,
      ...rows.map(([name, households, poor], i) => [i + 1, name, households, poor, i === 2 ? 0.2802 : Math.round((poor / households) * 10000) / 100]),
      [null, "Tổng cộng", 8585, 804, 9.37],
    ]);
    expect(findings(analyze([percent], { targetHouseholds: 40 }).issues)).toEqual([["ratio-mismatch", "error", "E4"]]);
  });
});
