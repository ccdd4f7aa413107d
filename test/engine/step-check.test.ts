/** Which units a rounding step moved far from their exact share, checked on shares written out by hand. */
import { unitsOffStep, unitsUnderStep } from "../../src/engine/plan/step-check";

const units = (quotas: number[], shares: number[]) => ({
  rows: quotas.map((_, i) => ({ name: `Xã ${i + 1}` })),
  shared: { quotas, shares },
});
const names = (list: { name: string }[]) => list.map((u) => u.name);

describe("units under a step given far from their share", () => {
  it("lists the farthest first", () => {
    // Steps of 10: Xã 1's 5 given 10 is 5 away (half a step: said), Xã 2's 2 given 0 is all its claim
    // away, Xã 3's 7.5 given 0 is 7.5 away. Farthest first: Xã 3 (7.5), Xã 1 (5), Xã 2 (2).
    const { rows, shared } = units([5, 2, 7.5], [10, 0, 0]);
    expect(unitsUnderStep(rows, shared, 10)).toEqual([
      { name: "Xã 3", quota: 7.5, share: 0 },
      { name: "Xã 1", quota: 5, share: 10 },
      { name: "Xã 2", quota: 2, share: 0 },
    ]);
  });

  it("says a remainder share half a step from a claim above half a step", () => {
    // 9 given 3 in steps of 10: 6 away, more than half a step (5), though less than the claim (9).
    const { rows, shared } = units([9], [3]);
    expect(names(unitsUnderStep(rows, shared, 10))).toEqual(["Xã 1"]);
  });

  it("does not say rounding up to the nearest step, nor a claim of a whole step", () => {
    // 6 given 10 is 4 away, under half a step; 4 given 5 in steps of 5 is ordinary rounding too.
    const up = units([6], [10]);
    expect(unitsUnderStep(up.rows, up.shared, 10)).toEqual([]);
    const near = units([4], [5]);
    expect(unitsUnderStep(near.rows, near.shared, 5)).toEqual([]);
  });
});

describe("units whose share is no multiple of the step", () => {
  it("names only those", () => {
    const { rows, shared } = units([39.45, 0.39, 13.15], [40, 0, 13]);
    expect(names(unitsOffStep(rows, shared, 10))).toEqual(["Xã 3"]);
  });
});
