/**
 * A resolution's targets in points per unit ("Tỷ lệ hộ nghèo giảm (%)") on a small table worked by hand:
 * each unit's households from its points, the findings on cells that give none, and the plan compared
 * with the points when a households column or a goal gives the targets.
 */
import { analyze, type AnalyzeOptions, type CellValue } from "../../src/engine";
import { grid } from "../helpers/grid";

const HEADER = ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo giảm (%)"];
// Mường Nhé: 3,000 poor of 10,000 (30.00 %), projected ROUND(10,000 × 1.007) = 10,070.
// Điện Biên Phủ: 400 poor of 20,000 (2.00 %), projected 20,140.
const MUONG_NHE = [1, "Mường Nhé", 10000, 3000, 4.5];
const DIEN_BIEN_PHU = [2, "Điện Biên Phủ", 20000, 400, 0.3];
const table = (rows: CellValue[][], header = HEADER) => grid([["KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2025"], header, ...rows]);
const run = (rows: CellValue[][], options: AnalyzeOptions = {}, header = HEADER) => {
  const analysis = analyze([table(rows, header)], options);
  const findings = analysis.issues.filter((i) => i.code.startsWith("points") || i.code === "plan-short-of-points" || i.code === "no-target");
  return { analysis, plan: analysis.plan, findings: findings.map((i) => [i.code, i.severity, i.cell]) };
};

describe("targets from the units' points, no goal", () => {
  it("turns each unit's points into households rounded up to the step, the total their sum", () => {
    const { plan, analysis } = run([MUONG_NHE, DIEN_BIEN_PHU, [null, "Toàn tỉnh", 30000, 3400, 1.6]]);
    // Mường Nhé: 3,000 − (30 − 4.5)/100 × 10,070 = 3,000 − 2,567.85 = 432.15 → at least 433 → 435 in steps of 5;
    //   2,565 remain of 10,070 = 25.47 %, down 4.53 points.
    // Điện Biên Phủ: 400 − (2 − 0.3)/100 × 20,140 = 400 − 342.38 = 57.62 → 58 → 60; 340 of 20,140 = 1.69 %, down 0.31.
    expect(plan?.units.map((u) => [u.targetReduction, u.remainingPoor, u.remainingRate, u.rateReduction])).toEqual([
      [435, 2565, 25.47, 4.53],
      [60, 340, 1.69, 0.31],
    ]);
    // 495 of 3,400; 2,905 remain of 30,210 = 9.62 %; 11.33 − 9.62 = 1.71, above the total's own 1.6: nothing said.
    expect(plan?.total).toMatchObject({ targetReduction: 495, remainingRate: 9.62, rateReduction: 1.71 });
    expect(plan?.target).toEqual({ kind: "tablePoints", step: 5 });
    const note = analysis.issues.find((i) => i.code === "targets-from-points");
    expect([note?.severity, note?.cell]).toEqual(["info", null]);
    expect(note?.message.en).toBe(
      `Each unit's target comes from its rate reduction in points, column E ("Tỷ lệ hộ nghèo giảm (%)"): poor − (rate − points)/100 × projected households, rounded up to a multiple of 5 and no more than the unit's poor households; the total adds up the units.`,
    );
    expect(note?.message.vi).toContain(`ở cột E ("Tỷ lệ hộ nghèo giảm (%)"): số hộ nghèo − (tỷ lệ − số điểm)/100 × số hộ dân dự kiến, làm tròn lên bội số 5`);
    expect(analysis.issues.map((i) => i.code)).not.toContain("no-target");
  });

  it("rounds to the officer's step: 433 and 58 in steps of 1, 440 and 60 in steps of 20", () => {
    expect(run([MUONG_NHE, DIEN_BIEN_PHU], { roundStep: 1 }).plan?.units.map((u) => u.targetReduction)).toEqual([433, 58]);
    expect(run([MUONG_NHE, DIEN_BIEN_PHU], { roundStep: 20 }).plan?.units.map((u) => u.targetReduction)).toEqual([440, 60]);
  });

  it("holds a unit to its poor households when the step would pass them, and names it in the note", () => {
    // Xã C: 4 poor of 100 (4.00 %), projected 101; 3.5 points: 4 − 0.5/100 × 101 = 3.495 → 4, which 5 would pass.
    const { plan, analysis } = run([MUONG_NHE, [2, "Xã C", 100, 4, 3.5]]);
    expect(plan?.units.map((u) => u.targetReduction)).toEqual([435, 4]);
    expect(analysis.issues.find((i) => i.code === "targets-from-points")?.message.en).toContain("; not a multiple of 5: Xã C (4)");
  });

  it("lifts out every poor household for points equal to the unit's rate", () => {
    // 400 − (2 − 2)/100 × 20,140 = 400.
    expect(run([[1, "Điện Biên Phủ", 20000, 400, 2]]).plan?.units[0].targetReduction).toBe(400);
  });

  it("names the cell of points above the unit's rate, with the households they would need", () => {
    // 2.5 points off 2.00 %: 400 + 0.5/100 × 20,140 = 500.7 → 501 households, of 400 poor.
    const { plan, findings, analysis } = run([MUONG_NHE, [2, "Điện Biên Phủ", 20000, 400, 2.5]]);
    expect(plan?.units.map((u) => u.targetReduction)).toEqual([435, null]);
    expect(findings).toEqual([["points-exceed-poor", "error", "E4"]]);
    const issue = analysis.issues.find((i) => i.code === "points-exceed-poor");
    expect([issue?.actual, issue?.expected]).toEqual([501, 400]);
    expect(issue?.message.vi).toBe(
      "Điện Biên Phủ: giảm 2,50 điểm % cần ít nhất 501 hộ thoát nghèo, nhiều hơn 400 hộ nghèo hiện có (số điểm lớn hơn tỷ lệ hộ nghèo của đơn vị); hãy sửa ô này.",
    );
  });

  it("names a negative cell and a blank one; a blank unit with no poor households lifts out none", () => {
    const { plan, findings, analysis } = run([
      [1, "Mường Nhé", 10000, 3000, -0.5],
      [2, "Điện Biên Phủ", 20000, 400, null],
      [3, "Xã Không", 500, 0, null],
    ]);
    expect(plan?.units.map((u) => u.targetReduction)).toEqual([null, null, 0]);
    expect(findings).toEqual([
      ["points-negative", "error", "E3"],
      ["points-blank", "error", "E4"],
    ]);
    expect(analysis.issues.find((i) => i.code === "points-negative")?.message.en).toBe(
      "Mường Nhé: a rate reduction of -0.50 points is below 0 (the rate rising), so no target can be worked out from it; correct the cell or set the unit's target in households.",
    );
    expect(analysis.issues.find((i) => i.code === "points-blank")?.message.vi).toBe(
      "Điện Biên Phủ: ô tỷ lệ nghèo giảm để trống nên đơn vị chưa có chỉ tiêu; hãy ghi số điểm % (0 nếu không giảm) hoặc nhập chỉ tiêu số hộ của đơn vị.",
    );
  });

  it("names the cell of a unit whose households are unknown", () => {
    const { plan, findings } = run([MUONG_NHE, [2, "Điện Biên Phủ", null, 400, 0.3]]);
    expect(plan?.units.map((u) => u.targetReduction)).toEqual([435, null]);
    expect(findings).toEqual([["points-need-households", "error", "E4"]]);
  });

  it("leaves a cell that is not a number to the validator's own finding, without a second one", () => {
    const { plan, findings, analysis } = run([MUONG_NHE, [2, "Điện Biên Phủ", 20000, 400, "chưa giao"]]);
    expect(plan?.units.map((u) => u.targetReduction)).toEqual([435, null]);
    expect(findings).toEqual([]);
    expect(analysis.issues.filter((i) => i.cell === "E4").map((i) => i.code)).toEqual(["not-a-number"]);
  });

  it("reads each district's sheet by its own rows with --detail", () => {
    const district = (sheet: string, rows: CellValue[][]) => grid([[`KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2025 ${sheet.toUpperCase()}`], HEADER, ...rows], { sheet });
    // Mường Nhé's sheet lists it at row 3, Điện Biên Phủ's sheet at row 4 (a second commune above it, 0 points of 0 poor).
    const tables = [district("Mường Nhé", [MUONG_NHE]), district("Điện Biên Phủ", [[1, "Xã Không", 500, 0, 0], DIEN_BIEN_PHU])];
    const { plan } = analyze(tables, { detail: true });
    expect(plan?.units.map((u) => [u.name, u.targetReduction])).toEqual([
      ["Mường Nhé", 435],
      ["Xã Không", 0],
      ["Điện Biên Phủ", 60],
    ]);
  });

  it("adds up each district sheet's units into its row without --detail, the cells named on their own sheets", () => {
    const district = (sheet: string, rows: CellValue[][]) => grid([[`KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2025 ${sheet.toUpperCase()}`], HEADER, ...rows], { sheet });
    const tables = [district("Mường Nhé", [MUONG_NHE]), district("Điện Biên Phủ", [[1, "Xã Không", 500, 0, 0], DIEN_BIEN_PHU, [3, "Xã Âm", 100, 10, -1]])];
    const analysis = analyze(tables);
    // 435 for Mường Nhé; 0 + 60 for Điện Biên Phủ, Xã Âm's negative points giving none (an error at its cell, named in its district).
    expect(analysis.plan?.units.map((u) => [u.name, u.targetReduction])).toEqual([
      ["Mường Nhé", 435],
      ["Điện Biên Phủ", 60],
    ]);
    const negative = analysis.issues.find((i) => i.code === "points-negative");
    expect([negative?.sheet, negative?.cell, negative?.message.en.startsWith("Xã Âm (Điện Biên Phủ): ")]).toEqual(["Điện Biên Phủ", "E5", true]);
  });

  it("keeps the officer's own target for a unit", () => {
    expect(run([MUONG_NHE, DIEN_BIEN_PHU], { unitTargets: { "Sheet1!Mường Nhé": 500 } }).plan?.units.map((u) => u.targetReduction)).toEqual([500, 60]);
  });

  it("warns at the total's cell when the units' targets fall short of the total's own points", () => {
    // The units give 1.71 points province-wide (above), short of the 2 the total row states.
    const { findings, analysis } = run([MUONG_NHE, DIEN_BIEN_PHU, [null, "Toàn tỉnh", 30000, 3400, 2]]);
    expect(findings).toEqual([["plan-short-of-points", "warning", "E5"]]);
    expect(analysis.issues.find((i) => i.code === "plan-short-of-points")?.message.en).toBe(
      `The plan lowers the poverty rate less than column E ("Tỷ lệ hộ nghèo giảm (%)") states: Toàn tỉnh (plan 1.71, table 2.00 at E5). Raise these units' targets if those points are to be met.`,
    );
  });
});

describe("the points beside other targets", () => {
  it("takes the households column over the points, and says where its targets fall short of them", () => {
    const header = [...HEADER.slice(0, 4), "Số hộ nghèo phấn đấu giảm", "Tỷ lệ hộ nghèo giảm (%)"];
    const { plan, findings, analysis } = run([[1, "Mường Nhé", 10000, 3000, 300, 4.5], [2, "Điện Biên Phủ", 20000, 400, 60, 0.3], [null, "Toàn tỉnh", 30000, 3400, 360, 1.6]], {}, header);
    expect(plan?.target).toEqual({ kind: "table" });
    // Mường Nhé: 2,700 of 10,070 = 26.81 %, down 3.19 < 4.5. Điện Biên Phủ as above, 0.31. The total: 3,040 of 30,210 = 10.06 %, down 1.27 < 1.6.
    expect(plan?.units.map((u) => [u.targetReduction, u.rateReduction])).toEqual([
      [300, 3.19],
      [60, 0.31],
    ]);
    expect(findings).toEqual([["plan-short-of-points", "warning", "F3"]]);
    expect(analysis.issues.find((i) => i.code === "plan-short-of-points")?.message.vi).toBe(
      `Kế hoạch giảm tỷ lệ hộ nghèo ít hơn số điểm % ở cột F ("Tỷ lệ hộ nghèo giảm (%)"): Mường Nhé (kế hoạch 3,19, bảng ghi 4,50 ở ô F3), Toàn tỉnh (kế hoạch 1,27, bảng ghi 1,60 ở ô F5). Hãy tăng chỉ tiêu của các đơn vị này nếu phải đạt số điểm đó.`,
    );
  });

  it("shares a goal as before, and names in one warning the units whose share lowers their rate less than their points", () => {
    const { plan, findings, analysis } = run([MUONG_NHE, DIEN_BIEN_PHU, [null, "Toàn tỉnh", 30000, 3400, 1.6]], { targetRateReduction: 1 });
    // 1 point: 3,400 − 10.33 % × 30,210 = 279.3 → 280, shared by poor households: 247.1 and 32.9 → 245 and 35.
    // Mường Nhé 2,755 of 10,070 = 27.36 %, down 2.64; Điện Biên Phủ 365 of 20,140 = 1.81 %, down 0.19; total 1.00.
    expect(plan?.units.map((u) => [u.targetReduction, u.rateReduction])).toEqual([
      [245, 2.64],
      [35, 0.19],
    ]);
    expect(plan?.target.kind).toBe("rateReduction");
    expect(findings).toEqual([["plan-short-of-points", "warning", "E3"]]);
    expect(analysis.issues.find((i) => i.code === "plan-short-of-points")?.message.en).toContain(
      "Mường Nhé (plan 2.64, table 4.50 at E3), Điện Biên Phủ (plan 0.19, table 0.30 at E4), Toàn tỉnh (plan 1.00, table 1.60 at E5)",
    );
  });

  it("reads the column as the published plan's, not as targets, when the table has a plan rate column", () => {
    const header = [...HEADER.slice(0, 4), "Tỷ lệ hộ nghèo còn lại", "Tỷ lệ hộ nghèo giảm (%)"];
    const rows = [[1, "Mường Nhé", 10000, 3000, 25.47, 4.53]];
    const analysis = analyze([grid([["KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2025"], header, ...rows])]);
    // Only meaningful if the plan rate column is recognised as such.
    expect(analysis.tables[0].columns.map((c) => c.field)).toContain("remainingRate");
    expect(analysis.plan?.target).toEqual({ kind: "none" });
    expect(analysis.issues.map((i) => i.code)).toContain("no-target");
  });
});

describe("points the plan cannot take", () => {
  it("refuses them for a period, naming the column, as they may be each year's or the whole period's", () => {
    const { plan, findings, analysis } = run([MUONG_NHE, DIEN_BIEN_PHU], { planYears: 5 });
    expect(plan?.units.map((u) => u.targetReduction)).toEqual([null, null]);
    expect(findings).toEqual([["points-in-period", "error", null]]);
    // The period's own request for a goal speaks of a households column the table does not have: left out.
    expect(analysis.issues.map((i) => i.code)).not.toContain("period-needs-goal");
    expect(analysis.issues.find((i) => i.code === "points-in-period")?.message.en).toContain(`Column E ("Tỷ lệ hộ nghèo giảm (%)") gives each unit's points without saying whether`);
  });

  it("shares a period's goal without comparing each year with the points", () => {
    const { plan, findings } = run([MUONG_NHE, DIEN_BIEN_PHU], { planYears: 5, targetHouseholds: 100 });
    expect(plan?.total.targetReduction).toBe(100);
    expect(findings).toEqual([]);
  });

  it("adds up the units' targets for a row per group (--summary), as their poor households", () => {
    const rows = [
      ["I", "Khu vực thành thị", null, null, null],
      [1, "Phường 1", 1000, 100, 2],
      [2, "Phường 2", 2000, 60, 1],
      ["II", "Khu vực nông thôn", null, null, null],
      [1, "Xã A", 1000, 200, 3],
    ];
    // Phường 1: 100 − (10 − 2)/100 × 1,007 = 19.44 → 20; Phường 2: 60 − (3 − 1)/100 × 2,014 = 19.72 → 20;
    // Xã A: 200 − (20 − 3)/100 × 1,007 = 28.81 → 30.
    expect(run(rows).plan?.units.map((u) => u.targetReduction)).toEqual([20, 20, 30]);
    const { plan, findings } = run(rows, { summary: true });
    expect(plan?.units.map((u) => [u.name, u.targetReduction])).toEqual([
      ["Khu vực thành thị", 40],
      ["Khu vực nông thôn", 30],
    ]);
    expect(plan?.target).toEqual({ kind: "tablePoints", step: 5 });
    expect(findings).toEqual([]);
  });
});
