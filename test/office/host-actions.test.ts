import { selectCell } from "../../src/office/select-cell";
import { canImportWorkbooks } from "../../src/office/import-support";
import { importWorkbooks } from "../../src/office/import-workbooks";
import { readSetting, removeSetting, writeSetting } from "../../src/office/settings";
import { OfficeHostError } from "../../src/office/errors";
import { areaA1 } from "../../src/engine/cells/address";
import { cellAt, FakeExcel, installOffice } from "../helpers/fake-excel";

function twoSheets(excelApi = "1.13"): FakeExcel {
  const excel = new FakeExcel(excelApi);
  installOffice(excel);
  excel.addSheet("Tỉnh", [["Tổng hợp"]]);
  excel.addSheet("Huyện A Lưới", [["TT", "Đơn vị"]]);
  return excel;
}

/** A district file as the fake's insertWorksheetsFromBase64 reads it (see fake-excel-workbook for the flags). */
function districtFile(
  name: string,
  sheets: string[],
  extra: { unsupported?: boolean; failAfterInsert?: boolean; padding?: number } = {},
): { name: string; base64: string } {
  const file = {
    sheets: sheets.map((sheet) => ({ name: sheet, rows: [["TT", "Đơn vị"], [1, `Xã của ${sheet}`]] })),
    unsupported: extra.unsupported,
    failAfterInsert: extra.failAfterInsert,
    padding: "x".repeat(extra.padding ?? 0),
  };
  return { name, base64: Buffer.from(JSON.stringify(file)).toString("base64") };
}

describe("selectCell", () => {
  it("activates the finding's sheet and selects its cell in 1 sync", async () => {
    const excel = twoSheets();
    await selectCell(excel.context, "Huyện A Lưới", "D12");
    expect(excel.activeSheetId).toBe(excel.sheet("Huyện A Lưới").id);
    expect(excel.selection?.sheet.name).toBe("Huyện A Lưới");
    expect(areaA1(excel.selection!.area)).toBe("D12");
    expect(excel.syncs).toHaveLength(1);
  });

  it("says when the sheet is gone", async () => {
    const excel = twoSheets();
    await expect(selectCell(excel.context, "Huyện Nam Đông", "A1")).rejects.toMatchObject({ code: "sheet-not-found" });
  });
});

describe("importWorkbooks", () => {
  it("inserts every sheet of each file at the end and returns the names Excel gave them", async () => {
    const excel = twoSheets();
    const names = await importWorkbooks(excel.context, [
      districtFile("a-luoi.xlsx", ["Huyện A Lưới"]),
      districtFile("nam-dong.xlsx", ["Huyện Nam Đông", "Ghi chú"]),
    ]);
    expect(names).toEqual(["Huyện A Lưới (2)", "Huyện Nam Đông", "Ghi chú"]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Tỉnh", "Huyện A Lưới", ...names]);
    expect(cellAt(excel.sheet("Huyện Nam Đông"), "B2")?.value).toBe("Xã của Huyện Nam Đông");
    // The sheets there were, one per file, the new names.
    expect(excel.syncs).toHaveLength(4);
  });

  it("names the damaged file and the sheets that did arrive before it", async () => {
    const excel = twoSheets();
    const files = [districtFile("a.xlsx", ["A"]), { name: "hong.xlsx", base64: "bm90IGEgd29ya2Jvb2s=" }];
    const error = await importWorkbooks(excel.context, files).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "import-failed" });
    const { vi } = (error as OfficeHostError).text;
    expect(vi).toContain('"hong.xlsx"');
    expect(vi).toContain("bị hỏng");
    expect(vi).toContain("Các trang đã vào sổ: A.");
    // Listed for the pane, which offers to read them.
    expect(error).toMatchObject({ arrived: ["A"] });
  });

  it("refuses a file over 3.7 MB on Excel on the web before sending anything, and sends it on desktop", async () => {
    const big = districtFile("lon.xlsx", ["Huyện Lớn"], { padding: 3_950_000 });
    expect(big.base64.length).toBeGreaterThan(5 * 1024 * 1024);
    const web = twoSheets();
    const error = await importWorkbooks(web.context, [districtFile("a.xlsx", ["A"]), big]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "import-too-large" });
    expect((error as OfficeHostError).text.vi).toMatch(/"lon\.xlsx" lớn hơn 3,7 MB.*Chưa tệp nào được nhập/);
    expect(web.syncs).toHaveLength(0);
    expect(web.sheets.map((s) => s.name)).toEqual(["Tỉnh", "Huyện A Lưới"]);

    const desktop = twoSheets();
    installOffice(desktop, undefined, "PC");
    desktop.payloadLimitBytes = Infinity;
    expect(await importWorkbooks(desktop.context, [big])).toEqual(["Huyện Lớn"]);
  });

  it("says when the file has content this Excel cannot insert, rather than calling it damaged", async () => {
    const excel = twoSheets();
    const error = await importWorkbooks(excel.context, [districtFile("pivot.xlsx", ["P"], { unsupported: true })]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "import-failed" });
    const { vi } = (error as OfficeHostError).text;
    expect(vi).toContain("PivotTable");
    expect(vi).not.toContain("bị hỏng");
    expect(vi).toContain("Chưa trang nào được thêm vào sổ.");
  });

  it("reads the sheets again when Excel inserts a file's sheets and still reports an error (office-js#3179)", async () => {
    const excel = twoSheets();
    const files = [districtFile("a.xlsx", ["A"]), districtFile("b.xlsx", ["B1", "B2"], { failAfterInsert: true })];
    const error = await importWorkbooks(excel.context, files).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "import-failed" });
    expect((error as OfficeHostError).text.vi).toContain("Các trang đã vào sổ: A, B1, B2.");
    expect(excel.sheets.map((s) => s.name)).toEqual(["Tỉnh", "Huyện A Lưới", "A", "B1", "B2"]);
  });

  it("before ExcelApi 1.13, refuses with a coded error that says what to do instead", async () => {
    const excel = twoSheets("1.12");
    expect(canImportWorkbooks()).toBe(false);
    const error = await importWorkbooks(excel.context, [districtFile("a.xlsx", ["A"])]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeHostError);
    expect(error).toMatchObject({ code: "import-unsupported" });
    expect((error as OfficeHostError).text.vi).toMatch(/sao chép trang tính/);
    expect((error as OfficeHostError).text.en).toMatch(/copy its worksheet|web page/);
    expect(excel.syncs).toHaveLength(0);
  });
});

describe("document settings", () => {
  it("keeps JSON values in the workbook and saves them", async () => {
    const excel = twoSheets();
    const settings = installOffice(excel);
    expect(readSetting("columns")).toBeUndefined();
    await writeSetting("columns", { "Huyện A Lưới": { C: "households", D: "poorHouseholds" } });
    expect(readSetting("columns")).toEqual({ "Huyện A Lưới": { C: "households", D: "poorHouseholds" } });
    expect(settings.saves).toBe(1);
    await removeSetting("columns");
    expect(readSetting("columns")).toBeUndefined();
  });

  it("saves every change into the document, which keeps it once the workbook is saved", async () => {
    const excel = twoSheets();
    const settings = installOffice(excel);
    await writeSetting("growth", 0.007);
    await writeSetting("columns", { "Huyện A Lưới": { C: "households" } });
    settings.saveWorkbook();
    await removeSetting("columns");
    settings.saveWorkbook();
    settings.reopen();
    expect(readSetting("growth")).toBe(0.007);
    expect(readSetting("columns")).toBeUndefined();
    expect(settings.saves).toBe(3);

    // A change the workbook was never saved after is gone when it is opened again.
    await writeSetting("growth", 0.01);
    settings.reopen();
    expect(readSetting("growth")).toBe(0.007);
  });

  it("reports a failed save with a code", async () => {
    const excel = twoSheets();
    const settings = installOffice(excel);
    settings.failSave = true;
    await expect(writeSetting("growth", 0.007)).rejects.toMatchObject({ code: "settings-save-failed" });
  });
});
