import { round } from "../../src/engine/cells/round";

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
});
