/**
 * Column widths as a spreadsheet opens them. exceljs writes no <col> for a width of 9, its default,
 * so without the sheet's default width columns D and O of the appendix opened at 8.43 characters.
 */
import * as ExcelJS from "exceljs";
import { promises as fsp } from "fs";
import * as path from "path";
import { addAppendixSheet } from "../../src/xlsx/write-appendix";
import { convertTo, itWithLibreOffice } from "../helpers/libreoffice";
import { makeTempDir, removeTempDir, saveTo, smallLayout } from "../helpers/xlsx-fixtures";

const INCHES = { in: 1, cm: 1 / 2.54 } as const;

/** The first sheet's column widths in inches, in order, from LibreOffice's flat ODF (.fods). */
function columnInches(fods: string): number[] {
  const styles = new Map<string, number>();
  for (const [, name, width, unit] of fods.matchAll(/<style:style style:name="(co\d+)" style:family="table-column">\s*<style:table-column-properties[^>]*style:column-width="([\d.]+)(in|cm)"/g)) {
    styles.set(name, Number(width) * INCHES[unit as keyof typeof INCHES]);
  }
  const firstTable = fods.slice(fods.indexOf("<table:table "), fods.indexOf("</table:table>"));
  const widths: number[] = [];
  for (const [tag] of firstTable.matchAll(/<table:table-column [^>]*>/g)) {
    const width = styles.get(/table:style-name="([^"]+)"/.exec(tag)![1])!;
    const repeated = Number(/table:number-columns-repeated="(\d+)"/.exec(tag)?.[1] ?? 1);
    for (let i = 0; i < Math.min(repeated, 20); i++) widths.push(width);
  }
  return widths;
}

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("widths-");
});
afterAll(() => removeTempDir(dir));

itWithLibreOffice("LibreOffice opens every column of the appendix at the layout's width, the two of width 9 included", async () => {
  const layout = smallLayout();
  const workbook = new ExcelJS.Workbook();
  addAppendixSheet(workbook, layout);
  const fods = await convertTo(await saveTo(workbook, dir, "widths.xlsx"), "fods", path.join(dir, "out"));
  const inches = columnInches(await fsp.readFile(fods, "utf8"));
  // A character width maps to inches linearly; columns A (5) and B (24) give the map, and every other
  // column must follow it to within 0.005 in (a 9 opened as 8.43 is 0.025 in narrower).
  const perCharacter = (inches[1] - inches[0]) / (24 - 5);
  const expected = layout.columnWidths.map((characters) => inches[0] + (characters - 5) * perCharacter);
  expect(layout.columnWidths.slice(0, 15)).toEqual([5, 24, 11, 9, 10, 7, 10, 7, 11, 7, 12, 11, 11, 8, 9]);
  inches.slice(0, 15).forEach((width, i) => expect([String.fromCharCode(65 + i), width]).toEqual([String.fromCharCode(65 + i), expect.closeTo(expected[i], 2)]));
});
