/**
 * Plans where some units' figures are missing or unusable (field tables): a count that is text, a unit
 * whose households cannot be estimated, a "-" for none. The other units are planned as usual, the
 * totals add up what is known, and each finding names the unit and says which households it is about.
 */
import { analyze } from "../../src/engine";
import type { AppendixLayout } from "../../src/engine/appendix/layout";
import { grid } from "../helpers/grid";
import { layoutCells } from "../helpers/layout-cells";

const codes = (issues: { code: string }[]) => issues.map((i) => i.code);
const targets = (units: { targetReduction: number | null }[] | undefined) => units?.map((u) => u.targetReduction);

describe("a unit whose poor households are not a number", () => {
  const unread = grid([
    ["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo"],
    [1, "Xã A", 1000, 100],
    [2, "Xã B", 2000, "chưa rà soát"],
    [3, "Xã C", 3000, 300],
  ]);

  it("shares a goal in households among the others, leaves it blank and adds up what is known", () => {
    const { plan, issues } = analyze([unread], { growthPercent: 0, roundStep: 1, targetHouseholds: 40 });
    // 40 by poor households over A and C only, 100 : 300 → 10 and 30.
    expect(targets(plan?.units)).toEqual([10, null, 30]);
    expect(plan?.units.map((u) => u.remainingPoor)).toEqual([90, null, 270]);
    expect(plan?.total).toMatchObject({ poorHouseholds: 400, targetReduction: 40, remainingPoor: 360 });
    expect(codes(issues)).not.toContain("goal-exceeds-poor");
    // The unit left out is not one the officer set: the goal is shared among the units, as ever.
    expect(issues.find((i) => i.code === "goal-allocated")?.message.vi).toBe("Mục tiêu 40 hộ thoát nghèo được chia cho các đơn vị theo số hộ nghèo, bội số 1.");
    expect(issues.find((i) => i.code === "not-a-number")?.cell).toBe("D3");
    expect(issues.find((i) => i.code === "units-without-figures")?.message.vi).toBe(
      "Chưa có số hộ nghèo của 1 đơn vị (Xã B): kế hoạch để trống các ô tính từ số này, mục tiêu chỉ chia cho các đơn vị còn lại; dòng tổng chỉ cộng các đơn vị có số liệu.",
    );
  });

  it("gives the total's rates over the households of the units whose poor households it adds up, in the engine and the appendix's formulas", () => {
    const { plan, layout } = analyze([unread], { growthPercent: 0, roundStep: 1, targetHouseholds: 40 });
    // A and C: 400 poor of 1,000 + 3,000 households, 10 %, not 400 of 6,000 (6,67 %); 360 of 4,000 remain, 9 %.
    expect(plan?.total).toMatchObject({ households: 6000, poorHouseholds: 400, poorRate: 10, remainingPoor: 360, remainingRate: 9, rateReduction: 1 });
    // Rows 8 to 10 are the units, 11 the total: B's households (blank D9) are taken off the total's.
    const total = layoutCells(layout as AppendixLayout).filter((c) => c.row === 11 && [3, 6, 11, 14, 15].includes(c.col));
    expect(total.map((c) => [c.col, c.value, c.formula])).toEqual([
      [3, 6000, "SUM(C8:C10)"],
      [6, 10, 'ROUND(D11/(C11-SUMIF(D8:D10,"",C8:C10))*100,2)'],
      [11, 6000, "SUM(K8:K10)"],
      [14, 9, 'ROUND(M11/(K11-SUMIF(D8:D10,"",K8:K10))*100,2)'],
      [15, 1, "ROUND(F11-N11,2)"],
    ]);
  });

  it("works a goal in points out over the units whose poor households are known", () => {
    const { plan, issues } = analyze([unread], { growthPercent: 0, roundStep: 1, targetRateReduction: 1 });
    // A and C: 400 poor of 4,000 households, 10 %; 9 % of 4,000 is 360, so 40 to lift out: 10 and 30.
    expect(targets(plan?.units)).toEqual([10, null, 30]);
    expect(issues.find((i) => i.code === "goal-from-rate")?.actual).toBe(40);
  });

  it("still says that a goal past the known poor households is too large, with the known figure", () => {
    const { plan, issues } = analyze([unread], { growthPercent: 0, roundStep: 1, targetHouseholds: 500 });
    expect(targets(plan?.units)).toEqual([null, null, null]);
    expect(issues.find((i) => i.code === "goal-exceeds-poor")?.expected).toBe(400);
  });
});

describe("a table without households where one unit's cannot be estimated", () => {
  const rows = [
    [1, "Huyện A", 10, 200],
    [2, "Huyện B", 2.5, 100],
    [3, "Huyện đảo C", 0, 0],
  ];
  const header = ["TT", "Huyện", "Tỷ lệ hộ nghèo (%)", "Số hộ nghèo"];

  it("takes the province's households from the total row's own rate, and gives the unit with no poor no target", () => {
    const withTotal = grid([header, [null, "Toàn tỉnh", 5, 300], ...rows]);
    const { plan, issues } = analyze([withTotal], { growthPercent: 0, roundStep: 1, targetRateReduction: 1 });
    // 300 ÷ 5 % = 6,000 households; 4 % of 6,000 is 240, so 60 to lift out: 200 : 100 : 0 → 40, 20, 0.
    expect(targets(plan?.units)).toEqual([40, 20, 0]);
    expect(plan?.total).toMatchObject({ households: 6000, poorHouseholds: 300, poorRate: 5, targetReduction: 60, remainingRate: 4 });
    expect(codes(issues)).not.toContain("no-target");
    expect(issues.find((i) => i.code === "households-estimated")?.message.vi).toContain("Không ước tính được cho Huyện đảo C");
  });

  it("without a total row, leaves a unit with no poor out of the rate and says so", () => {
    const { plan, issues } = analyze([grid([header, ...rows])], { growthPercent: 0, roundStep: 1, targetRateReduction: 1 });
    // A and B: 300 poor of 2,000 + 4,000 households, 5 %: the same 60 households.
    expect(targets(plan?.units)).toEqual([40, 20, 0]);
    expect(issues.find((i) => i.code === "goal-rate-without-units")?.message.vi).toBe(
      "Tỷ lệ dùng để tính mục tiêu không kể Huyện đảo C: chưa có số hộ dân và không có hộ nghèo nên không nhận chỉ tiêu.",
    );
  });

  it("names the unit whose households are missing when it has poor households, instead of claiming no goal was given", () => {
    const unknown = grid([header, [1, "Huyện A", 10, 200], [2, "Huyện B", 2.5, 100], [3, "Huyện C", null, 5]]);
    const { plan, issues } = analyze([unknown], { growthPercent: 0, roundStep: 1, targetRateReduction: 1 });
    expect(targets(plan?.units)).toEqual([null, null, null]);
    expect(codes(issues)).not.toContain("no-target");
    expect(issues.find((i) => i.code === "goal-needs-households")?.message.vi).toBe(
      "Không tính được mục tiêu giảm 1 điểm % tỷ lệ hộ nghèo: chưa có số hộ dân của Huyện C (bảng không ghi, không ước tính được) và dòng tổng không cho số hộ dân của toàn bảng. Hãy ghi số hộ dân của các đơn vị này, hoặc nhập mục tiêu theo số hộ (dòng lệnh: --target-households).",
    );
  });
});

describe("a dash in the near-poor column", () => {
  const header = ["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo", "Hộ cận nghèo"];
  const dashed = grid([header, [1, "Xã A", 1000, 100, 80], [2, "Xã B", 3000, 60, "-"], [3, "Xã C", 1000, 40, 120]]);

  it("reads as none where the column's other cells are numbers, so the near-poor goal is planned", () => {
    const { plan, issues } = analyze([dashed], { growthPercent: 0, roundStep: 1, targetHouseholds: 20, targetNearPoorRateReduction: 1 });
    // 200 near-poor of 5,000 households, 4 %; 3 % of 5,000 is 150, so 50: 80 : 0 : 120 → 20, 0, 30.
    expect(plan?.units.map((u) => [u.nearPoorHouseholds, u.nearPoorTarget])).toEqual([
      [80, 20],
      [0, 0],
      [120, 30],
    ]);
    expect(plan?.total).toMatchObject({ nearPoorHouseholds: 200, nearPoorTarget: 50 });
    expect(codes(issues)).not.toContain("no-target");
  });

  it("a blank near-poor cell is named, in words about near-poor households, and the goal shared among the others", () => {
    const blank = grid([header, [1, "Xã A", 1000, 100, 80], [2, "Xã B", 3000, 60, null], [3, "Xã C", 1000, 40, 120]]);
    const { plan, issues } = analyze([blank], { growthPercent: 0, roundStep: 1, targetHouseholds: 20, targetNearPoorRateReduction: 1 });
    // A and C: 200 near-poor of 2,000 households, 10 %; 9 % of 2,000 is 180, so 20: 80 : 120 → 8 and 12.
    expect(plan?.units.map((u) => u.nearPoorTarget)).toEqual([8, null, 12]);
    expect(codes(issues)).not.toContain("no-target");
    expect(issues.find((i) => i.code === "units-without-figures")?.message.en).toBe(
      "No near-poor households for 1 unit (Xã B): the plan leaves the figures computed from them blank, the goal is shared among the other units only; the total adds up the units with figures only.",
    );
  });
});

describe("a commune without its poor households, in a plan whose rows are districts (field test 4)", () => {
  const header = ["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo"];
  const districts = [
    grid([header, [1, "Xã A1", 1000, 100], [2, "Xã A2", 2000, null]], { sheet: "Huyện A" }),
    grid([header, [1, "Xã B1", 1000, 50], [2, "Xã B2", 1000, 50]], { sheet: "Huyện B" }),
  ];

  it("adds up the district's other communes instead of blanking the district, and shares the goal with it", () => {
    const { plan, issues } = analyze(districts, { growthPercent: 0, roundStep: 1, targetHouseholds: 40 });
    // Huyện A: 100 poor (A1; A2 unknown) of 3,000 households; Huyện B: 100 of 2,000. 40 by poor, 100 : 100 → 20 and 20.
    expect(plan?.units.map((u) => [u.name, u.households, u.poorHouseholds, u.targetReduction, u.poorRate])).toEqual([
      ["Huyện A", 3000, 100, 20, 3.33],
      ["Huyện B", 2000, 100, 20, 5],
    ]);
    expect(plan?.total).toMatchObject({ households: 5000, poorHouseholds: 200, targetReduction: 40, remainingPoor: 160 });
    expect(issues.find((i) => i.code === "units-without-figures")?.message.vi).toBe(
      "Chưa có số hộ nghèo của 1 đơn vị (Xã A2 (Huyện A)): dòng của bảng hoặc nhóm chứa đơn vị chỉ cộng số hộ nghèo và chỉ tiêu của các đơn vị có số liệu, tỷ lệ của dòng vẫn tính trên toàn bộ số hộ dân của nó nên thấp hơn thực tế; hãy bổ sung số liệu rồi lập lại.",
    );
  });

  it("gives each district the same poor households with its communes listed (--detail), where the subtotal adds up the known ones", () => {
    const { plan } = analyze(districts, { growthPercent: 0, roundStep: 1, targetHouseholds: 40, detail: true });
    expect(plan?.groups?.map((g) => g.subtotal?.poorHouseholds)).toEqual([100, 100]);
  });

  it("does the same for a group's row of one table with --summary", () => {
    const table = grid([
      header,
      ["I", "Huyện A", null, null],
      [1, "Xã A1", 1000, 100],
      [2, "Xã A2", 2000, "chưa rà soát"],
      ["II", "Huyện B", null, null],
      [1, "Xã B1", 1000, 50],
      [2, "Xã B2", 1000, 50],
    ]);
    const { plan, issues } = analyze([table], { growthPercent: 0, roundStep: 1, targetHouseholds: 40, summary: true });
    expect(plan?.units.map((u) => [u.name, u.poorHouseholds, u.targetReduction])).toEqual([
      ["Huyện A", 100, 20],
      ["Huyện B", 100, 20],
    ]);
    expect(issues.find((i) => i.code === "units-without-figures")?.message.en).toBe(
      "No poor households for 1 unit (Xã A2 (Huyện A)): the row of its table or group adds up the poor households and targets of the units with figures only, and its rate is still over all its households, so it is understated; complete the figures and plan again.",
    );
  });
});
