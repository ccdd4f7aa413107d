/**
 * The plan's arithmetic helpers on the inputs a table can give them: unknown figures, a zero whole,
 * no rows at all, and a growth too fine for the appendix's fractions. Expected values by hand.
 */
import { difference, growthFraction, percent, projectHouseholds, sum } from "../../src/engine/plan/plan-math";

describe("percent", () => {
  it("is part / whole × 100 to two decimals: 1 of 3 is 33.33, 2 of 3 is 66.67", () => {
    expect(percent(1, 3)).toBe(33.33);
    expect(percent(2, 3)).toBe(66.67);
  });

  it("is unknown when the part is unknown, not 0 %", () => {
    expect(percent(null, 500)).toBeNull();
  });

  it("is unknown when the whole is unknown or zero", () => {
    expect(percent(40, null)).toBeNull();
    expect(percent(40, 0)).toBeNull();
    expect(percent(0, 0)).toBeNull();
  });
});

describe("difference", () => {
  it("is unknown when either side is unknown, not the other side negated", () => {
    expect(difference(null, 5)).toBeNull();
    expect(difference(5, null)).toBeNull();
  });

  it("subtracts, rounding only when asked: 8.06 − 6.94 is 1.12 to two decimals", () => {
    expect(difference(40, 5)).toBe(35);
    expect(difference(8.06, 6.94, 2)).toBe(1.12);
  });
});

describe("sum", () => {
  it("adds the rows' figures", () => {
    expect(sum([500, 1000, 7])).toBe(1507);
  });

  it("is unknown when any row's figure is unknown, not the sum of the others", () => {
    expect(sum([500, null])).toBeNull();
    expect(sum([null, 500])).toBeNull();
  });

  it("is unknown for no rows at all, not 0", () => {
    expect(sum([])).toBeNull();
  });
});

describe("growthFraction", () => {
  it("writes 0.7 % as 1007/1000 and 1.25 % as 10125/10000", () => {
    expect(growthFraction(0.7)).toEqual({ numerator: 1007, denominator: 1000 });
    expect(growthFraction(1.25)).toEqual({ numerator: 10125, denominator: 10000 });
    expect(growthFraction(0)).toEqual({ numerator: 100, denominator: 100 });
  });

  it("keeps a growth finer than any fraction it tries to a millionth of a percent: 1/3 % is 100333333/10^8", () => {
    // (100 + 0.3333…) × 10^6 = 100,333,333.33… → 100,333,333 over 10^8.
    expect(growthFraction(1 / 3)).toEqual({ numerator: 100333333, denominator: 1e8 });
    // 1,000 households × 1.00333333 = 1,003.33333 → 1,003; 2,000 → 2,006.66666 → 2,007.
    expect(projectHouseholds(1000, 1 / 3)).toBe(1003);
    expect(projectHouseholds(2000, 1 / 3)).toBe(2007);
  });

  it("shrinks households for a negative growth: −0.5 % of 1,000 is 995, and 1,001 gives 995.995 → 996", () => {
    expect(growthFraction(-0.5)).toEqual({ numerator: 995, denominator: 1000 });
    expect(projectHouseholds(1000, -0.5)).toBe(995);
    expect(projectHouseholds(1001, -0.5)).toBe(996);
  });
});
