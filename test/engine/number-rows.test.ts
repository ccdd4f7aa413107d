/**
 * Rows of numbers (src/engine/detect/number-row.ts): a row whose every figure cell holds a readable
 * number makes its cells only when asked, answers the rules and the plan as those cells would, sees a
 * cell set on it later (households estimated), and a clean national table is analysed without one
 * cell made.
 */
import { analyze, detectTables, type Field } from "../../src/engine";
import type { CellValue } from "../../src/engine/cells";
import { FIELDS } from "../../src/engine/detect/fields";
import { addressOf, decimalsOf, estimateOf, figure, numbersOnly, problemOf, rawOf } from "../../src/engine/detect/row-values";
import type { TableRow } from "../../src/engine/detect/table";
import { grid } from "../helpers/grid";
import { seedGrid } from "../helpers/seed-grid";

const FIGURE_FIELDS = FIELDS.filter((field): field is Field => field !== "name" && field !== "order");

/** What the rules and the plan are told of each field, asked through row-values.ts. */
const answers = (row: TableRow) => FIGURE_FIELDS.map((f) => [figure(row, f), decimalsOf(row, f), addressOf(row, f), rawOf(row, f), estimateOf(row, f), problemOf(row, f)]);
/** The same read from the row's cells, made if they were not. */
const fromCells = (row: TableRow) =>
  FIGURE_FIELDS.map((f) => {
    const cell = row.cells[f];
    return [cell?.value ?? null, cell?.decimals ?? 0, cell?.cell, cell?.raw, cell?.estimate, cell?.problem];
  });

const HEADER: CellValue[][] = [["TT", "Xã, phường, thị trấn", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)", "Số hộ nghèo phấn đấu giảm"]];

/** A national table: `units` communes of whole numbers and two-decimal rates, and its total row. */
function nationalGrid(units: number): CellValue[][] {
  const rows: CellValue[][] = [];
  let households = 0;
  let poor = 0;
  let target = 0;
  for (let i = 1; i <= units; i++) {
    const unit = [800 + ((i * 37) % 900), 40 + ((i * 13) % 200), 0, 4 + (i % 20)];
    unit[2] = Math.round((unit[1] / unit[0]) * 10_000) / 100;
    rows.push([i, `Xã ${i}`, ...unit]);
    [households, poor, target] = [households + unit[0], poor + unit[1], target + unit[3]];
  }
  rows.push([null, "Tổng cộng", households, poor, Math.round((poor / households) * 10_000) / 100, target]);
  return [...HEADER, ...rows];
}

describe("rows of numbers", () => {
  it.each([
    ["the seed's table", seedGrid()],
    ["the seed's table with every number typed as text", seedGrid({ asText: true })],
    ["a table whose first figure column is a rate", grid([["TT", "Đơn vị", "Tỷ lệ hộ nghèo (%)", "Số hộ nghèo", "Tổng số hộ dân"], [1, "Xã A", 4.17, 50, 1200], [2, "Xã B", 5.5, 45, 818]])],
    ["a table with its counts formatted and a rate written with a comma", grid([...HEADER, [1, "Xã A", 1200, 50, "4,17", 5], [2, "Xã B", 900, 45, 5, 4]], { numberFormats: [[], [null, null, "#,##0", "#,##0", "0.00", "0"], [null, null, "#,##0", "#,##0", "0.00", "0"]] })],
  ])("answers every field as its cells do: %s", (_, sheet) => {
    const [table] = detectTables(sheet).tables;
    const rows = [...table.units, ...(table.total ? [table.total] : [])];
    const before = rows.map(answers);
    expect(rows.map(fromCells)).toEqual(before);
    // Asked again once the cells are made, the answers come from them, and are the same.
    expect(rows.map(answers)).toEqual(before);
  });

  it("keeps its cells unmade only when every figure is a readable number shown as it is", () => {
    const sheet = grid([...HEADER, [1, "Xã A", 1200, 50, 4.17, 5], [2, "Xã B", 900, 45, null, 4], [3, "Xã C", 700, "35", 5, 3], [4, "Xã D", 600, 30, 0.05, 3]], {
      numberFormats: [[], [], [], [], [null, null, null, null, "0.00%", null]],
    });
    const units = detectTables(sheet).tables[0].units;
    expect(units.map((unit) => numbersOnly(unit) !== null)).toEqual([true, false, false, false]);
    expect(figure(units[3], "poorRate")).toBe(5);
  });

  it("reads households set on its cells afterwards, as an estimate from a count and its rate", () => {
    const sheet = grid([["TT", "Đơn vị", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"], [1, "Xã A", 50, 4.17], [2, "Xã B", 45, 5], [null, "Tổng cộng", 95, 4.5]]);
    const [unit] = detectTables(sheet).tables[0].units;
    expect(figure(unit, "households")).toBe(1199);
    expect(estimateOf(unit, "households")).toEqual({ count: "poorHouseholds", rate: "poorRate", margin: 2 });
    expect(addressOf(unit, "households")).toBe("D2");
  });

  it("is written out to JSON as a row of cells is", () => {
    const [unit] = detectTables(grid([...HEADER, [1, "Xã A", 1200, 50, 4.17, 5]])).tables[0].units;
    expect(numbersOnly(unit)).not.toBeNull();
    expect(JSON.parse(JSON.stringify(unit))).toEqual({
      row: 2,
      name: "Xã A",
      nameCell: "B2",
      cells: {
        households: { cell: "C2", raw: 1200, value: 1200, decimals: 0 },
        poorHouseholds: { cell: "D2", raw: 50, value: 50, decimals: 0 },
        poorRate: { cell: "E2", raw: 4.17, value: 4.17, decimals: 2 },
        targetReduction: { cell: "F2", raw: 5, value: 5, decimals: 0 },
      },
      group: null,
    });
    expect(Object.keys(JSON.parse(JSON.stringify(unit)))).toEqual(["row", "name", "nameCell", "cells", "group"]);
  });

  it("leaves every cell of a clean table of 10,600 communes unmade through detection, the checks, the plan and the appendix", () => {
    const analysis = analyze([grid(nationalGrid(10_600), { sheet: "Toàn quốc" })], { baseYear: 2025, planYear: 2026 });
    const [table] = analysis.tables;
    expect(analysis.issues.filter((issue) => issue.severity !== "info")).toEqual([]);
    expect(table.units).toHaveLength(10_600);
    expect(table.units.filter((unit) => numbersOnly(unit) === null).map((unit) => unit.nameCell)).toEqual([]);
    expect(analysis.plan?.total.targetReduction).toBe(table.units.reduce((sum, unit) => sum + (figure(unit, "targetReduction") ?? 0), 0));
  });
});
