import { execFileSync } from "node:child_process";
import { existsSync, promises as fsp } from "node:fs";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { analyze } from "../../src/engine/analysis";
import type { AppendixLayout } from "../../src/engine/appendix/layout";
import { workbookBytes } from "../../src/xlsx/chart-part";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { addAppendixSheet } from "../../src/xlsx/write-appendix";
import { cellText, itWithLibreOffice, recalculate, toPdf } from "../helpers/libreoffice";
import { seedGrid } from "../helpers/seed-grid";
import { makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";
import { heldCells, layoutCells } from "../helpers/layout-cells";

const layout = analyze([seedGrid()]).layout as AppendixLayout;
const chart = layout.chart!;

/** The source workbook with the appendix added, before its bytes are written. */
function bookWithAppendix(sheetName?: string): { workbook: ExcelJS.Workbook; sheet: string } {
  const workbook = new ExcelJS.Workbook();
  const source = workbook.addWorksheet("Rà soát 2020");
  source.addRow(["a source sheet, left as it was"]);
  const sheet = addAppendixSheet(workbook, sheetName ? { ...layout, sheetName } : layout);
  return { workbook, sheet };
}

async function entries(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out[name] = await zip.files[name].async("string");
  return out;
}

const xmlWellFormed = (xml: string): void => {
  execFileSync("xmllint", ["--noout", "-"], { input: xml });
};

describe("the chart part in the .xlsx", () => {
  let dir: string;
  beforeAll(async () => (dir = await makeTempDir("chart-")));
  afterAll(() => removeTempDir(dir));

  it("adds a chart, a drawing anchoring it and their links, and changes nothing else", async () => {
    const { workbook, sheet } = bookWithAppendix();
    const plain = await entries(await workbookBytes(workbook));
    const charted = await entries(await workbookBytes(workbook, [{ sheetName: sheet, chart }]));

    const added = Object.keys(charted).filter((name) => !(name in plain)).sort();
    expect(added).toEqual(["xl/charts/chart1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/drawings/drawing1.xml", "xl/worksheets/_rels/sheet2.xml.rels"]);
    // docProps/core.xml carries the time of writing, which may tick between the two writes.
    const changed = Object.keys(plain).filter((name) => name !== "docProps/core.xml" && plain[name] !== charted[name]).sort();
    expect(changed).toEqual(["[Content_Types].xml", "xl/worksheets/sheet2.xml"]);
    // The sheet gained exactly its <drawing> element, the content types exactly two overrides.
    expect(charted["xl/worksheets/sheet2.xml"].replace('<drawing r:id="rId1"/>', "")).toBe(plain["xl/worksheets/sheet2.xml"]);
    expect(charted["[Content_Types].xml"]).toBe(
      plain["[Content_Types].xml"].replace(
        "</Types>",
        '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
          '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
      ),
    );
    expect(charted["xl/worksheets/_rels/sheet2.xml.rels"]).toContain('Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"');
    expect(charted["xl/drawings/_rels/drawing1.xml.rels"]).toContain('Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"');
    for (const name of added) xmlWellFormed(charted[name]);
    xmlWellFormed(charted["xl/worksheets/sheet2.xml"]);
  });

  it("points the bars at the data block: categories, series names and values, with the values cached", async () => {
    const { workbook, sheet } = bookWithAppendix();
    const xml = (await entries(await workbookBytes(workbook, [{ sheetName: sheet, chart }])))["xl/charts/chart1.xml"];
    const refs = [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]);
    const abs = (area: string) => `&apos;Phụ lục 2021&apos;!${area.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
    expect(refs).toEqual([abs(chart.series[0].nameCell), abs(chart.categories), abs(chart.series[0].values), abs(chart.series[1].nameCell), abs(chart.categories), abs(chart.series[1].values)]);
    expect(chart.categories).toMatch(/^Q\d+:Q\d+$/);
    expect(xml).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(xml).toContain("<a:t>Tỷ lệ hộ nghèo năm 2020 và kế hoạch năm 2021</a:t>");
    expect(xml).toContain(`<c:pt idx="8"><c:v>14.82</c:v></c:pt>`);
    const anchor = (await entries(await workbookBytes(workbook, [{ sheetName: sheet, chart }])))["xl/drawings/drawing1.xml"];
    const top = Number(/\d+/.exec(chart.anchor.from)![0]);
    expect(anchor).toContain(`<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${top - 1}</xdr:row>`);
  });

  it("quotes a sheet name with an apostrophe in the chart's references", async () => {
    const { workbook, sheet } = bookWithAppendix("Lan's <plan> & 2021");
    const xml = (await entries(await workbookBytes(workbook, [{ sheetName: sheet, chart }])))["xl/charts/chart1.xml"];
    expect(xml).toContain(`<c:f>&apos;Lan&apos;&apos;s &lt;plan&gt; &amp; 2021&apos;!$Q$`);
    xmlWellFormed(xml);
  });

  it("drops the characters XML cannot hold from a unit's name (a vertical tab pasted from Word), as the cells do", async () => {
    const { workbook, sheet } = bookWithAppendix();
    const named = { ...chart, cachedCategories: ["Nam\u000bĐông\u0001", ...chart.cachedCategories.slice(1)] };
    const xml = (await entries(await workbookBytes(workbook, [{ sheetName: sheet, chart: named }])))["xl/charts/chart1.xml"];
    expect(xml).toContain('<c:pt idx="0"><c:v>NamĐông</c:v></c:pt>');
    xmlWellFormed(xml);
  });

  itWithLibreOffice("opens in LibreOffice, which prints the chart on the page after the table", async () => {
    const { workbook, sheet } = bookWithAppendix();
    const file = join(dir, "appendix.xlsx");
    await fsp.writeFile(file, await workbookBytes(workbook, [{ sheetName: sheet, chart }]));
    const pdf = await toPdf(file, join(dir, "pdf"));
    const pages = (first: number, last: number) => execFileSync("pdftotext", ["-f", String(first), "-l", String(last), pdf, "-"]).toString();
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())![1]);
    // Page 1: the source sheet; 2: the appendix table; 3: the chart under the repeated header.
    expect(count).toBe(3);
    expect(pages(2, 2)).toContain("CHỈ TIÊU PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO NĂM 2021");
    expect(pages(2, 2)).not.toContain("Tỷ lệ hộ nghèo năm 2020 và kế hoạch năm 2021");
    const chartPage = pages(3, 3);
    for (const text of [chart.title, "Tỷ lệ hộ nghèo (%)", "Kế hoạch năm 2021", "Năm 2020", ...chart.cachedCategories]) expect(chartPage).toContain(text);
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "3", "-l", "3", "-singlefile", pdf, join(dir, "chart-page")]);
    expect(existsSync(join(dir, "chart-page.png"))).toBe(true);
  });

  itWithLibreOffice("follows the officer's edits: the block recalculates from the appendix's cells", async () => {
    // A Lưới's target raised from 250 to 1,000 households: its plan rate falls.
    const aLuoiRow = layoutCells(layout).find((c) => c.col === 2 && c.value === "Huyện A Lưới")!.row;
    const edited = layoutCells(layout).map((c) => (c.row === aLuoiRow && c.col === 12 ? { ...c, value: 1000 } : c));
    const workbook = new ExcelJS.Workbook();
    const sheet = addAppendixSheet(workbook, { ...heldCells(layout), cells: edited });
    const file = join(dir, "edited.xlsx");
    await fsp.writeFile(file, await workbookBytes(workbook, [{ sheetName: sheet, chart }]));
    const sheets = await recalculate(file);
    const rows = sheets[sheet];
    const blockTop = Number(/\d+/.exec(chart.categories)![0]);
    const planCol = chart.series[1].values.replace(/\d+.*/, "");
    const names = chart.cachedCategories.map((_, i) => cellText(rows, `Q${blockTop + i}`));
    expect(names).toEqual(chart.cachedCategories);
    const aLuoi = names.indexOf("Huyện A Lưới");
    expect(cellText(rows, `${planCol}${blockTop + aLuoi}`)).toBe(cellText(rows, `N${aLuoiRow}`));
    expect(Number(cellText(rows, `N${aLuoiRow}`))).toBeLessThan(chart.series[1].cached[aLuoi]!);
  });

  it("writes the checks sheet's links as HYPERLINK formulas that keep quotes as text", async () => {
    const workbook = new ExcelJS.Workbook();
    const tricky = `Lan's "bảng"`;
    workbook.addWorksheet(tricky);
    const name = addAppendixSheet(workbook, {
      ...layout,
      sheetName: "Kiểm tra",
      cells: [{ row: 1, col: 1, value: "D8", style: "order", link: { sheet: tricky, cell: "D8" } }, { row: 1, col: 2, value: "=1+1", style: "name" }],
      merges: [],
      chart: undefined,
    });
    const reread = await readWorkbookBuffer(await workbookBytes(workbook));
    const sheet = reread.getWorksheet(name)!;
    expect(sheet.getCell("A1").value).toEqual({ formula: `HYPERLINK("#'Lan''s ""bảng""'!D8","D8")`, result: "D8" });
    expect(sheet.getCell("B1").value).toBe("=1+1");
    expect(sheet.getCell("B1").type).toBe(ExcelJS.ValueType.String);
  });
});
