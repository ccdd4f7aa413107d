/** The fake host must fail where Excel fails, or the adapter's tests prove nothing. */
import { cellAt, FakeExcel, installOffice, renameSheet, typeInto } from "../helpers/fake-excel";
import { parseArea } from "../../src/engine/cells/address";

function excelWithSheet(excelApi = "1.13"): FakeExcel {
  const excel = new FakeExcel(excelApi);
  installOffice(excel);
  excel.addSheet("Tỉnh", [["TT", "Đơn vị"], [1, "Xã A"]]);
  return excel;
}

describe("the fake Excel host", () => {
  /* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
     this test reads too early on purpose */
  it("throws PropertyNotLoaded for a property not loaded, or loaded but not yet synced", async () => {
    const excel = excelWithSheet();
    const context = excel.context;
    const range = context.workbook.worksheets.getItem("Tỉnh").getRange("A1:B2");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(range.values).toEqual([["TT", "Đơn vị"], [1, "Xã A"]]);
    expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });
  /* eslint-enable office-addins/load-object-before-read, office-addins/call-sync-before-read */

  it("applies writes only at sync, and parses entered text as Excel does unless the cell is Text", async () => {
    const excel = excelWithSheet();
    const sheet = excel.context.workbook.worksheets.getItem("Tỉnh");
    sheet.getRange("C1:F1").formulas = [["=1+1", "-5", "0012", "+84 Xã"]];
    expect(cellAt(excel.sheet("Tỉnh"), "C1")).toBeUndefined();
    await excel.context.sync();
    const written = ["C1", "D1", "E1", "F1"].map((a) => cellAt(excel.sheet("Tỉnh"), a));
    expect(written.map((c) => c?.formula ?? c?.value)).toEqual(["=1+1", -5, 12, "=+84 Xã"]);
  });

  it("counts syncs, measures them, and fails the one asked after applying half of it", async () => {
    const excel = excelWithSheet();
    excel.failAtSync = 1;
    const sheet = excel.context.workbook.worksheets.getItem("Tỉnh");
    sheet.getRange("A5").values = [["first"]];
    sheet.getRange("A6").values = [["second"]];
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    expect(cellAt(excel.sheet("Tỉnh"), "A5")?.value).toBe("first");
    expect(cellAt(excel.sheet("Tỉnh"), "A6")).toBeUndefined();
    // The two writes as JSON: {"path":"worksheets.getItem(Tỉnh).getRange(A5)","action":"values","value":[["first"]]}
    // is 9 + 39 (the path; "ỉ" takes 3 bytes) + 28 + 11 + 1 = 88 bytes, the second one byte more, 3 for [ , ].
    expect(excel.syncs).toEqual([{ operations: 2, requestBytes: 180, responseBytes: 0 }]);
  });

  it("measures a request in UTF-8 bytes, as Excel on the web's 5 MB limit counts them", async () => {
    const requestBytes = async (text: string) => {
      const excel = excelWithSheet();
      excel.context.workbook.worksheets.getItem("Tỉnh").getRange("A5").values = [[text]];
      await excel.context.sync();
      return excel.syncs[0].requestBytes;
    };
    const plain = await requestBytes("Xa");
    // "ã" is 2 bytes in UTF-8, "ễ" 3: one character each, one and two bytes more than "a".
    expect((await requestBytes("Xã")) - plain).toBe(1);
    expect((await requestBytes("Xễ")) - plain).toBe(2);
    expect((await requestBytes("Xa12345")) - plain).toBe(5);
  });

  it("lets an object from add() live only in its own request, and refuses APIs above its version", async () => {
    const excel = excelWithSheet("1.8");
    const added = excel.context.workbook.worksheets.add("Mới");
    await excel.context.sync();
    added.activate();
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "InvalidObjectPath" });
    expect(() => excel.context.workbook.worksheets.getItem("Mới").pageLayout).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
  });

  it("refuses a request over Excel on the web's 5 MB", async () => {
    const excel = excelWithSheet();
    const text = "x".repeat(1000);
    excel.context.workbook.worksheets.getItem("Tỉnh").getRange("A1:A6000").values = Array.from({ length: 6000 }, () => [text]);
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it("returns only merged areas whose top-left cell is in the range, and fails beyond 512 of them", async () => {
    const excel = excelWithSheet();
    excel.sheet("Tỉnh").merges.push(parseArea("A1:B2"), parseArea("C1:D1"));
    const sheet = excel.context.workbook.worksheets.getItem("Tỉnh");
    const fromB2 = sheet.getRange("B2:D3").getMergedAreasOrNullObject().load("address");
    const fromA1 = sheet.getRange("A1:D3").getMergedAreasOrNullObject().load("address");
    await excel.context.sync();
    expect(fromB2.isNullObject).toBe(true);
    expect(fromA1.address).toBe("'Tỉnh'!A1:B2,'Tỉnh'!C1:D1");

    excel.sheet("Tỉnh").merges.push(...Array.from({ length: 511 }, (_, i) => parseArea(`A${i + 3}:B${i + 3}`)));
    sheet.getRange().getMergedAreasOrNullObject().load("address");
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "GeneralException" });
  });

  it("refuses to read more than 5,000,000 cells, and a multi-area selection through getSelectedRange", async () => {
    const excel = excelWithSheet();
    excel.context.workbook.worksheets.getItem("Tỉnh").getRange("A1:E1000001").load("values");
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });

    excel.selection = { sheet: excel.sheet("Tỉnh"), area: parseArea("A1:B2") };
    excel.alsoSelected = [parseArea("D4")];
    const areas = excel.context.workbook.getSelectedRanges().load("areaCount");
    await excel.context.sync();
    expect(areas.areaCount).toBe(2);
    excel.context.workbook.getSelectedRange().load("address");
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "InvalidSelection" });
  });

  it("keeps each sheet's own selection: activating a sheet selects what was selected there, A1 on a new one", async () => {
    const excel = excelWithSheet();
    excel.addSheet("Khác", [["x"]]);
    const worksheets = excel.context.workbook.worksheets;
    const selected = () => excel.context.workbook.getSelectedRange().load("address");
    worksheets.getItem("Tỉnh").getRange("A1:B2").select();
    worksheets.getItem("Khác").activate();
    const onOther = selected();
    await excel.context.sync();
    expect(onOther.address).toBe("'Khác'!A1");
    worksheets.getItem("Tỉnh").activate();
    const back = selected();
    await excel.context.sync();
    expect(back.address).toBe("'Tỉnh'!A1:B2");
  });

  it("tells a worksheet's onChanged handler of a typed cell only once it was synced, and no more once removed", async () => {
    const excel = excelWithSheet();
    excel.addSheet("Khác", [["x"]]);
    const heard: unknown[] = [];
    const result = excel.context.workbook.worksheets.getItem("Tỉnh").onChanged.add(async (args) => void heard.push(args));
    await typeInto(excel, "Tỉnh", "B2", "Xã B");
    expect(heard).toEqual([]);
    await excel.context.sync();
    await typeInto(excel, "Khác", "A1", "y");
    await typeInto(excel, "Tỉnh", "B2", "Xã C");
    expect(heard).toEqual([{ type: "WorksheetChanged", changeType: "RangeEdited", source: "Local", worksheetId: excel.sheet("Tỉnh").id, address: "B2" }]);
    result.remove();
    await typeInto(excel, "Tỉnh", "B2", "Xã D");
    expect(heard).toHaveLength(2);
    await result.context.sync();
    await typeInto(excel, "Tỉnh", "B2", "Xã E");
    expect(heard).toHaveLength(2);
    expect(excel.changeHandlers).toHaveLength(0);
  });

  it("keeps a renamed sheet's id and its handlers; its old name finds nothing, its id finds it", async () => {
    const excel = excelWithSheet();
    const worksheets = excel.context.workbook.worksheets;
    const heard: unknown[] = [];
    const before = worksheets.getItem("Tỉnh").load("id");
    worksheets.getItem("Tỉnh").onChanged.add(async (args) => void heard.push(args));
    await excel.context.sync();

    renameSheet(excel, "Tỉnh", "Toàn tỉnh");
    expect(() => renameSheet(excel, "Toàn tỉnh", "A:B")).toThrow(/refuses/);
    worksheets.getItem("Tỉnh").load("name");
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    const byId = worksheets.getItem(before.id).load("name, id");
    await excel.context.sync();
    expect(byId).toMatchObject({ name: "Toàn tỉnh", id: before.id });
    await typeInto(excel, "Toàn tỉnh", "B2", "Xã B");
    expect(heard).toEqual([expect.objectContaining({ worksheetId: before.id, address: "B2" })]);
  });

  it("has no worksheet events before ExcelApi 1.7", () => {
    const excel = excelWithSheet("1.6");
    expect(() => excel.context.workbook.worksheets.getItem("Tỉnh").onChanged.add(async () => undefined)).toThrow(
      expect.objectContaining({ code: "ApiNotFound" }),
    );
  });
});
