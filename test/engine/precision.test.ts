/**
 * How many decimals a figure shows (src/engine/cells/precision.ts): a total or rate is checked to
 * half a unit of its last decimal shown, so "3,67" may differ from the exact rate by 0.005 and
 * "3,7" by 0.05. Each expected count below is read off the text or the number format by hand.
 */
import { decimalsShown, tolerance } from "../../src/engine/cells/precision";

describe("decimalsShown for figures typed as text", () => {
  it.each([
    ["3,67", 2],
    ["3.7", 1],
    ["12,50%", 2],
    ["  7,250  ", 3],
    ["100", 0],
    ["", 0],
    // Decimals count only at the end of the figure: text after them is no decimal shown.
    ["12.5 (ước)", 0],
    ["1,5x", 0],
  ])("%j shows %i decimals", (raw, decimals) => {
    expect(decimalsShown(raw, null, "0.0000")).toBe(decimals);
  });
});

describe("decimalsShown for numbers", () => {
  it("takes the decimals of the cell's number format first", () => {
    expect(decimalsShown(3.5, 3.5, "0.00")).toBe(2);
    expect(decimalsShown(3, 3, "0.0%")).toBe(1);
    expect(decimalsShown(3.14159, 3.14159, "#,##0.###")).toBe(3);
    expect(decimalsShown(3.14159, 3.14159, '0.00" hộ"')).toBe(2);
  });

  it("falls back to the value's own decimals when the format names none", () => {
    expect(decimalsShown(3.25, 3.25, "General")).toBe(2);
    expect(decimalsShown(3.25, 3.25, null)).toBe(2);
    expect(decimalsShown(3.25, 3.25, undefined)).toBe(2);
    expect(decimalsShown(3.25, 3.25, "")).toBe(2);
  });

  it("counts no decimals for a whole number or a cell without a value", () => {
    expect(decimalsShown(88215, 88215, "General")).toBe(0);
    expect(decimalsShown(null, null, null)).toBe(0);
  });

  it("counts at most ten decimals for a binary floating-point sum", () => {
    // 0.1 + 0.2 is 0.30000000000000004: seventeen decimals, of which ten count.
    expect(decimalsShown(0.1 + 0.2, 0.1 + 0.2, null)).toBe(10);
    expect(decimalsShown(0.0123456789, 0.0123456789, null)).toBe(10);
  });
});

describe("tolerance", () => {
  it("is half a unit of the last decimal, plus 1e-9", () => {
    expect(tolerance(0)).toBe(0.500000001);
    expect(tolerance(2)).toBeCloseTo(0.005000001, 15);
  });

  it("works beyond the ten decimals it keeps ready", () => {
    expect(tolerance(12)).toBeCloseTo(0.5e-12 + 1e-9, 20);
  });
});
