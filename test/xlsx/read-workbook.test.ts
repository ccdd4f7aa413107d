import * as ExcelJS from "exceljs";
import { readWorkbookBuffer, toCellValue, workbookToGrids } from "../../src/xlsx/read-workbook";
import { XlsxFileError } from "../../src/xlsx/errors";
import { analyze } from "../../src/engine";
import { districtWorkbook } from "../helpers/xlsx-fixtures";

/** Through the file format and back, as a district's workbook reaches us. */
async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return readWorkbookBuffer(bytes);
}

describe("workbookToGrids", () => {
  it("reads a district sheet: merges, Vietnamese text, text numbers, errors, cached formula results", async () => {
    const grids = workbookToGrids(await roundTrip(districtWorkbook()));
    expect(grids.map((g) => g.sheet)).toEqual(["Huyện Phú Lộc", "Ghi chú"]); // the empty sheet is skipped
    const [district] = grids;
    expect(district.origin).toBe("A1");
    expect(district.values).toEqual([
      ["KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2020", null, null, null, null],
      ["TT", "Xã, phường, thị trấn", "Tổng số hộ dân", "Số hộ nghèo", null],
      [null, null, null, "Số hộ", "Tỷ lệ"],
      [1, "Thị trấn Phú Lộc", 2500, 37, 1.48],
      [2, "Xã Lộc Điền", "1.234", 88, 7131.28],
      [3, "Xã Vinh Hưng", 812, { error: "#REF!" }, { error: "#REF!" }],
      // C7 is a SUM saved without its value: said as such, never read as empty.
      [null, "Toàn huyện", { error: "#FORMULA?" }, null, null],
      [null, null, null, null, null],
      ["Nguồn: Sở LĐTBXH", "2021-04-02", true, null, null],
    ]);
    expect(district.merges?.slice().sort()).toEqual(["A1:E1", "A2:A3", "B2:B3", "C2:C3", "D2:E2"]);
    expect(district.numberFormats?.[3]).toEqual([null, null, "#,##0", null, "0.00"]);
    expect(district.numberFormats?.[0]).toEqual([null, null, null, null, null]);
  });

  it("starts the grid at the used range's top-left cell", async () => {
    const notes = workbookToGrids(await roundTrip(districtWorkbook()))[1];
    expect(notes).toEqual({
      sheet: "Ghi chú",
      origin: "C3",
      values: [["Ghi chú", null], [null, 0.7]],
      numberFormats: [[null, null], [null, null]],
      merges: [],
    });
  });

  it("widens the grid to merged areas beyond the last value", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Tiêu đề");
    ws.getCell("B2").value = "Tiêu đề";
    ws.mergeCells("B2:D3");
    const [grid] = workbookToGrids(await roundTrip(workbook));
    expect(grid.origin).toBe("B2");
    expect(grid.values).toEqual([["Tiêu đề", null, null], [null, null, null]]);
  });

  it("returns no grid for a workbook without values", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").getCell("A1").numFmt = "0.00";
    expect(workbookToGrids(await roundTrip(workbook))).toEqual([]);
  });
});

describe("toCellValue", () => {
  it.each([
    [{ formula: "1/0", result: { error: "#DIV/0!" } }, { error: "#DIV/0!" }],
    [{ formula: "A1" }, { error: "#FORMULA?" }],
    [{ sharedFormula: "E4", result: "x" }, "x"],
    [{ richText: [{ text: "Hộ " }, { text: "nghèo" }] }, "Hộ nghèo"],
    [{ text: { richText: [{ text: "liên " }, { text: "kết" }] }, hyperlink: "https://x" }, "liên kết"],
    [new Date(Date.UTC(2020, 11, 31)), "2020-12-31"],
    [{ formula: "TODAY()", result: new Date(Date.UTC(2021, 0, 5)) }, "2021-01-05"],
    [false, false],
    [undefined, null],
  ])("%j → %j", (input, expected) => {
    expect(toCellValue(input)).toEqual(expected);
  });
});

describe("readWorkbookBuffer", () => {
  it("accepts an ArrayBuffer as the browser's File.arrayBuffer() gives it", async () => {
    const bytes = new Uint8Array(await districtWorkbook().xlsx.writeBuffer());
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const workbook = await readWorkbookBuffer(copy as ArrayBuffer);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Huyện Phú Lộc", "Trống", "Ghi chú"]);
  });

  it.each([
    ["empty", new Uint8Array(0), /huyen\.xlsx is empty/],
    ["an old .xls", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /huyen\.xlsx is an old Excel 97-2003/],
    ["text", new TextEncoder().encode("TT;Đơn vị;Số hộ\n"), /huyen\.xlsx is not an \.xlsx workbook/],
    ["a broken zip", Uint8Array.from([0x50, 0x4b, 3, 4, 1, 2, 3]), /huyen\.xlsx could not be read as an \.xlsx workbook/],
  ])("rejects %s with XlsxFileError 'unreadable' naming the file", async (_label, bytes, message) => {
    const error = await readWorkbookBuffer(bytes, "huyen.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxFileError);
    expect(error).toMatchObject({ code: "unreadable", file: "huyen.xlsx" });
    expect((error as XlsxFileError).text.en).toMatch(message);
  });

  it("rejects a zip without worksheets, in Vietnamese by default", async () => {
    const bytes = new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer());
    await expect(readWorkbookBuffer(bytes, "thu.docx")).rejects.toMatchObject({
      code: "unreadable",
      message: "Tệp thu.docx không có trang tính nào: có phải sổ .xlsx không?",
      text: { en: expect.stringContaining("thu.docx has no worksheets") },
    });
  });
});

describe("formulas saved without their values", () => {
  it("are said at their cell, and a total row of such formulas is still known by its label", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Huyện");
    ws.addRow(["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo"]);
    ws.addRow([1, "Xã A", 1000, 100]);
    ws.addRow([2, "Xã B", 3000, { formula: "10*6" }]);
    ws.addRow([null, "Toàn huyện", { formula: "SUM(C2:C3)" }, { formula: "SUM(D2:D3)" }]);
    const grids = workbookToGrids(await readWorkbookBuffer(await workbook.xlsx.writeBuffer()));
    const analysis = analyze(grids, { targetHouseholds: 10 });
    expect(analysis.tables[0].total?.name).toBe("Toàn huyện");
    expect(analysis.tables[0].units).toHaveLength(2);
    const unsaved = analysis.issues.filter((i) => i.code === "formula-without-value").map((i) => i.cell);
    expect(unsaved).toEqual(["D3", "C4", "D4"]);
    expect(analysis.issues.find((i) => i.cell === "D3")?.message.vi).toContain("mở tệp bằng Excel và lưu lại");
  });
});
