import fc from "fast-check";
import { round } from "../../src/engine/cells/round";

/** The rule written out plainly: the scaled value to 15 significant digits, then half away from zero. */
function sheetRound(value: number, digits: number): number {
  if (!Number.isFinite(value) || value === 0 || digits === 0) return round(value, digits);
  const factor = 10 ** digits;
  return (Math.sign(value) * Math.round(Number((Math.abs(value) * factor).toPrecision(15)))) / factor;
}

describe("round", () => {
  it("rounds the double as it is with no decimals: 500 × 1.007 is 503.4999…", () => {
    expect(500 * 1.007).toBeLessThan(503.5);
    expect(round(500 * 1.007, 0)).toBe(503);
  });

  it("rounds half away from zero", () => {
    expect(round(2.5, 0)).toBe(3);
    expect(round(-2.5, 0)).toBe(-3);
    expect(round(0.125, 2)).toBe(0.13);
  });

  it("rounds decimals as the sheet shows them: 1.005 to 1.01", () => {
    expect(round(1.005, 2)).toBe(1.01);
    expect(round((1203 / 88215) * 100, 2)).toBe(1.36);
  });

  // round skips the (slow) 15-digit step away from halves, where it cannot change the result.
  it("agrees with the 15-digit rule on any value, and on values a few units of the last place from a half", () => {
    const digits = fc.integer({ min: 1, max: 4 });
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), digits, (value, d) => Object.is(round(value, d), sheetRound(value, d))));
    const nearHalf = fc.tuple(fc.integer({ min: 0, max: 1e12 }), digits, fc.integer({ min: -8, max: 8 })).map(([k, d, ulps]) => {
      const half = (k + 0.5) / 10 ** d;
      return [half + ulps * Number.EPSILON * half, d] as const;
    });
    fc.assert(fc.property(nearHalf, ([value, d]) => Object.is(round(value, d), sheetRound(value, d))), { numRuns: 5000 });
  });
});
