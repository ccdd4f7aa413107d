import { analyze } from "../../src/engine/analysis";
import { detectTables } from "../../src/engine/detect/detect";
import { validateTable } from "../../src/engine/validate/validate";
import { grid } from "../helpers/grid";
import { seedGrid } from "../helpers/seed-grid";

const findings = (g: ReturnType<typeof grid>, growth = 0.7) =>
  validateTable(detectTables(g).tables[0], growth).map((i) => `${i.severity} ${i.cell} ${i.code}`);

describe("the seed's published table", () => {
  // Checked by hand against the published figures (shared/seed): every line is a real inconsistency.
  it("yields every inconsistency, and nothing else", () => {
    expect(findings(seedGrid()).sort()).toEqual(
      [
        "error J7 ratio-mismatch", // 647/1203 = 53.78 %, published 43.88
        "error J7 shares-sum", // 46.22 + 43.88 = 90.1
        "warning K7 projection-differs",
        "error J8 ratio-mismatch", // 478/827 = 57.80 %, published 47.8
        "error J8 shares-sum",
        "warning N8 plan-rate-mismatch", // 737/31,021 = 2.38 %, published 2.34
        "warning K8 projection-below-baseline", // 31,021 < 31,198
        "warning N9 plan-rate-mismatch",
        "warning K9 projection-differs",
        "warning N10 plan-rate-mismatch",
        "warning K10 projection-differs",
        "warning N11 plan-rate-mismatch",
        "warning K11 projection-differs",
        "warning N12 plan-rate-mismatch",
        "warning K12 projection-differs",
        "warning N13 plan-rate-mismatch",
        "warning K13 projection-differs",
        "warning N14 plan-rate-mismatch",
        "warning K14 projection-differs",
        "warning N15 plan-rate-mismatch", // 1,799/13,871 = 12.97 %, published 13.10
        "warning K15 projection-differs",
        // N16 (3.05) fits the units' sum of projections, 9,651/316,128 = 3.05 %: only K16 is wrong.
        "error K16 total-mismatch", // the units' projections add up to 316,128, not 317,152
      ].sort(),
    );
  });

  it("gives the expected and actual figures with the finding", () => {
    const issue = validateTable(detectTables(seedGrid()).tables[0], 0.7).find((i) => i.cell === "K16");
    expect(issue).toMatchObject({ expected: 316128, actual: 317152 });
    expect(issue?.message.vi).toBe('Dòng tổng: "Tổng số hộ dân dự kiến" ghi 317.152, cộng các đơn vị được 316.128.');
  });

  it("marks a rate that follows a wrong total with that total's cell as its cause, apart from the words", () => {
    const head = ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"];
    const units = [[1, "Xã A", 1000, 50, 5], [2, "Xã B", 500, 5, 1]];
    const ratesAt = (totalRate: number) =>
      validateTable(detectTables(grid([head, ...units, [null, "Tổng cộng", 1500, 90, totalRate]])).tables[0], 0.7).filter((i) => i.cell === "E4");
    // D4 says 90 where the units add up to 55: E4's 6 fits D4 (90/1500), 3.67 would fit the units' sum.
    expect(ratesAt(6).map((i) => [i.code, i.cause, i.expected])).toEqual([["ratio-follows-sum", "D4", 3.67]]);
    // A rate that fits neither is wrong by itself, and still names D4, which is to be fixed first.
    expect(ratesAt(9).map((i) => [i.code, i.cause])).toEqual([["ratio-mismatch", "D4"]]);
    // A rate of a row without a wrong cell has no cause.
    const own = validateTable(detectTables(grid([head, [1, "Xã A", 1000, 50, 7], [2, "Xã B", 500, 5, 1], [null, "Tổng cộng", 1500, 55, 3.67]])).tables[0], 0.7);
    expect(own.find((i) => i.cell === "E2")).not.toHaveProperty("cause");
  });

  it("names the review year and puts each figure in one pair of brackets", () => {
    const issues = validateTable(detectTables(seedGrid()).tables[0], 0.7);
    // K8: TX Hương Trà projects 31,021 households from the 31,198 of the 2020 review.
    expect(issues.find((i) => i.cell === "K8")?.message).toEqual({
      vi: "Số hộ dân dự kiến (TX Hương Trà): 31.021, thấp hơn số hộ dân năm 2020 (31.198).",
      en: "Projected households (TX Hương Trà): 31,021, fewer than the households of 2020 (31,198).",
    });
    const bounds = validateTable(detectTables(grid([["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"], [1, "Xã A", 40, 41, 42]])).tables[0], 0.7);
    expect(bounds.map((i) => i.message.vi)).toEqual(
      expect.arrayContaining(["Số hộ nghèo (Xã A): 41, lớn hơn tổng số hộ dân (40).", "Số hộ phấn đấu giảm (Xã A): 42, lớn hơn số hộ nghèo (41)."]),
    );
  });
});

describe("validation rules", () => {
  const header = ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ (%)", "Hộ nghèo thuộc CS BTXH", "Hộ nghèo thuộc CS giảm nghèo", "Số hộ nghèo phấn đấu giảm"];

  it("accepts a consistent table", () => {
    expect(findings(grid([header, [1, "Xã A", 1000, 50, 5, 20, 30, 10], [2, "Xã B", 500, 5, 1, 5, 0, 1], [null, "Cộng", 1500, 55, 3.67, 25, 30, 11]]))).toEqual([]);
  });

  it("accepts a ratio within half a unit of its last decimal shown", () => {
    expect(findings(grid([header.slice(0, 5), [1, "Xã A", 3000, 100, 3.3], [null, "Cộng", 3000, 100, "3,3"]]))).toEqual([]);
    expect(findings(grid([header.slice(0, 5), [1, "Xã A", 3000, 100, 3.4], [null, "Cộng", 3000, 100, 3.33]]))).toEqual(["error E2 ratio-mismatch"]);
  });

  it("honours the number format's decimals for the tolerance", () => {
    const formats = [[], [null, null, null, null, "0.00"]];
    const g = grid([header.slice(0, 5), [1, "Xã A", 3000, 100, 3.3]], { numberFormats: formats });
    expect(findings(g)).toEqual(["error E2 ratio-mismatch", "info null no-total-row"]);
  });

  it("checks the total row against the sum of the units", () => {
    expect(findings(grid([header.slice(0, 4), [1, "Xã A", 1000, 50], [2, "Xã B", 500, 5], [null, "Tổng cộng", 1600, 55]]))).toEqual(["error C4 total-mismatch"]);
  });

  it("checks that the parts add up to their whole", () => {
    expect(findings(grid([header.slice(0, 7).filter((_, i) => i !== 4), [1, "Xã A", 1000, 50, 20, 29]]))).toEqual([
      "error E2 parts-sum",
      "info null no-total-row",
    ]);
  });

  it("reports error values and words where figures belong, never reading them as 0", () => {
    const result = findings(grid([header.slice(0, 4), [1, "Xã A", { error: "#REF!" }, 50], [2, "Xã B", "khoảng 500", 5]]));
    expect(result).toEqual(["error C2 error-value", "error C3 not-a-number", "info null no-total-row"]);
  });

  it("reports fractional and negative counts, poor above households and targets above poor", () => {
    const result = findings(grid([header.filter((_, i) => i < 4 || i === 7), [1, "Xã A", 100.5, 50, 10], [2, "Xã B", 100, 120, 130], [3, "Xã C", 100, -1, null]]));
    expect(result).toEqual([
      "error C2 not-whole",
      "error D3 poor-exceeds-households",
      "error E3 target-exceeds-poor",
      "error D4 negative",
      // Xã C's blank target, where its poor households are given: said (field test 4).
      "warning E4 missing-target",
      "info null no-total-row",
    ]);
  });

  it("reports a unit listed twice, however its name is spelled", () => {
    expect(findings(grid([header.slice(0, 4), [1, "Xã Thủy Bằng", 100, 5], [2, "Xã Thuỷ  Bằng", 100, 5]]))).toEqual([
      "info null no-total-row",
      "error B3 duplicate-unit",
    ]);
  });

  it("reports a missing household count on a numbered unit row", () => {
    expect(findings(grid([header.slice(0, 4), [1, "Xã A", null, null]]))).toEqual([
      "error C2 missing-value",
      "error D2 missing-value",
      "info null no-total-row",
    ]);
  });

  it("recomputes plan columns the table already holds", () => {
    const planHeader = ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)", "Tổng số hộ dân dự kiến", "Số hộ nghèo phấn đấu giảm", "Số hộ nghèo dự kiến còn lại", "Tỷ lệ hộ nghèo dự kiến (%)", "Tỷ lệ nghèo giảm (%)"];
    const good = [1, "Xã A", 500, 50, 10, 504, 10, 40, 7.94, 2.06];
    expect(findings(grid([planHeader, good]))).toEqual(["info null no-total-row"]);
    const bad = [1, "Xã A", 500, 50, 10, 504, 10, 41, 8.13, 2.5];
    expect(findings(grid([planHeader, bad]))).toEqual(["warning H2 plan-mismatch", "warning J2 plan-mismatch", "info null no-total-row"]);
  });

  it("puts errors first in the analysis, each with its sheet and cell", () => {
    const analysis = analyze([grid([header.slice(0, 4), [1, "Xã A", 1000, 1200]], { sheet: "Huyện Y" })], { targetHouseholds: 5 });
    expect(analysis.hasErrors).toBe(true);
    expect(analysis.issues[0]).toMatchObject({ severity: "error", sheet: "Huyện Y", cell: "D2", code: "poor-exceeds-households" });
  });
});

describe("rates stored as fractions", () => {
  it("reads a cell formatted 0.00% holding 0.0136 as 1.36 %", () => {
    const formats = [[], [null, null, null, null, "0.00%"]];
    const g = grid([["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo"], [1, "Xã A", 88215, 1203, 0.0136]], { numberFormats: formats });
    const table = detectTables(g).tables[0];
    expect(table.units[0].cells.poorRate).toMatchObject({ value: 1.36, decimals: 2 });
    expect(findings(g)).toEqual(["info null no-total-row"]);
  });
});
