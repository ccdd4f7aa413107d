/**
 * A1 addresses (src/engine/cells/address.ts): every finding and every formula of the appendix names
 * its cells through these, so a wrong letter sends the officer to the wrong cell. The expected
 * letters are Excel's own: column 26 is Z, 27 is AA, 16,384 (the last) is XFD.
 */
import { areaA1, cellAddress, columnLetters, columnNumber, keptAddressCount, MAX_KEPT_ADDRESSES, parseA1, parseArea, toA1 } from "../../src/engine/cells/address";

describe("columnLetters and columnNumber", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [53, "BA"],
    [63, "BK"],
    [64, "BL"],
    [65, "BM"],
    [702, "ZZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("column %i is %s, both ways", (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
    expect(columnNumber(letters)).toBe(col);
  });

  it("reads lower-case letters as Excel does", () => {
    expect(columnNumber("xfd")).toBe(16384);
  });
});

describe("toA1 and parseA1", () => {
  it("names a cell by column letters and row number", () => {
    expect(toA1(7, 3)).toBe("C7");
    expect(toA1(1048576, 16384)).toBe("XFD1048576");
  });

  it("reads a plain, a fixed ($AB$12) and a spaced address", () => {
    expect(parseA1("C7")).toEqual({ row: 7, col: 3 });
    expect(parseA1("$AB$12")).toEqual({ row: 12, col: 28 });
    expect(parseA1(" c7 ")).toEqual({ row: 7, col: 3 });
  });

  it.each(["C", "7", "7C", "C7x", "C-7", "ABCD1", "C 7", ""])("refuses %j, naming it", (text) => {
    expect(() => parseA1(text)).toThrow(new RangeError(`Not an A1 cell address: ${text}`));
  });
});

describe("cellAddress", () => {
  it("names each cell as toA1 does, and keeps each name once however often it is asked", () => {
    const cells = [[5, 3], [10_605, 7], [1, 1], [1_048_576, 16_384], [5, 28]];
    const first = cells.map(([row, col]) => cellAddress(row, col));
    expect(first).toEqual(cells.map(([row, col]) => toA1(row, col)));
    const kept = keptAddressCount();
    expect(cells.map(([row, col]) => cellAddress(row, col))).toEqual(first);
    expect(keptAddressCount()).toBe(kept);
  });

  it("keeps no more than MAX_KEPT_ADDRESSES, and still names every cell after forgetting", () => {
    for (let row = 1; row <= MAX_KEPT_ADDRESSES + 10; row++) cellAddress(row, 2);
    expect(keptAddressCount()).toBeLessThanOrEqual(MAX_KEPT_ADDRESSES);
    expect(keptAddressCount()).toBeGreaterThan(0);
    expect([cellAddress(1, 2), cellAddress(MAX_KEPT_ADDRESSES + 10, 2)]).toEqual(["B1", `B${MAX_KEPT_ADDRESSES + 10}`]);
  });
});

describe("parseArea and areaA1", () => {
  it("reads an area's corners whichever corner comes first", () => {
    const corners = { top: 2, left: 2, bottom: 4, right: 4 };
    expect(parseArea("B2:D4")).toEqual(corners);
    expect(parseArea("D4:B2")).toEqual(corners);
    expect(parseArea("D2:B4")).toEqual(corners);
    expect(parseArea("B4:D2")).toEqual(corners);
  });

  it("reads a single cell as an area of one cell, and writes it back without a colon", () => {
    expect(parseArea("C7")).toEqual({ top: 7, left: 3, bottom: 7, right: 3 });
    expect(areaA1({ top: 7, left: 3, bottom: 7, right: 3 })).toBe("C7");
  });

  it("writes an area from its top left to its bottom right corner", () => {
    expect(areaA1({ top: 2, left: 2, bottom: 4, right: 30 })).toBe("B2:AD4");
  });
});
