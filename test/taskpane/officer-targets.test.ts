/**
 * What the pane says about the officer's own targets under a shared goal, on plans the engine makes
 * from small tables (the shares worked out by hand in each case).
 */
import { analyze } from "../../src/engine/analysis";
import { unitTargetKey } from "../../src/engine/plan/plan-types";
import { officerSharing } from "../../src/taskpane/officer-targets";
import { grid } from "../helpers/grid";

/** Communes A to F with 100 poor households each, of 1,000 households. */
const communes = grid([["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo"], ...["A", "B", "C", "D", "E", "F"].map((name, i) => [i + 1, `Xã ${name}`, 1000, 100])]);
const own = (targets: Record<string, number>) => Object.fromEntries(Object.entries(targets).map(([name, households]) => [unitTargetKey({ sheet: "Sheet1", name }), households]));

function sharing(goal: number, targets: Record<string, number>, lang: "vi" | "en" = "vi") {
  const plan = analyze([communes], { targetHouseholds: goal, unitTargets: own(targets) }).plan;
  if (!plan) throw new Error("no plan");
  return officerSharing(plan, own(targets), lang);
}

test("nothing to say without a goal, or without a target of the officer's", () => {
  const plan = analyze([communes], { unitTargets: own({ "Xã A": 10, "Xã B": 10, "Xã C": 10, "Xã D": 10, "Xã E": 10, "Xã F": 10 }) }).plan;
  expect(plan && officerSharing(plan, own({ "Xã A": 10 }), "vi")).toBeNull();
  expect(sharing(60, {})).toBeNull();
});

test("four units set past the goal are added up, and units left at 0 beyond three are counted", () => {
  // 4 × 20 = 80 against a goal of 60: nothing left for E and F.
  const result = sharing(60, { "Xã A": 20, "Xã B": 20, "Xã C": 20, "Xã D": 20 });
  expect(result?.warning).toBe("4 đơn vị tự đặt 80 hộ, vượt mục tiêu chung 60 hộ; Xã E và Xã F được chia 0 hộ.");
  expect([...(result?.reshared ?? [])]).toEqual([unitTargetKey({ sheet: "Sheet1", name: "Xã E" }), unitTargetKey({ sheet: "Sheet1", name: "Xã F" })]);
  // One unit takes the whole goal of 30: the five others get 0, three named.
  expect(sharing(30, { "Xã A": 30 }, "en")?.warning).toBe(
    "Xã A: 30 households, the whole overall goal of 30 households; Xã B, Xã C, Xã D and 2 other units get 0 households.",
  );
});

test("no warning while the goal covers the officer's targets and every other unit gets a share", () => {
  // 60 − 10 = 50 for five units of 100 poor households each: 10 each.
  const result = sharing(60, { "Xã A": 10 });
  expect(result?.warning).toBeNull();
  expect(result?.reshared.size).toBe(5);
});
