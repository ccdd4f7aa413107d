/** A total row sums every count of its rows and takes its rates from those sums, worked out by hand. */
import { totalRow, withRates, type Counts } from "../../src/engine/plan/plan-rows";

const unit = (name: string, row: number, figures: Omit<Counts, "name" | "sheet" | "row">) => withRates({ name, sheet: "S", row, ...figures });

describe("totalRow", () => {
  const a = unit("Xã A", 8, {
    households: 1000,
    householdsEstimated: true,
    poorHouseholds: 100,
    poorPersons: 350,
    socialAssistancePoor: 20,
    povertyPolicyPoor: 80,
    projectedHouseholds: 1000,
    targetReduction: 10,
    remainingPoor: 90,
    nearPoorHouseholds: 80,
    nearPoorTarget: 8,
    nearPoorRemaining: 72,
  });
  const b = unit("Xã B", 9, {
    households: 3000,
    householdsEstimated: false,
    poorHouseholds: 60,
    poorPersons: 200,
    socialAssistancePoor: 10,
    povertyPolicyPoor: 50,
    projectedHouseholds: 3000,
    targetReduction: 6,
    remainingPoor: 54,
    nearPoorHouseholds: 120,
    nearPoorTarget: 12,
    nearPoorRemaining: 108,
  });

  it("sums every count, and calls the households estimated when any unit's are", () => {
    expect(totalRow([a, b], "Toàn huyện", "S", 10)).toEqual({
      name: "Toàn huyện",
      sheet: "S",
      row: 10,
      householdsEstimated: true,
      households: 4000,
      poorHouseholds: 160,
      poorPersons: 550,
      socialAssistancePoor: 30,
      povertyPolicyPoor: 130,
      projectedHouseholds: 4000,
      targetReduction: 16,
      remainingPoor: 144,
      nearPoorHouseholds: 200,
      nearPoorTarget: 20,
      nearPoorRemaining: 180,
      // 160/4,000 = 4 %, 144/4,000 = 3.6 %: 0.4 points; near-poor 200/4,000 = 5 %, 180/4,000 = 4.5 %: 0.5.
      poorRate: 4,
      remainingRate: 3.6,
      rateReduction: 0.4,
      nearPoorRate: 5,
      nearPoorRemainingRate: 4.5,
      nearPoorRateReduction: 0.5,
    });
  });

  it("calls the households counted when no unit's are estimated", () => {
    expect(totalRow([b], "Toàn huyện", "S", 10).householdsEstimated).toBe(false);
  });

  it("leaves a count out of the total when one row lacks it, and every count of no rows", () => {
    const lacking = unit("Xã C", 9, { ...COUNTS, households: 10, poorHouseholds: null, poorPersons: 7 });
    const withIt = unit("Xã D", 11, { ...COUNTS, households: 20, poorHouseholds: 3, poorPersons: 8 });
    const total = totalRow([withIt, lacking], "Toàn huyện", "S", 12);
    // The poor households and their plan add up the rows that have poor households (Xã D's 3); its target is unknown.
    expect([total.households, total.poorHouseholds, total.poorPersons, total.targetReduction]).toEqual([30, 3, 15, null]);
    const none = totalRow([], "Toàn huyện", "S", 12);
    expect([none.households, none.poorHouseholds, none.nearPoorRemaining, none.householdsEstimated]).toEqual([null, null, null, false]);
  });

  it("adds the near-poor figures over the rows with near-poor households, the poor ones over every row", () => {
    const without = unit("Xã E", 9, { ...COUNTS, poorHouseholds: 10, targetReduction: 2, remainingPoor: 8 });
    const withIt = unit("Xã F", 10, { ...COUNTS, poorHouseholds: 20, targetReduction: 5, remainingPoor: 15, nearPoorHouseholds: 40, nearPoorTarget: 4, nearPoorRemaining: 36 });
    const total = totalRow([without, withIt], "Toàn huyện", "S", 11);
    expect([total.poorHouseholds, total.targetReduction, total.remainingPoor, total.nearPoorHouseholds, total.nearPoorTarget, total.nearPoorRemaining]).toEqual([30, 7, 23, 40, 4, 36]);
  });

  it("adds in the rows' order, as the sheet's SUM does", () => {
    // 0.1 + 0.2 + 0.3 is 0.6000000000000001; 0.3 + 0.2 + 0.1 would be 0.6.
    const rows = [0.1, 0.2, 0.3].map((households, i) => unit(`Xã ${i}`, i, { ...COUNTS, households }));
    expect(totalRow(rows, "Toàn huyện", "S", 5).households).toBe(0.6000000000000001);
  });
});

/** Every count unknown: a test sets the ones it speaks of. */
const COUNTS: Omit<Counts, "name" | "sheet" | "row"> = {
  households: null,
  householdsEstimated: false,
  poorHouseholds: null,
  poorPersons: null,
  socialAssistancePoor: null,
  povertyPolicyPoor: null,
  projectedHouseholds: null,
  targetReduction: null,
  remainingPoor: null,
  nearPoorHouseholds: null,
  nearPoorTarget: null,
  nearPoorRemaining: null,
};
