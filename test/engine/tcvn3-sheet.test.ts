/**
 * The TCVN3 sheet test with a lookup table per character gives what the rule says, written here as
 * plainly as it was first written (regular expressions per character): same grids decoded, same left.
 */
import fc from "fast-check";
import type { CellValue, Grid } from "../../src/engine/cells/grid";
import { decodeTcvn3, decodeTcvn3Grid } from "../../src/engine/cells/tcvn3";

const TCVN3_ONLY = [..."¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßäåæçèéêëìíîïñòóôõö÷øùúûüýþ"].filter(
  (ch) => !"àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ".includes(ch),
);

/** The rule: a point per TCVN3-only character next to a letter, and per capital after a small letter. */
function plainScore(text: string): number {
  if (/[^\u0000-\u00ff]/.test(text)) return 0;
  const chars = [...text];
  let points = 0;
  chars.forEach((ch, i) => {
    const near = (chars[i - 1] ?? "") + (chars[i + 1] ?? "");
    if (TCVN3_ONLY.includes(ch) && /[A-Za-z\u00a1-\u00ff]/.test(near)) points++;
    else if (/[\u00c0-\u00de]/.test(ch) && /[a-z\u00df-\u00ff]/.test(chars[i - 1] ?? "")) points++;
  });
  return points;
}

function plainDecode(grid: Grid): Grid | null {
  const scores = grid.values.flat().filter((v): v is string => typeof v === "string").map(plainScore);
  if (!(scores.some((s) => s >= 2) || scores.reduce((a, b) => a + b, 0) >= 3)) return null;
  return { ...grid, values: grid.values.map((row) => row.map((v) => (typeof v === "string" && plainScore(v) >= 1 ? decodeTcvn3(v) : v))) };
}

const latin1 = fc.string({ unit: fc.constantFrom(..."aAnghoTs ", ..."ÌæèéÕõãÃ¡µ¸ßÞÀ", "ộ", "ư") });
const cell: fc.Arbitrary<CellValue> = fc.oneof(latin1, fc.integer(), fc.constant(null));

test("random sheets of TCVN3, Latin-1 and Unicode text are decoded, or left, as the rule says", () => {
  fc.assert(
    fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 6 }), (values) => {
      const grid: Grid = { sheet: "Trang", origin: "A1", values };
      expect(decodeTcvn3Grid(grid)).toEqual(plainDecode(grid));
    }),
    { numRuns: 5000 },
  );
});

test("one point is not enough; two points in a cell are", () => {
  expect(decodeTcvn3Grid({ sheet: "T", origin: "A1", values: [["nghÌo"]] })).toBeNull();
  expect(decodeTcvn3Grid({ sheet: "T", origin: "A1", values: [["Tæng nghÌo", "Xã 1"]] })?.values).toEqual([["Tổng nghèo", "Xã 1"]]);
});
