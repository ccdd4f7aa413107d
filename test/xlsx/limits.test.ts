/**
 * The README's limits, enforced before exceljs inflates anything, each refusal naming its limit in
 * Vietnamese (English on request); and what the zip says of itself, read independently of jszip.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fsp } from "node:fs";
import { join } from "node:path";
import { XlsxFileError } from "../../src/xlsx/errors";
import { readWorkbookFile } from "../../src/xlsx/files";
import { LIMITS } from "../../src/xlsx/limits";
import { readWorkbookBuffer, workbookToGrids } from "../../src/xlsx/read-workbook";
import { countSheet, zipParts } from "../../src/xlsx/zip-parts";
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
    const count = await countSheet(await JSZip.loadAsync(bytes), "xl/worksheets/sheet1.xml", { rows: Infinity, cells: Infinity, bytes: Infinity });
    const sheet = (await readWorkbookBuffer(bytes)).worksheets[0];
    let cells = 0;
    sheet.eachRow((row) => row.eachCell(() => cells++));
    expect(count).toEqual({ rows: sheet.rowCount, cells, tooLarge: null });
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
