/** The written appendix as an independent spreadsheet (LibreOffice) sees it. */
import { spawnSync } from "child_process";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { addAppendixSheet } from "../../src/xlsx/write-appendix";
import { readWorkbookFile } from "../../src/xlsx/files";
import { workbookToGrids } from "../../src/xlsx/read-workbook";
import { toA1 } from "../../src/engine/cells/address";
import { cellText, convertTo, itWithLibreOffice, recalculate, toPdf } from "../helpers/libreoffice";
import { districtWorkbook, makeTempDir, removeTempDir, saveTo, smallLayout, TRICKY_ROW, TRICKY_TEXTS } from "../helpers/xlsx-fixtures";
import { layoutCells } from "../helpers/layout-cells";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("xlsx-lo-");
});
afterAll(() => removeTempDir(dir));

describe("the written appendix in LibreOffice", () => {
  itWithLibreOffice("recalculates every formula to the cached value the engine wrote", async () => {
    const workbook = districtWorkbook();
    const layout = smallLayout();
    const name = addAppendixSheet(workbook, layout);
    const sheets = await recalculate(await saveTo(workbook, dir, "recalc.xlsx"));
    const formulas = layoutCells(layout).filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(8);
    const seen = formulas.map((c) => [toA1(c.row, c.col), Number(cellText(sheets[name], toA1(c.row, c.col)))]);
    expect(seen).toEqual(formulas.map((c) => [toA1(c.row, c.col), c.value]));
    // Worked by hand: 500 × 1007 / 1000 = 503.5 → 504; the total 504 + 12,431; 933 / 12,935 = 7.2130 % → 7.21.
    expect(["K8", "K10", "N10", "O10"].map((a) => cellText(sheets[name], a))).toEqual(["504", "12935", "7.21", "0.87"]);
    expect(cellText(sheets[name], "B8")).toBe("Phú Lộc");
    expect(Object.keys(sheets).sort()).toEqual(["Ghi chú", "Huyện Phú Lộc", "Phụ lục 2021", "Trống"]);
  });

  itWithLibreOffice("keeps text starting with = + - @ as text", async () => {
    const workbook = new ExcelJS.Workbook();
    const name = addAppendixSheet(workbook, smallLayout());
    const check = workbook.addWorksheet("Kiểm tra");
    TRICKY_TEXTS.forEach((_, i) => {
      // No cached result: LibreOffice has to compute these itself.
      check.getCell(i + 1, 1).value = { formula: `ISTEXT('${name}'!${toA1(TRICKY_ROW, i + 1)})` };
    });
    const sheets = await recalculate(await saveTo(workbook, dir, "text.xlsx"));
    expect(TRICKY_TEXTS.map((_, i) => cellText(sheets[name], toA1(TRICKY_ROW, i + 1)))).toEqual(TRICKY_TEXTS);
    expect(TRICKY_TEXTS.map((_, i) => cellText(sheets["Kiểm tra"], `A${i + 1}`))).toEqual(TRICKY_TEXTS.map(() => "TRUE"));
  });

  itWithLibreOffice("prints on A4 landscape, one page wide, with the header repeated on every page", async () => {
    const layout = smallLayout();
    for (let row = TRICKY_ROW + 1; row <= 90; row++) layout.cells.push({ row, col: 2, value: `Xã số ${row}`, style: "name" });
    const workbook = new ExcelJS.Workbook();
    addAppendixSheet(workbook, layout);
    const pdf = await toPdf(await saveTo(workbook, dir, "print.xlsx"), path.join(dir, "pdf"));
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" });
    expect(info.status).toBe(0);
    expect(info.stdout).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
    expect(pages).toBeGreaterThan(1);
    const lastPage = spawnSync("pdftotext", ["-f", String(pages), "-l", String(pages), "-layout", pdf, "-"], { encoding: "utf8" });
    expect(lastPage.stdout).toContain("Đơn vị");
    expect(lastPage.stdout).toContain("Xã số 90");
    expect(lastPage.stdout).not.toContain("CHỈ TIÊU PHẤN ĐẤU"); // the title is not a repeated row
  });

  itWithLibreOffice("reads a workbook saved by LibreOffice like the original", async () => {
    const original = await saveTo(districtWorkbook(), dir, "district.xlsx");
    const resaved = await convertTo(original, "xlsx", path.join(dir, "resaved"));
    const strip = (file: string) =>
      readWorkbookFile(file).then((wb) => workbookToGrids(wb).map(({ sheet, origin, values, merges }) => ({ sheet, origin, values, merges: [...(merges ?? [])].sort() })));
    const fromLibreOffice = await strip(resaved);
    const expected = await strip(original);
    // LibreOffice computes the SUM that exceljs left without a cached result.
    expected[0].values[6][2] = 3312;
    expect(fromLibreOffice).toEqual(expected);
  });
});
