/**
 * The appendix's look, written out by hand from what a Vietnamese official appendix must look like
 * (README "The appendix"): Times New Roman, a bold 13-point title over an italic subtitle, bold centred
 * wrapped header cells, counts as "#,##0" and rates as "0.00" on the right, thin borders on every table
 * cell, the total row bold, households estimated from a rate in italics, the note under the table
 * italic. Nothing expected here is read from the code under test.
 */
import { analyze } from "../../src/engine";
import type { AppendixLayout, CellStyle } from "../../src/engine/appendix/layout";
import { layoutCells } from "../helpers/layout-cells";
import { seedGrid } from "../helpers/seed-grid";

const TNR = "Times New Roman";

/** A table cell's look: 11-point, centred vertically, bordered. */
const cell = (font: Partial<CellStyle["font"]>, rest: Omit<CellStyle, "font">): CellStyle => ({
  font: { name: TNR, size: 11, ...font },
  vertical: "middle",
  border: true,
  ...rest,
});

const EXPECTED: Record<string, CellStyle> = {
  label: { font: { name: TNR, size: 12, bold: true }, horizontal: "left" },
  title: { font: { name: TNR, size: 13, bold: true }, horizontal: "center", vertical: "middle", wrap: true },
  subtitle: { font: { name: TNR, size: 12, italic: true }, horizontal: "center", vertical: "middle", wrap: true },
  header: cell({ bold: true }, { horizontal: "center", wrap: true }),
  order: cell({}, { horizontal: "center" }),
  name: cell({}, { horizontal: "left", wrap: true }),
  count: cell({}, { numberFormat: "#,##0", horizontal: "right" }),
  rate: cell({}, { numberFormat: "0.00", horizontal: "right" }),
  totalName: cell({ bold: true }, { horizontal: "center" }),
  totalCount: cell({ bold: true }, { numberFormat: "#,##0", horizontal: "right" }),
  totalRate: cell({ bold: true }, { numberFormat: "0.00", horizontal: "right" }),
  groupOrder: cell({ bold: true }, { horizontal: "center" }),
  groupName: cell({ bold: true }, { horizontal: "left", wrap: true }),
  estimatedCount: cell({ italic: true }, { numberFormat: "#,##0", horizontal: "right" }),
  totalEstimatedCount: cell({ bold: true, italic: true }, { numberFormat: "#,##0", horizontal: "right" }),
  note: { font: { name: TNR, size: 11, italic: true }, horizontal: "left", vertical: "top", wrap: true },
};

describe("the appendix's styles", () => {
  const layout = analyze([seedGrid({ withMerges: true })], { chart: false }).layout as AppendixLayout;

  it("are the official look, style by style", () => {
    expect(Object.keys(layout.styles).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const name of Object.keys(EXPECTED)) expect([name, layout.styles[name]]).toEqual([name, EXPECTED[name]]);
  });

  it("make the seed's total row bold and its unit rows plain, with counts and rates formatted", () => {
    const looks = (row: number) =>
      layoutCells(layout)
        .filter((c) => c.row === row)
        .map((c) => {
          const { font, numberFormat } = layout.styles[c.style];
          return `${font.bold ? "bold" : "plain"} ${numberFormat ?? "General"}`;
        });
    const unitRow = 8; // Thành phố Huế, under three title lines, a blank line and the three header rows
    const totalRow = 17; // Toàn tỉnh, after the nine units
    expect(layoutCells(layout).find((c) => c.row === totalRow && c.col === 1)?.value).toBe("Toàn tỉnh");
    // TT, Đơn vị, households, poor, people, rate, two policy counts and rates, then the plan's K..O.
    const formats = ["General", "General", "#,##0", "#,##0", "#,##0", "0.00", "#,##0", "0.00", "#,##0", "0.00", "#,##0", "#,##0", "#,##0", "0.00", "0.00"];
    expect(looks(unitRow)).toEqual(formats.map((f) => `plain ${f}`));
    expect(looks(totalRow)).toEqual(formats.map((f) => `bold ${f}`));
  });
});
