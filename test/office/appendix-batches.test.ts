import { cellArrays, planRowChunks, styleBlocks, TEXT_FORMAT } from "../../src/office/appendix-batches";
import { areaA1 } from "../../src/engine/cells/address";
import { engineLayout, makeUnits } from "./appendix-fixture";

describe("appendix batches", () => {
  const layout = engineLayout(makeUnits(10_600, ["=1+1"]));
  const arrays = cellArrays(layout);

  it("puts formulas behind =, text under the Text format, and each style's number format elsewhere", () => {
    // Row 8, the first unit row: its order number and its name are text.
    // makeUnits: the first unit has 500 households, 10 poor, 30 persons.
    expect(arrays.formulas[7].slice(0, 6)).toEqual(["1", "=1+1", 500, 10, 30, "=ROUND(D8/C8*100,2)"]);
    expect(arrays.numberFormats[7].slice(0, 6)).toEqual([TEXT_FORMAT, TEXT_FORMAT, "#,##0", "#,##0", "#,##0", "0.00"]);
    expect(arrays.formulas[0][5]).toBe("");
  });

  it("styles 10,600 unit rows with a handful of rectangles", () => {
    const blocks = styleBlocks(arrays, { top: 1, bottom: layout.rowCount });
    expect(blocks.length).toBeLessThan(40);
    const counts = blocks.find((b) => b.style === "count" && b.area.left === 3);
    expect(counts && areaA1(counts.area)).toBe("C8:E10607");
  });

  it("keeps 10,600 units in one request and cuts a smaller budget into consecutive chunks", () => {
    expect(planRowChunks(layout, arrays)).toEqual([{ top: 1, bottom: layout.rowCount }]);
    const chunks = planRowChunks(layout, arrays, 500_000);
    expect(chunks.length).toBeGreaterThan(5);
    chunks.forEach((chunk, i) => expect(chunk.top).toBe(i === 0 ? 1 : chunks[i - 1].bottom + 1));
    expect(chunks[chunks.length - 1].bottom).toBe(layout.rowCount);
  });

  it("keeps every chunk's cells under the budget, without cutting more often than needed", () => {
    const budget = 500_000;
    const chunks = planRowChunks(layout, arrays, budget);
    // What a chunk's request carries at least: its rows' formulas and number formats, as UTF-8 JSON.
    const cellBytes = (top: number, bottom: number) =>
      Buffer.byteLength(JSON.stringify(arrays.formulas.slice(top - 1, bottom))) + Buffer.byteLength(JSON.stringify(arrays.numberFormats.slice(top - 1, bottom)));
    for (const chunk of chunks) expect(cellBytes(chunk.top, chunk.bottom)).toBeLessThanOrEqual(budget);
    // Each chunk but the last is at least half full: adding the next row's cells and styles would pass the budget.
    const total = cellBytes(1, layout.rowCount);
    expect(chunks.length).toBeLessThanOrEqual(Math.ceil((2 * total) / budget));
    for (const chunk of chunks.slice(0, -1)) expect(cellBytes(chunk.top, chunk.bottom)).toBeGreaterThan(budget / 2);
  });
});
