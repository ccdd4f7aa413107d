/**
 * The appendix grafted into the officer's own package (src/xlsx/graft-package.ts): every part of the
 * source file comes out with its compressed bytes unchanged, and the appendix reads back exactly as
 * the exceljs round trip (the write before the graft, still the fallback) writes it, on a workbook
 * with its own styles and custom number formats, so that the style and format ids really move.
 */
import { execFileSync } from "node:child_process";
import { promises as fsp } from "node:fs";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import type { AppendixLayout } from "../../src/engine/appendix/layout";
import { workbookBytes } from "../../src/xlsx/chart-part";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { addAppendixSheet } from "../../src/xlsx/write-appendix";
import { type ZipEntry, entryName, zipEntries } from "../../src/xlsx/zip-parts";
import { columnLetters } from "../../src/engine/cells/address";
import { analyze } from "../../src/engine/analysis";
import { workbookToGrids } from "../../src/xlsx/read-workbook";
import { cellText, convertTo, itWithLibreOffice, recalculate } from "../helpers/libreoffice";
import { layoutCells } from "../helpers/layout-cells";
import { rawWorkbook, sheetXml } from "../helpers/raw-xlsx";
import { districtWorkbook, makeTempDir, removeTempDir, smallLayout } from "../helpers/xlsx-fixtures";

/** The parts the graft changes; every other part of the source must come out as it went in. */
const CHANGED = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"];

/**
 * A district's workbook with formats of its own: "#,##0.00" at id 164 (where Excel puts a first
 * custom format, and where exceljs puts the appendix's), "0.000" at 165, conditional formatting,
 * data validation, and a part exceljs does not know, stored uncompressed.
 */
async function officerPackage(): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = districtWorkbook();
  const sheet = workbook.getWorksheet("Huyện Phú Lộc")!;
  sheet.getCell("D4").numFmt = "#,##0.000";
  sheet.getCell("C5").numFmt = "0.000";
  sheet.addConditionalFormatting({ ref: "D4:D6", rules: [{ type: "cellIs", operator: "greaterThan", formulae: [50], style: { font: { bold: true } }, priority: 1 }] });
  sheet.getCell("C4").dataValidation = { type: "whole", operator: "greaterThan", formulae: [0], allowBlank: true };
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const styles = await zip.file("xl/styles.xml")!.async("string");
  expect(styles).toContain('<numFmt numFmtId="164" formatCode="#,##0.000"/>');
  zip.file("xl/styles.xml", styles.replace('formatCode="#,##0.000"', 'formatCode="#,##0.00"'));
  zip.file("customXml/item1.xml", "<giữ-nguyên/>", { compression: "STORE" });
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

/** smallLayout with two custom formats: "0.0" is new to the officer's styles, "0.000" is the officer's 165. */
function customFormatLayout(): AppendixLayout {
  const layout = smallLayout();
  layout.styles.count = { ...layout.styles.count, numberFormat: "0.0" };
  layout.styles.rate = { ...layout.styles.rate, numberFormat: "0.000" };
  return layout;
}

async function grafted(source: Uint8Array<ArrayBuffer>, layout: AppendixLayout): Promise<{ bytes: Uint8Array<ArrayBuffer>; name: string }> {
  const workbook = await readWorkbookBuffer(source);
  const name = addAppendixSheet(workbook, layout);
  return { bytes: new Uint8Array(await workbookBytes(workbook)), name };
}

/** The same appendix through the exceljs round trip: a workbook exceljs loaded itself has no source to graft into. */
async function roundTripped(source: Uint8Array<ArrayBuffer>, layout: AppendixLayout): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(source as unknown as ExcelJS.Buffer);
  addAppendixSheet(workbook, layout);
  return new Uint8Array(await workbookBytes(workbook));
}

const byName = (bytes: Uint8Array<ArrayBuffer>): Map<string, ZipEntry> => new Map(zipEntries(bytes)!.map((entry) => [entryName(entry), entry]));

/** Each unchanged part's entry as stored: method, CRC, sizes and compressed bytes. */
function expectPartsCopied(source: Uint8Array<ArrayBuffer>, output: Uint8Array<ArrayBuffer>): void {
  const out = byName(output);
  const parts = [...byName(source)].filter(([name]) => !CHANGED.includes(name));
  expect(parts.length).toBeGreaterThan(5);
  for (const [name, entry] of parts) {
    const copy = out.get(name);
    expect([name, copy?.method, copy?.crc, copy?.size, copy?.compressedSize]).toEqual([name, entry.method, entry.crc, entry.size, entry.compressedSize]);
    expect(Buffer.from(copy!.data).equals(Buffer.from(entry.data))).toBe(true);
  }
}

/** Everything of a sheet exceljs reads back: cells (value, formula, style), widths, heights, merges, views, print setup. */
async function sheetSnapshot(bytes: Uint8Array<ArrayBuffer>, name: string): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(name)!;
  const cells: unknown[] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => cells.push([cell.address, cell.value, cell.style, row.height])));
  const { merges } = sheet.model;
  return JSON.parse(JSON.stringify({ cells, widths: sheet.columns.map((c) => c.width), merges: [...merges].sort(), views: sheet.views, pageSetup: sheet.pageSetup }));
}

async function partText(bytes: Uint8Array<ArrayBuffer>, name: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(name)!.async("string");
}

describe("the appendix grafted into the officer's package", () => {
  let source: Uint8Array<ArrayBuffer>;
  beforeAll(async () => (source = await officerPackage()));

  it("copies every other part of the source with its compressed bytes unchanged, even those exceljs drops", async () => {
    const { bytes } = await grafted(source, customFormatLayout());
    expectPartsCopied(source, bytes);
    // The changed and added parts are well-formed XML.
    for (const name of [...CHANGED, "xl/worksheets/sheet4.xml"]) execFileSync("xmllint", ["--noout", "-"], { input: await partText(bytes, name) });
    expect(byName(bytes).get("customXml/item1.xml")!.method).toBe(0);
    // The round trip loses what exceljs does not know: the graft exists for this.
    expect(byName(await roundTripped(source, customFormatLayout())).has("customXml/item1.xml")).toBe(false);
  });

  it("reads back as the exceljs round trip writes the appendix: values, formulas, fonts, borders, formats, merges, print setup", async () => {
    const layout = customFormatLayout();
    const { bytes, name } = await grafted(source, layout);
    const expected = await sheetSnapshot(await roundTripped(source, layout), name);
    expect(await sheetSnapshot(bytes, name)).toEqual(expected);
    expect(JSON.stringify(expected)).toContain('"numFmt":"0.0"');
    expect(JSON.stringify(expected)).toContain('"numFmt":"0.000"');
  });

  it("keeps the officer's styles where they were and gives the appendix's new format an unused id", async () => {
    const { bytes, name } = await grafted(source, customFormatLayout());
    const styles = await partText(bytes, "xl/styles.xml");
    const formats = [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)].map(([, id, code]) => [Number(id), code]);
    expect(formats).toEqual([
      [164, "#,##0.00"],
      [165, "0.000"],
      [166, "0.0"],
    ]);
    const before = await partText(source, "xl/styles.xml");
    const xfs = (xml: string) => [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1].matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map(([xf]) => xf);
    expect(xfs(styles).slice(0, xfs(before).length)).toEqual(xfs(before));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const officer = workbook.getWorksheet("Huyện Phú Lộc")!;
    expect([officer.getCell("C5").numFmt, officer.getCell("D4").numFmt, officer.getCell("C4").numFmt]).toEqual(["0.000", "#,##0.00", "#,##0"]);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Huyện Phú Lộc", "Trống", "Ghi chú", name]);
  });

  it("names the appendix's part after every part, whatever its case, and every content type a removed part left", async () => {
    const zip = await JSZip.loadAsync(await officerPackage());
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", types.replace("</Types>", '<Override PartName="/xl/worksheets/sheet4.xml" ContentType="application/xml"/></Types>'));
    zip.file("xl/worksheets/Sheet5.xml", "<giữ-nguyên/>");
    const { bytes, name } = await grafted(new Uint8Array(await zip.generateAsync({ type: "uint8array" })), smallLayout());
    expect(byName(bytes).has("xl/worksheets/sheet6.xml")).toBe(true);
    expect(await partText(bytes, "xl/worksheets/Sheet5.xml")).toBe("<giữ-nguyên/>");
    expect(await partText(bytes, "xl/_rels/workbook.xml.rels")).toContain('Target="worksheets/sheet6.xml"');
    expect(await sheetSnapshot(bytes, name)).toEqual(await sheetSnapshot(await grafted(await officerPackage(), smallLayout()).then((g) => g.bytes), name));
  });

  it("on a second run over its own output adds 'Phụ lục 2021 (2)', its print titles on its own sheet, the first run's parts untouched", async () => {
    const first = await grafted(source, smallLayout());
    const second = await grafted(first.bytes, smallLayout());
    expect([first.name, second.name]).toEqual(["Phụ lục 2021", "Phụ lục 2021 (2)"]);
    expectPartsCopied(first.bytes, second.bytes);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(second.bytes as unknown as ExcelJS.Buffer);
    const setups = [first.name, second.name].map((name) => workbook.getWorksheet(name)!.pageSetup);
    expect(setups[1].printTitlesRow).toBe(setups[0].printTitlesRow);
    expect(setups[0].printTitlesRow).toMatch(/^\d+:\d+$/);
    expect(await sheetSnapshot(second.bytes, second.name)).toEqual(await sheetSnapshot(second.bytes, first.name));
    const names = [...(await partText(second.bytes, "xl/workbook.xml")).matchAll(/<definedName name="([^"]+)" localSheetId="(\d+)"/g)].map(([, n, id]) => `${n}@${id}`);
    expect(names.sort()).toEqual(["_xlnm.Print_Titles@3", "_xlnm.Print_Titles@4"]);
  });
});

describe("a second run on the bundled sample's output", () => {
  it("keeps the first appendix's chart byte for byte and draws the second as chart2", async () => {
    const sample = new Uint8Array(await fsp.readFile(join(__dirname, "../../assets/sample/ket-qua-ra-soat-2020.xlsx")));
    const run = async (source: Uint8Array<ArrayBuffer>) => {
      const workbook = await readWorkbookBuffer(source);
      const layout = analyze(workbookToGrids(workbook).slice(0, 1)).layout!;
      const sheetName = addAppendixSheet(workbook, layout);
      return new Uint8Array(await workbookBytes(workbook, [{ sheetName, chart: layout.chart! }]));
    };
    const first = await run(sample);
    const second = await run(first);
    expectPartsCopied(first, second);
    const charts = [...byName(second).keys()].filter((name) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(name)).sort();
    expect(charts).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/drawings/drawing1.xml", "xl/drawings/drawing2.xml"]);
    expect(await partText(second, "xl/charts/chart2.xml")).toContain("&apos;Phụ lục 2021 (2)&apos;!");
  });
});

describe("the appendix grafted into a package LibreOffice wrote", () => {
  let dir: string;
  beforeAll(async () => (dir = await makeTempDir("graft-")));
  afterAll(() => removeTempDir(dir));

  itWithLibreOffice("recalculates to the engine's values, and the officer's sheet reads as in the source", async () => {
    // Kon Tum's table saved again by LibreOffice: its own numFmts, cell styles and part layout.
    const field = join(__dirname, "..", "fixtures", "field", "03_kontum_cuoinam2021_xa_theo_huyen_toan_tinh.xlsx");
    const sourceFile = await convertTo(field, "xlsx", join(dir, "lo"));
    const source = new Uint8Array(await fsp.readFile(sourceFile));
    const layout = analyze(workbookToGrids(await readWorkbookBuffer(source)), { targetRateReduction: 1 }).layout!;
    const { bytes, name } = await grafted(source, layout);
    expectPartsCopied(source, bytes);
    expect(await sheetSnapshot(bytes, name)).toEqual(await sheetSnapshot(await roundTripped(source, layout), name));
    const output = join(dir, "grafted.xlsx");
    await fsp.writeFile(output, bytes);

    const [before, after] = [await recalculate(sourceFile), await recalculate(output)];
    const officer = Object.keys(before);
    expect(officer).toHaveLength(1);
    expect(after[officer[0]]).toEqual(before[officer[0]]);
    const formulas = layoutCells(layout).filter((cell) => cell.formula);
    expect(formulas.length).toBeGreaterThan(102 * 5);
    for (const cell of formulas) {
      const address = `${columnLetters(cell.col)}${cell.row}`;
      const want = typeof cell.value === "number" ? Number(cell.value.toPrecision(15)) : cell.value;
      const got = typeof cell.value === "number" ? Number(Number(cellText(after[name], address)).toPrecision(15)) : cellText(after[name], address);
      expect({ address, value: got }).toEqual({ address, value: want });
    }
  });
});

describe("the exceljs round trip, where the graft cannot be made", () => {
  it("writes a package without styles.xml through exceljs, the appendix as the round trip has it", async () => {
    const source = new Uint8Array(await rawWorkbook([{ name: "Xã", xml: sheetXml([["TT", "Xã"], [1, "Lộc Điền"]]) }]));
    expect(byName(source).has("xl/styles.xml")).toBe(false);
    const { bytes, name } = await grafted(source, smallLayout());
    // exceljs wrote the package: a styles part of its own.
    expect(byName(bytes).has("xl/styles.xml")).toBe(true);
    expect(await sheetSnapshot(bytes, name)).toEqual(await sheetSnapshot(await roundTripped(source, smallLayout()), name));
  });

  it("writes through exceljs when a sheet exceljs does not load (a chart sheet) already has the appendix's name", async () => {
    const zip = await JSZip.loadAsync(await officerPackage());
    const edit = async (name: string, change: (xml: string) => string) => zip.file(name, change(await zip.file(name)!.async("string")));
    await edit("xl/workbook.xml", (xml) => xml.replace("</sheets>", '<sheet name="Phụ lục 2021" sheetId="9" r:id="rId90"/></sheets>'));
    await edit("xl/_rels/workbook.xml.rels", (xml) =>
      xml.replace("</Relationships>", '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>'),
    );
    zip.file("xl/chartsheets/sheet1.xml", '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>');
    const workbook = await readWorkbookBuffer(new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" })));
    expect(addAppendixSheet(workbook, smallLayout())).toBe("Phụ lục 2021");
    const bytes = new Uint8Array(await workbookBytes(workbook));
    expect(byName(bytes).has("customXml/item1.xml")).toBe(false);
    const sheets = [...(await partText(bytes, "xl/workbook.xml")).matchAll(/<sheet\b[^>]*\sname="([^"]*)"/g)].map(([, name]) => name);
    expect(sheets).toEqual(["Huyện Phú Lộc", "Trống", "Ghi chú", "Phụ lục 2021"]);
  });

  it("writes a workbook whose sheets changed after reading as it now is (a removed sheet stays removed)", async () => {
    const source = await officerPackage();
    const workbook = await readWorkbookBuffer(source);
    workbook.removeWorksheet(workbook.getWorksheet("Trống")!.id);
    addAppendixSheet(workbook, smallLayout());
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await workbookBytes(workbook)) as unknown as ExcelJS.Buffer);
    expect(read.worksheets.map((sheet) => sheet.name)).toEqual(["Huyện Phú Lộc", "Ghi chú", "Phụ lục 2021"]);
  });
});
