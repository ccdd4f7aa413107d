/**
 * How hosts read a layout's cells: the held ones and the plan rows' made on the fly, in the order
 * they are written; and how they name an area of a sheet. The table: units on rows 8 and 9, the
 * total on 10 (the appendix's header ends on row 7), growth 0 % so projected = households.
 */
import { analyze } from "../../src/engine/analysis";
import type { AppendixLayout, LayoutCell } from "../../src/engine/appendix/layout";
import { sheetQualified } from "../../src/engine/appendix/layout";
import { forEachLayoutCell, layoutCells, planRowCells, planRowSpan } from "../../src/engine/appendix/layout-cells";
import { grid } from "../helpers/grid";

const appendix = analyze(
  [
    grid([
      ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"],
      [1, "Xã An Hòa", 1000, 80, 20],
      [2, "Xã Bình Minh", 2000, 60, 10],
      [null, "Toàn huyện", 3000, 140, 30],
    ]),
  ],
  { growthPercent: 0 },
).layout as AppendixLayout;

/** Where cells are, in order: "B8". */
const places = (cells: LayoutCell[]): string[] => cells.map((c) => `${String.fromCharCode(64 + c.col)}${c.row}`);
const row = (r: number): string[] => Array.from({ length: 15 }, (_, i) => `${String.fromCharCode(65 + i)}${r}`);

describe("a plan row's cells", () => {
  it("are made for the row asked, A to O", () => {
    const cells = planRowCells(appendix, 9);
    expect(places(cells)).toEqual(row(9));
    expect(cells[1]).toEqual({ row: 9, col: 2, value: "Xã Bình Minh", style: "name" });
    // 60 / 2000 = 3.00 %; 50 left of 2000 = 2.50 %.
    expect(cells[5]).toEqual({ row: 9, col: 6, value: 3, formula: "ROUND(D9/C9*100,2)", style: "rate" });
    expect(cells[13]).toEqual({ row: 9, col: 14, value: 2.5, formula: "ROUND(M9/K9*100,2)", style: "rate" });
    expect(planRowCells(appendix, 10)[0]).toEqual({ row: 10, col: 1, value: "Toàn huyện", style: "totalName" });
  });

  it("are none above the first plan row or below the last", () => {
    expect(planRowCells(appendix, 7)).toEqual([]);
    expect(planRowCells(appendix, 11)).toEqual([]);
  });

  it("are none in a layout without plan rows, or with none in them", () => {
    expect(planRowCells({ ...appendix, planRows: undefined }, 8)).toEqual([]);
    expect(planRowCells({ ...appendix, planRows: { ...appendix.planRows!, rows: [] } }, 8)).toEqual([]);
  });
});

describe("the plan rows' span", () => {
  it("is their first and last sheet row", () => {
    expect(planRowSpan(appendix)).toEqual({ first: 8, last: 10 });
  });

  it("is null without plan rows or with none in them", () => {
    expect(planRowSpan({ ...appendix, planRows: undefined })).toBeNull();
    expect(planRowSpan({ ...appendix, planRows: { ...appendix.planRows!, rows: [] } })).toBeNull();
  });
});

describe("every cell, in writing order", () => {
  const held = appendix.cells;
  const above = held.filter((c) => c.row < 8);
  const below = held.filter((c) => c.row > 10);

  it("is the held cells above the plan rows, the plan rows top to bottom, then the held cells below", () => {
    // The chart's block (row 12 on) is held below the plan rows.
    expect(below.length).toBeGreaterThan(0);
    expect(above.length + below.length).toBe(held.length);
    const cells: LayoutCell[] = [];
    forEachLayoutCell(appendix, (cell) => cells.push(cell));
    expect(cells.slice(0, above.length)).toEqual(above);
    expect(places(cells.slice(above.length, above.length + 45))).toEqual([...row(8), ...row(9), ...row(10)]);
    expect(cells.slice(above.length + 45)).toEqual(below);
  });

  it("puts a held cell on a plan row (layouts make none) after that row's own, once: the later one wins", () => {
    const officer: LayoutCell = { row: 8, col: 2, value: "Xã An Hòa mới", style: "name" };
    const cells = layoutCells({ ...appendix, cells: [...held, officer] });
    expect(cells.filter((c) => c.row === 8 && c.col === 2).map((c) => c.value)).toEqual(["Xã An Hòa", "Xã An Hòa mới"]);
    expect(cells).toHaveLength(held.length + 45 + 1);
  });

  it("is the held cells alone, as held, without plan rows or with none in them", () => {
    expect(layoutCells({ ...appendix, planRows: undefined })).toEqual(held);
    expect(layoutCells({ ...appendix, planRows: { ...appendix.planRows!, rows: [] } })).toEqual(held);
  });
});

describe("a reference to an area of a sheet", () => {
  it("quotes the sheet's name, Vietnamese letters and spaces as they are", () => {
    expect(sheetQualified("Huyện A Lưới", "D87")).toBe("'Huyện A Lưới'!D87");
    expect(sheetQualified("Phụ lục 2021", "A1:O40")).toBe("'Phụ lục 2021'!A1:O40");
  });

  it("doubles every apostrophe in the name", () => {
    expect(sheetQualified("Xã Hương'Trà's", "B8")).toBe("'Xã Hương''Trà''s'!B8");
  });
});
