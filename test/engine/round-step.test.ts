/** A rounding step larger than some units' shares: the split it makes is said, with the numbers, and no note claims a step that was not kept. */
import { analyze, type AnalyzeOptions } from "../../src/engine";
import { grid } from "../helpers/grid";
import { seedGrid } from "../helpers/seed-grid";

const HEADER = ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"];
const plan = (poor: number[], options: AnalyzeOptions) =>
  analyze([grid([HEADER, ...poor.map((p, i) => [i + 1, `Xã ${i + 1}`, 1000, p])])], { growthPercent: 0, ...options });
const message = (analysis: ReturnType<typeof plan>, code: string) => analysis.issues.find((i) => i.code === code)?.message;

describe("a round step larger than a unit's share", () => {
  it("says which units got none or a whole step, with their exact shares", () => {
    // 30 households over four units of 100 poor: 7.5 each, floored to 0 in steps of 10; the three
    // tens go by largest remainder (all equal, so in order): 10, 10, 10 and nothing for Xã 4.
    const analysis = plan([100, 100, 100, 100], { targetHouseholds: 30, roundStep: 10 });
    expect(analysis.plan?.units.map((u) => u.targetReduction)).toEqual([10, 10, 10, 0]);
    const warning = analysis.issues.find((i) => i.code === "step-exceeds-share");
    expect(warning?.severity).toBe("warning");
    // Xã 1 to 3 were given 2.5 over their share (no more than rounding to the nearest 10 would), Xã 4 7.5 under.
    expect(warning?.message.vi).toBe(
      "Bội số làm tròn 10 hộ lớn hơn phần chia theo tỷ lệ của 1 đơn vị (hộ nghèo): Xã 4 (phần chia 7,5 → nhận 0 hộ). " +
        "Các đơn vị này nhận 0 hoặc trọn một bội số, lệch xa phần chia của mình; hãy chọn bội số nhỏ hơn (dòng lệnh: --round-step).",
    );
    expect(warning?.message.en).toBe(
      "The rounding step of 10 households is larger than the proportional share of 1 unit (poor households): Xã 4 (share 7.5 → given 0). " +
        "They were given nothing or a whole step, far from their share; choose a smaller step (command line: --round-step).",
    );
    // Every share here is a multiple of 10: the note may claim the step.
    expect(message(analysis, "goal-allocated")?.vi).toBe("Mục tiêu 30 hộ thoát nghèo được chia cho các đơn vị theo số hộ nghèo, bội số 10.");
  });

  it("names the units whose share is no multiple of the step in the note, instead of claiming the step for all", () => {
    // 53 over 300, 3 and 100 poor: exact shares 39.45, 0.39 and 13.15 floor to 30, 0, 10 (40); of the
    // 13 left, 10 go to Xã 1 (remainder 9.45) and 3 to Xã 3 (3.15): 40, 0, 13.
    const analysis = plan([300, 3, 100], { targetHouseholds: 53, roundStep: 10 });
    expect(analysis.plan?.units.map((u) => u.targetReduction)).toEqual([40, 0, 13]);
    expect(message(analysis, "goal-allocated")?.vi).toBe(
      "Mục tiêu 53 hộ thoát nghèo được chia cho các đơn vị theo số hộ nghèo, bội số 10; không theo bội số 10: Xã 3 (13 hộ).",
    );
    expect(message(analysis, "goal-allocated")?.en).toBe(
      "The goal of 53 households was shared among the units by their poor households, in steps of 10; not a multiple of 10: Xã 3 (13).",
    );
    // Xã 2's claim of 0.4 households given none is no news.
    expect(analysis.issues.map((i) => i.code)).not.toContain("step-exceeds-share");
  });

  it("lists five units and counts the others", () => {
    // 20 over eight units of 50: 2.5 each under a step of 5; four get 5, four get none, each half a step away.
    const analysis = plan([50, 50, 50, 50, 50, 50, 50, 50], { targetHouseholds: 20, roundStep: 5 });
    expect(analysis.plan?.units.map((u) => u.targetReduction)).toEqual([5, 5, 5, 5, 0, 0, 0, 0]);
    expect(message(analysis, "step-exceeds-share")?.vi).toContain("của 8 đơn vị (hộ nghèo): Xã 1 (phần chia 2,5 → nhận 5 hộ)");
    expect(message(analysis, "step-exceeds-share")?.vi).toContain("Xã 5 (phần chia 2,5 → nhận 0 hộ) và 3 đơn vị khác.");
    expect(message(analysis, "step-exceeds-share")?.en).toContain("Xã 5 (share 2.5 → given 0) and 3 more.");
  });

  it("says nothing when every share is at least a step, as in the seed's 1,220 in steps of 5", () => {
    // The seed's smallest exact share is 36.5 (test/engine/allocate.test.ts). A share of 3 given 5 is
    // ordinary rounding (Quy Nhơn in test/engine/field-tables.test.ts), not said either.
    const analysis = analyze([seedGrid()], { targetRateReduction: 0.4 });
    expect(analysis.issues.map((i) => i.code)).toContain("goal-from-rate");
    expect(analysis.issues.map((i) => i.code)).not.toContain("step-exceeds-share");
    expect(message(analysis, "goal-from-rate")?.vi).not.toContain("không theo bội số");
    expect(plan([100, 100], { targetHouseholds: 30, roundStep: 1 }).issues.map((i) => i.code)).not.toContain("step-exceeds-share");
    // 15 over 60, 40, 50 poor: exact shares 6, 4 and 5 in steps of 5 give 5, 5, 5: 4 rounded up is no news.
    const near = plan([60, 40, 50], { targetHouseholds: 15, roundStep: 5 });
    expect(near.plan?.units.map((u) => u.targetReduction)).toEqual([5, 5, 5]);
    expect(near.issues.map((i) => i.code)).not.toContain("step-exceeds-share");
  });

  it("says the same of a near-poor goal", () => {
    const g = grid([["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm", "Số hộ cận nghèo"], [1, "Xã 1", 1000, 50, 5, 40], [2, "Xã 2", 1000, 50, 5, 40]]);
    const analysis = analyze([g], { growthPercent: 0, targetNearPoorHouseholds: 10, roundStep: 20 });
    expect(message(analysis, "step-exceeds-share")?.vi).toContain("của 2 đơn vị (hộ cận nghèo): Xã 1 (phần chia 5 → nhận 10 hộ), Xã 2 (phần chia 5 → nhận 0 hộ)");
    expect(message(analysis, "goal-allocated")?.vi).toBe("Mục tiêu 10 hộ thoát cận nghèo được chia cho các đơn vị theo số hộ cận nghèo, bội số 20; không theo bội số 20: Xã 1 (10 hộ).");
  });
});
