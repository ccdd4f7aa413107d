import { appendixChunks, bottomOf, ROWS_PER_TURN, styleBlocks, TEXT_FORMAT, TURN, type CellArrays } from "../../src/office/appendix-batches";
import { areaA1 } from "../../src/engine/cells/address";
import type { AppendixLayout } from "../../src/engine/appendix/layout";
import { engineLayout, makeUnits } from "./appendix-fixture";

/** The chunks appendixChunks makes, without its turns. */
const chunksOf = (layout: AppendixLayout, budget?: number): CellArrays[] =>
  [...appendixChunks(layout, budget)].filter((step): step is CellArrays => step !== TURN);

describe("appendix batches", () => {
  const layout = engineLayout(makeUnits(10_600, ["=1+1"]));
  const [whole] = chunksOf(layout, Infinity);

  it("puts formulas behind =, text under the Text format, and each style's number format elsewhere", () => {
    // Row 8, the first unit row: its order number and its name are text.
    // makeUnits: the first unit has 500 households, 10 poor, 30 persons.
    expect(whole.formulas[7].slice(0, 6)).toEqual(["1", "=1+1", 500, 10, 30, "=ROUND(D8/C8*100,2)"]);
    expect(whole.numberFormats[7].slice(0, 6)).toEqual([TEXT_FORMAT, TEXT_FORMAT, "#,##0", "#,##0", "#,##0", "0.00"]);
    expect(whole.formulas[0][5]).toBe("");
  });

  it("styles 10,600 unit rows with a handful of rectangles", () => {
    const blocks = styleBlocks(whole);
    expect(blocks.length).toBeLessThan(40);
    const counts = blocks.find((b) => b.style === "count" && b.area.left === 3);
    expect(counts && areaA1(counts.area)).toBe("C8:E10607");
  });

  it("keeps 10,600 units in one request and cuts a smaller budget into consecutive chunks", () => {
    const [only, ...more] = chunksOf(layout);
    expect(more).toHaveLength(0);
    expect([only.top, bottomOf(only)]).toEqual([1, layout.rowCount]);
    const chunks = chunksOf(layout, 500_000);
    expect(chunks.length).toBeGreaterThan(5);
    chunks.forEach((chunk, i) => expect(chunk.top).toBe(i === 0 ? 1 : bottomOf(chunks[i - 1]) + 1));
    expect(bottomOf(chunks[chunks.length - 1])).toBe(layout.rowCount);
    // Cut or not, the same rows.
    expect(chunks.flatMap((chunk) => chunk.formulas)).toEqual(whole.formulas);
  });

  it("keeps every chunk's cells under the budget, without cutting more often than needed", () => {
    const budget = 500_000;
    const chunks = chunksOf(layout, budget);
    // What a chunk's request carries at least: its rows' formulas and number formats, as UTF-8 JSON.
    const cellBytes = (top: number, bottom: number) =>
      Buffer.byteLength(JSON.stringify(whole.formulas.slice(top - 1, bottom))) + Buffer.byteLength(JSON.stringify(whole.numberFormats.slice(top - 1, bottom)));
    for (const chunk of chunks) expect(cellBytes(chunk.top, bottomOf(chunk))).toBeLessThanOrEqual(budget);
    // Each chunk but the last is at least half full: adding the next row's cells and styles would pass the budget.
    const total = cellBytes(1, layout.rowCount);
    expect(chunks.length).toBeLessThanOrEqual(Math.ceil((2 * total) / budget));
    for (const chunk of chunks.slice(0, -1)) expect(cellBytes(chunk.top, bottomOf(chunk))).toBeGreaterThan(budget / 2);
  });

  it("counts the UTF-8 bytes of Vietnamese and of characters beyond the BMP as Excel's request carries them", () => {
    const small = engineLayout(makeUnits(400, ["Xã Phong Điền 𠀀 🏠", "Thị trấn Ấp Bắc"]));
    const [all] = chunksOf(small, Infinity);
    const firstRows = { ...all, formulas: all.formulas.slice(0, 8), numberFormats: all.numberFormats.slice(0, 8), styles: all.styles.slice(0, 8) };
    // Rows 1–8 (title, header, the first unit) as Node encodes them, with the setup and a cost per style rectangle.
    const utf8 = (rows: unknown[]) => rows.reduce<number>((sum, row) => sum + Buffer.byteLength(JSON.stringify(row)), 0);
    const withFormats = 20_000 + utf8(firstRows.formulas) + utf8(firstRows.numberFormats) + 3_000 * styleBlocks(firstRows).length;
    expect(bottomOf(chunksOf(small, withFormats)[0])).toBe(8);
    expect(bottomOf(chunksOf(small, withFormats - 1)[0])).toBe(7);
  });

  it("makes a turn after every slice of rows and none after the last row", () => {
    const steps = [...appendixChunks(layout)];
    const turns = steps.filter((step) => step === TURN).length;
    expect(turns).toBe(Math.ceil(layout.rowCount / ROWS_PER_TURN) - 1);
  });
});
