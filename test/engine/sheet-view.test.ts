/**
 * SheetView (src/engine/cells/sheet-view.ts) reads a host's grid by the sheet's own row and column
 * numbers: a table found from C5 must name C5, not A1, in every finding. The grid below starts at C5
 * and is three columns wide (C to E) and four rows high (5 to 8).
 */
import fc from "fast-check";
import { SheetView } from "../../src/engine/cells/sheet-view";
import { grid } from "../helpers/grid";

const view = new SheetView(
  grid(
    [
      ["  Tổng số\nhộ ", 88215, { error: "#REF!" }],
      [null, "", "   "],
      [true, null],
      [null, null, "x"],
    ],
    { sheet: "Huyện", origin: "C5", merges: ["C5:D6"], numberFormats: [[null, "#,##0", null]] },
  ),
);

describe("SheetView", () => {
  it("knows the sheet's name and the used area's edges in sheet numbers", () => {
    expect([view.sheet, view.top, view.left, view.bottom, view.right]).toEqual(["Huyện", 5, 3, 8, 5]);
  });

  it("takes the widest row for the right edge, whichever row it is", () => {
    const ragged = new SheetView(grid([[1], [1, 2, 3, 4], [1, 2]], { origin: "B2" }));
    expect([ragged.bottom, ragged.right]).toEqual([4, 5]);
  });

  it("reads a cell by sheet row and column, and nothing outside the grid", () => {
    expect(view.value(5, 4)).toBe(88215);
    expect(view.value(7, 3)).toBe(true);
    expect([view.value(4, 3), view.value(5, 2), view.value(9, 3), view.value(5, 6), view.value(7, 5)]).toEqual([null, null, null, null, null]);
  });

  it("reads number formats the same way, null where the host gave none", () => {
    expect(view.numberFormat(5, 4)).toBe("#,##0");
    expect([view.numberFormat(5, 3), view.numberFormat(6, 4), view.numberFormat(4, 4)]).toEqual([null, null, null]);
    expect(new SheetView(grid([[1]])).numberFormat(1, 1)).toBeNull();
  });

  it("shows text tidied, numbers and true as written, an error as its code, an empty cell as nothing", () => {
    expect(view.text(5, 3)).toBe("Tổng số hộ");
    expect(view.text(5, 4)).toBe("88215");
    expect(view.text(5, 5)).toBe("#REF!");
    expect(view.text(7, 3)).toBe("true");
    expect(view.text(6, 3)).toBe("");
  });

  it("calls a row blank when every cell is empty or spaces, up to the last column", () => {
    expect(view.isBlankRow(6)).toBe(true);
    expect(view.isBlankRow(7)).toBe(false);
    // Row 8's only text is in E, the last column.
    expect(view.isBlankRow(8)).toBe(false);
  });

  it("calls a row blank exactly when every cell up to the right edge shows no text", () => {
    // Spaces of every kind, errors (one with an empty code), numbers, booleans, ragged rows, rows outside the grid.
    const cell = fc.oneof(
      fc.constant(null),
      fc.constantFrom("", " ", "\u00a0", "\u2003\n", "\t \u3000", "0", "x", " Xã "),
      fc.integer(),
      fc.boolean(),
      fc.constantFrom({ error: "#N/A" }, { error: "" }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { minLength: 1, maxLength: 4 }), (values) => {
        const sheet = new SheetView(grid(values, { origin: "B3" }));
        for (let row = sheet.top - 1; row <= sheet.bottom + 1; row++) {
          const texts: string[] = [];
          for (let col = sheet.left; col <= sheet.right; col++) texts.push(sheet.text(row, col));
          expect(sheet.isBlankRow(row)).toBe(texts.every((text) => text === ""));
        }
      }),
    );
  });

  it("gives every cell of a merged header area the area's text, and none outside it", () => {
    expect([view.headerText(5, 3), view.headerText(5, 4), view.headerText(6, 3), view.headerText(6, 4)]).toEqual([
      "Tổng số hộ", "Tổng số hộ", "Tổng số hộ", "Tổng số hộ",
    ]);
    expect([view.headerText(5, 5), view.headerText(7, 3), view.headerText(7, 4), view.headerText(6, 5), view.headerText(4, 3), view.headerText(5, 2)]).toEqual([
      "#REF!", "true", "", "", "", "",
    ]);
  });

  it("reads a grid without merges", () => {
    const plain = new SheetView({ sheet: "S", origin: "A1", values: [["a", "b"]] });
    expect(plain.merges).toEqual([]);
    expect(plain.headerText(1, 2)).toBe("b");
  });
});
