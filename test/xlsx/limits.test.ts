/**
 * The README's limits, enforced before exceljs reads anything, each refusal naming its limit in
 * Vietnamese (English on request); what the zip says of itself, read independently of jszip; and
 * the parts inflated once, by the platform or by jszip, for exceljs.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fsp } from "node:fs";
import { join } from "node:path";
import { XlsxFileError } from "../../src/xlsx/errors";
import { readWorkbookFile } from "../../src/xlsx/files";
import { inflateWithinLimits, LIMITS, SheetCount } from "../../src/xlsx/limits";
import { readWorkbookBuffer, workbookToGrids } from "../../src/xlsx/read-workbook";
import { InflatedParts } from "../../src/xlsx/zip-inflate";
import { entryName, zipEntries, zipParts } from "../../src/xlsx/zip-parts";
import { rawWorkbook, sheetXml } from "../helpers/raw-xlsx";
import { districtWorkbook, makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";

let dir: string;
beforeEach(async () => (dir = await makeTempDir("limits-")));
afterEach(() => removeTempDir(dir));

const TABLE = [["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"], [1, "Xã A", 1000, 100]];

async function refusal(bytes: Uint8Array, name = "lon.xlsx"): Promise<XlsxFileError> {
  const error = await readWorkbookBuffer(bytes, name).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(XlsxFileError);
  return error as XlsxFileError;
}

describe("what the zip says of itself", () => {
  it("lists the parts and their inflated sizes from the central directory", async () => {
    const bytes = new Uint8Array(await districtWorkbook().xlsx.writeBuffer());
    const zip = await JSZip.loadAsync(bytes);
    const expected = await Promise.all(
      Object.values(zip.files).filter((f) => !f.dir).map(async (f) => ({ name: f.name, uncompressedBytes: (await f.async("uint8array")).length })),
    );
    expect(zipParts(bytes)?.filter((p) => !p.name.endsWith("/"))).toEqual(expect.arrayContaining(expected));
  });

  it("counts rows and cells as exceljs reads them, across the inflater's chunks", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [i, `Hộ ${i}`, i % 3 === 0 ? null : 1.5]);
    const bytes = await rawWorkbook([{ name: "Hộ", xml: sheetXml(rows) }]);
    const parts = new InflatedParts(new Uint8Array(bytes), zipEntries(new Uint8Array(bytes))!);
    const count = new SheetCount({ rows: Infinity, cells: Infinity, bytes: Infinity });
    let chunks = 0;
    await parts.inflate(parts.find("xl/worksheets/sheet1.xml")!, (chunk) => (chunks++, count.add(chunk)));
    count.finish();
    const sheet = (await readWorkbookBuffer(bytes)).worksheets[0];
    let cells = 0;
    sheet.eachRow((row) => row.eachCell(() => cells++));
    expect(chunks).toBeGreaterThan(1);
    expect({ rows: count.rows, cells: count.cells, tooLarge: count.tooLarge }).toEqual({ rows: sheet.rowCount, cells, tooLarge: null });
  });
});

/** The parts of a package by name, inflated by jszip. */
async function contents(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f.name, await f.async("string")])));
}

/** The bytes with the central directory's inflated size of this part changed, as a zip bomb might state it. */
function statingSize(bytes: Uint8Array, part: string, size: number): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes);
  const data = new DataView(copy.buffer);
  const name = new TextEncoder().encode(part);
  for (let at = 0; at < copy.length - 46; at++) {
    if (data.getUint32(at, true) === 0x02014b50 && data.getUint16(at + 28, true) === name.length && name.every((b, i) => copy[at + 46 + i] === b)) data.setUint32(at + 24, size, true);
  }
  return copy;
}

describe("each part inflated once", () => {
  it("hands exceljs every part stored uncompressed, each as jszip inflates it from the file", async () => {
    const bytes = new Uint8Array(await districtWorkbook().xlsx.writeBuffer());
    const stored = await inflateWithinLimits(bytes, "huyen.xlsx");
    expect(zipEntries(stored)!.map((e) => [entryName(e), e.method])).toEqual(zipEntries(bytes)!.map((e) => [entryName(e), 0]));
    expect(await contents(stored)).toEqual(await contents(bytes));
  });

  it("reads the same workbook with jszip's inflate where the platform has no DecompressionStream", async () => {
    const bytes = new Uint8Array(await districtWorkbook().xlsx.writeBuffer());
    const platform = globalThis.DecompressionStream;
    // An older browser (Firefox before 113): the global is missing.
    delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
    let stored: Uint8Array;
    try {
      stored = await inflateWithinLimits(bytes, "huyen.xlsx");
    } finally {
      globalThis.DecompressionStream = platform;
    }
    expect(await contents(stored)).toEqual(await contents(bytes));
    expect(await inflateWithinLimits(bytes, "huyen.xlsx")).toEqual(stored);
  });

  it("refuses a part whose inflated size is not the one its zip entry states, naming the part", async () => {
    const bytes = statingSize(await rawWorkbook([{ name: "Bảng", xml: sheetXml(TABLE) }]), "xl/worksheets/sheet1.xml", 100);
    const error = await refusal(bytes, "sai.xlsx");
    expect(error).toMatchObject({ code: "unreadable" });
    expect(error.text.en).toContain("part xl/worksheets/sheet1.xml is damaged");
  });
});

describe("limits", () => {
  it("refuses a small file that inflates to more rows than a sheet may hold, before exceljs reads it", async () => {
    const rows = LIMITS.rowsPerSheet + 1;
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join("")}</sheetData></worksheet>`;
    const bytes = await rawWorkbook([{ name: "Bảng", xml: sheetXml(TABLE) }, { name: "Danh sách hộ", xml }]);
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const error = await refusal(bytes);
    expect(error).toMatchObject({ code: "too-large", limit: "rowsPerSheet" });
    expect(error.message).toBe('Trang "Danh sách hộ" của tệp lon.xlsx có hơn 300.000 dòng, vượt giới hạn 300.000 dòng một trang (xem mục "Giới hạn" trong README).');
    expect(error.text.en).toContain("over the limit of 300,000 rows per sheet");
  });

  it("refuses more cells in a sheet than the limit, and in the whole file", async () => {
    const wide = `<row>${"<c><v>1</v></c>".repeat(16384)}</row>`;
    const sheet = (rows: number) => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${wide.repeat(rows)}</sheetData></worksheet>`;
    const oneSheet = await refusal(await rawWorkbook([{ name: "Rộng", xml: sheet(Math.ceil(LIMITS.cellsPerSheet / 16384) + 1) }]));
    expect(oneSheet).toMatchObject({ limit: "cellsPerSheet", message: expect.stringContaining('Trang "Rộng" của tệp lon.xlsx có hơn 1.000.000 ô') });
    const half = { xml: sheet(Math.ceil(LIMITS.cellsPerWorkbook / 2 / 16384) + 1) };
    const twoSheets = await refusal(await rawWorkbook([{ name: "Một", ...half }, { name: "Hai", ...half }]));
    expect(twoSheets).toMatchObject({ limit: "cellsPerWorkbook", message: expect.stringContaining('tính đến trang "Hai"') });
  });

  it("refuses more sheets than the limit", async () => {
    const sheets = Array.from({ length: LIMITS.sheets + 1 }, (_, i) => ({ name: `Trang ${i + 1}`, xml: sheetXml([[i]]) }));
    const error = await refusal(await rawWorkbook(sheets));
    expect(error).toMatchObject({ limit: "sheets", message: expect.stringContaining("có 251 trang, vượt giới hạn 250 trang") });
  });

  it("refuses a zip whose central directory states more than the inflated limit, naming the largest part", async () => {
    const bytes = await rawWorkbook([{ name: "Bảng", xml: sheetXml(TABLE) }]);
    const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Patch the sheet's entry in the central directory to claim 300 MB.
    const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
    for (let at = 0; at < bytes.length - 46; at++) {
      if (data.getUint32(at, true) === 0x02014b50 && name.every((b, i) => bytes[at + 46 + i] === b)) data.setUint32(at + 24, 300 * 1024 * 1024, true);
    }
    const error = await refusal(bytes);
    expect(error).toMatchObject({ limit: "uncompressedBytes", message: expect.stringContaining("lớn nhất là phần xl/worksheets/sheet1.xml") });
  });

  it("refuses a part that understates its size once its inflated bytes pass the limit, a sheet's or another part's", async () => {
    const small = { ...LIMITS, uncompressedBytes: 1024 * 1024 };
    const rows = Array.from({ length: 40_000 }, (_, i) => [i, "Hộ nghèo", 1.5]);
    const sheet = statingSize(await rawWorkbook([{ name: "Hộ", xml: sheetXml(rows) }]), "xl/worksheets/sheet1.xml", 1000);
    await expect(inflateWithinLimits(sheet, "bom.xlsx", small)).rejects.toMatchObject({
      limit: "uncompressedBytes",
      message: 'Trang "Hộ" của tệp bom.xlsx giải nén ra hơn 1 MB (phần xl/worksheets/sheet1.xml khai sai kích thước), vượt giới hạn 1 MB sau giải nén (xem mục "Giới hạn" trong README).',
    });
    const zip = await JSZip.loadAsync(await rawWorkbook([{ name: "Bảng", xml: sheetXml(TABLE) }]));
    zip.file("xl/sharedStrings.xml", `<sst>${"<si><t>Hộ nghèo</t></si>".repeat(60_000)}</sst>`);
    const strings = statingSize(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }), "xl/sharedStrings.xml", 1000);
    await expect(inflateWithinLimits(strings, "bom.xlsx", small)).rejects.toMatchObject({
      limit: "uncompressedBytes",
      message: expect.stringContaining("Tệp bom.xlsx giải nén ra hơn 1 MB (phần xl/sharedStrings.xml khai sai kích thước)"),
    });
  });

  it("refuses a file over the size limit from its size alone, without reading it", async () => {
    const file = join(dir, "rat-lon.xlsx");
    await fsp.writeFile(file, "PK");
    await fsp.truncate(file, LIMITS.fileBytes + 1); // sparse: no disk used
    await expect(readWorkbookFile(file)).rejects.toMatchObject({ code: "too-large", limit: "fileBytes", message: expect.stringContaining("vượt giới hạn 50 MB một tệp") });
  });

  it("refuses a used range wider than the grid limit (one cell at A1, one at XFD300000)", async () => {
    const xml = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="300000"><c r="XFD300000"><v>2</v></c></row></sheetData></worksheet>';
    const workbook = await readWorkbookBuffer(await rawWorkbook([{ name: "Thưa", xml }]));
    expect(() => workbookToGrids(workbook)).toThrow(
      expect.objectContaining({ limit: "usedRangeCells", message: expect.stringContaining('Trang "Thưa" dùng vùng 300.000 dòng × 16.384 cột') }),
    );
  });
});

describe("damaged files name the part", () => {
  it("names the worksheet whose XML is broken", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("A").getCell("A1").value = 1;
    book.addWorksheet("B").getCell("A1").value = 2;
    const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
    const xml = (await zip.file("xl/worksheets/sheet2.xml")?.async("string")) ?? "";
    zip.file("xl/worksheets/sheet2.xml", xml.replace("</sheetData>", "</sheetDat>"));
    const error = await refusal(await zip.generateAsync({ type: "uint8array" }), "huyen.xlsx");
    expect(error).toMatchObject({ code: "unreadable" });
    expect(error.message).toContain("Không đọc được tệp huyen.xlsx như một sổ .xlsx: phần xl/worksheets/sheet2.xml hỏng");
    expect(error.text.en).toContain("part xl/worksheets/sheet2.xml is damaged");
  });
});
