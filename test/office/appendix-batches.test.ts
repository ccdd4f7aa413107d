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
    const blocks = styleBlocks(layout, { top: 1, bottom: layout.rowCount });
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
});
