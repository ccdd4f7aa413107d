/**
 * The edges of the rules, each just on and just past its boundary, so a rule that is off by one
 * (>= for >, a wider tolerance, rounding to nearest for rounding up) fails here.
 */
import { analyze } from "../../src/engine";
import { grid } from "../helpers/grid";

const BASELINE = ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"];
const findings = (rows: unknown[][], merges: string[] = [], numberFormats?: (string | null)[][]) =>
  analyze([grid(rows as never, { merges, numberFormats })], { planYear: 2025 }).issues.map((i) => [i.code, i.cell, i.actual ?? null, i.expected ?? null]);

describe("the total row", () => {
  it("is flagged when it is off by exactly one household, and only then", () => {
    const rows = (total: number) => [BASELINE, [1, "Xã A", 500, 40, 5], [2, "Xã B", 1000, 30, 6], [null, "Toàn huyện", total, 70, 11]];
    expect(findings(rows(1500))).toEqual([]);
    expect(findings(rows(1501))).toEqual([["total-mismatch", "C4", 1501, 1500]]);
    expect(findings(rows(1499))).toEqual([["total-mismatch", "C4", 1499, 1500]]);
  });
});

describe("poor households against households", () => {
  it("accepts a unit whose households are all poor, and flags one poor household more", () => {
    expect(findings([BASELINE.slice(0, 4), [1, "Xã A", 40, 40], [2, "Xã B", 100, 10]]).filter(([code]) => code !== "no-target")).toEqual([["no-total-row", null, null, null]]);
    expect(findings([BASELINE.slice(0, 4), [1, "Xã A", 40, 41], [2, "Xã B", 100, 10]]).filter(([code]) => code === "poor-exceeds-households")).toEqual([
      ["poor-exceeds-households", "D2", 41, 40],
    ]);
  });

  it("accepts a target of every poor household, and flags one more", () => {
    const rows = (target: number) => [BASELINE, [1, "Xã A", 500, 40, target], [null, "Toàn huyện", 500, 40, target]];
    expect(findings(rows(40))).toEqual([]);
    expect(findings(rows(41)).filter(([code]) => code === "target-exceeds-poor")).toEqual([
      ["target-exceeds-poor", "E2", 41, 40],
      ["target-exceeds-poor", "E3", 41, 40],
    ]);
  });
});

describe("the shares of the poor", () => {
  const header = [
    ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Trong đó", null, null, null],
    [null, null, null, null, "Hộ nghèo thuộc CS BTXH", "Tỷ lệ", "Hộ nghèo thuộc CS giảm nghèo", "Tỷ lệ"],
  ];
  const merges = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:H1"];
  // The shares shown with two decimals, as the seed's table shows them.
  const formats = [[], [], [null, null, null, null, null, "0.00", null, "0.00"]];

  it("flags shares adding up to 99.5, not to 100, at the second share", () => {
    // 50 / 200 = 25.00 %, 149 / 200 = 74.50 %: each share fits its count, together 99.5.
    const issues = findings([...header, [1, "Xã A", 1000, 200, 50, 25, 149, 74.5]], merges, formats);
    expect(issues.filter(([code]) => code === "shares-sum")).toEqual([["shares-sum", "H3", 99.5, 100]]);
    expect(issues.filter(([code]) => code === "parts-sum")).toEqual([["parts-sum", "E3", 199, 200]]);
  });

  it("accepts shares that add up to 100 within their rounding: 33.33 + 66.67, 33.33 + 66.66", () => {
    // 1 / 3 = 33.33 %, 2 / 3 = 66.67 %; the officer's 66.66 is off by 0.0067, within half a unit of each share's last decimal.
    expect(findings([...header, [1, "Xã A", 1000, 3, 1, 33.33, 2, 66.67]], merges, formats).filter(([code]) => code !== "no-target" && code !== "no-total-row")).toEqual([]);
    expect(findings([...header, [1, "Xã A", 1000, 3, 1, 33.33, 2, 66.66]], merges, formats).filter(([code]) => code === "shares-sum")).toEqual([]);
  });
});

describe("plan columns already in the table", () => {
  // A plan rate ("Tỷ lệ (%)" under the plan group) without a remaining-households column.
  const header = [
    ["TT", "Đơn vị", "Kết quả rà soát năm 2020", null, "Số liệu phấn đấu giảm nghèo năm 2021", null, null],
    [null, null, "Tổng số hộ dân", "Số hộ nghèo", "Tổng số hộ dân (tăng khoảng 0,7%)", "Số hộ nghèo phấn đấu giảm", "Tỷ lệ (%)"],
  ];
  const merges = ["A1:A2", "B1:B2", "C1:D1", "E1:G1"];

  it("reads a bare 'Tỷ lệ' under the plan group as the plan rate, not the poverty rate", () => {
    const { tables } = analyze([grid([...header, [1, "Xã A", 1000, 100, 1007, 10, 8.94]], { merges })]);
    expect(tables[0].columns.map((c) => c.field)).toEqual(["order", "name", "households", "poorHouseholds", "projectedHouseholds", "targetReduction", "remainingRate"]);
  });

  it("recomputes the plan rate from poor − target over the projection, when there is no remaining column", () => {
    // (100 − 10) / 1,007 = 8.937 % → 8.94. As every rate (README), it may be off the exact figure by half
    // a unit of the last decimal shown: 8.94 passes, 8.93 (0.0074 off) and 8.95 (0.0126) do not.
    const planFindings = (rate: number) => findings([...header, [1, "Xã A", 1000, 100, 1007, 10, rate]], merges).filter(([code]) => code === "plan-mismatch");
    expect(planFindings(8.94)).toEqual([]);
    expect(planFindings(8.95)).toEqual([["plan-mismatch", "G3", 8.95, 8.94]]);
    expect(planFindings(8.93)).toEqual([["plan-mismatch", "G3", 8.93, 8.94]]);
    // One decimal shown: 8.9 is 0.037 off, within 0.05; 9.0 is not.
    expect(planFindings(8.9)).toEqual([]);
  });
});

describe("a goal in percentage points", () => {
  it("rounds the households it needs up, where rounding to nearest would miss the goal", () => {
    // 100 poor of 1,000 (10 %), projected 1,007: 1 point less needs 100 − 9 % × 1,007 = 9.37 households,
    // so 10 (9 would leave 91 / 1,007 = 9.04 %, only 0.96 points less).
    const { plan } = analyze([grid([BASELINE.slice(0, 4), [1, "Xã A", 1000, 100]])], { targetRateReduction: 1, roundStep: 1, currentYear: 2025 });
    expect(plan?.target).toEqual({ kind: "rateReduction", percentagePoints: 1, minimumHouseholds: 10, households: 10, step: 1 });
    expect(plan?.units[0]).toMatchObject({ targetReduction: 10, remainingRate: 8.94, rateReduction: 1.06 });
  });

  it("asks no households when the goal is already met by the growth alone, and exactly the households when they are whole", () => {
    // 10 poor of 1,000 (1 %): a goal of 1 point needs 10 − 0 % × 1,007 = 10 households, exactly.
    const needs = (points: number) => analyze([grid([BASELINE.slice(0, 4), [1, "Xã A", 1000, 10]])], { targetRateReduction: points, roundStep: 1, currentYear: 2025 }).plan?.target;
    expect(needs(1)).toMatchObject({ minimumHouseholds: 10, households: 10 });
    // 0.5 points: 10 − 0.5 % × 1,007 = 4.965 → 5.
    expect(needs(0.5)).toMatchObject({ minimumHouseholds: 5, households: 5 });
    // 0 points: 10 − 1 % × 1,007 = −0.07 → none.
    expect(needs(0)).toMatchObject({ minimumHouseholds: 0, households: 0 });
  });
});
