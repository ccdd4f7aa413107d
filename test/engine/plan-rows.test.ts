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
});
