/**
 * What is worked out once per number format is remembered up to a limit: a workbook with thousands
 * of distinct formats must not grow the engine's memory for as long as the task pane stays open,
 * and what is read past the limit is read as right as before it.
 */
import { detectTables } from "../../src/engine";
import { Memo } from "../../src/engine/cells/memo";
import { FORMAT_DECIMALS, MAX_REMEMBERED_FORMATS } from "../../src/engine/cells/precision";
import { PERCENT_FORMATS } from "../../src/engine/detect/rows";
import { grid } from "../helpers/grid";

describe("Memo", () => {
  it("works an answer out once per key, and forgets them all past its limit", () => {
    const worked: number[] = [];
    const squares = new Memo(3, (n: number) => {
      worked.push(n);
      return n * n;
    });
    expect([2, 3, 2, 3].map((n) => squares.get(n))).toEqual([4, 9, 4, 9]);
    expect(worked).toEqual([2, 3]);
    const sizes = [4, 5, 6, 7, 8].map((n) => (squares.get(n), squares.size));
    expect(sizes).toEqual([3, 1, 2, 3, 1]);
    // 2 was forgotten: worked out again, and still right.
    expect(squares.get(2)).toBe(4);
    expect(worked).toEqual([2, 3, 4, 5, 6, 7, 8, 2]);
  });
});

describe("number formats read in a table", () => {
  it("stay under the limit with thousands of distinct formats, each still read right", () => {
    const units = 3 * MAX_REMEMBERED_FORMATS;
    const rows = Array.from({ length: units }, (_, i) => [i + 1, `Xã ${i + 1}`, 1000, 14, i % 2 === 0 ? 0.014 : 1.4]);
    // Even rows: a percent format holding a fraction; odd rows: a "%" in quoted text only, one decimal.
    const formats = rows.map((_, i) => [null, null, null, null, i % 2 === 0 ? `0.00"u${i}"%` : `0.0" ${i}%"`]);
    const g = grid([["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"], ...rows], { numberFormats: [[], ...formats] });
    const table = detectTables(g).tables[0];
    expect(table.units).toHaveLength(units);
    const misread = table.units.filter((u, i) => u.cells.poorRate?.value !== 1.4 || u.cells.poorRate?.decimals !== (i % 2 === 0 ? 2 : 1));
    expect(misread).toEqual([]);
    expect(PERCENT_FORMATS.size).toBeLessThanOrEqual(MAX_REMEMBERED_FORMATS);
    expect(FORMAT_DECIMALS.size).toBeLessThanOrEqual(MAX_REMEMBERED_FORMATS);
  });
});
