import { readGrids } from "../../src/office/read-grids";
import type { Content } from "../helpers/fake-excel";
import { OfficeHostError } from "../../src/office/errors";
import { parseArea } from "../../src/engine/cells/address";
import { analyze } from "../../src/engine/analysis";
import { FakeExcel, installOffice, renameSheet } from "../helpers/fake-excel";
import { makeUnits, SOURCE_MERGES, sourceFormats, sourceRows } from "./appendix-fixture";

const FIVE_MB = 5 * 1024 * 1024;

/** The units spread over district sheets, as nine districts would send them. */
function province(unitCount: number, districts = 9, excelApi = "1.13"): FakeExcel {
  const excel = new FakeExcel(excelApi);
  installOffice(excel);
  const units = makeUnits(unitCount);
  const per = Math.ceil(unitCount / districts);
  for (let d = 0; d < districts; d++) {
    const rows = sourceRows(units.slice(d * per, (d + 1) * per), { error: d === 0 });
    excel.addSheet(`Huyện ${d + 1}`, rows, { origin: "B2", formats: sourceFormats(rows.length), merges: SOURCE_MERGES.map(shift) });
  }
  return excel;
}

/** The merges moved one row and column, as the sheets start at B2. */
function shift(area: string): string {
  return area.replace(/([A-Z]+)(\d+)/g, (_, col: string, row: string) => `${String.fromCharCode(col.charCodeAt(0) + 1)}${Number(row) + 1}`);
}

describe("readGrids", () => {
  it("reads only the first rows of each sheet when asked, enough to tell a table is there, in as many syncs", async () => {
    const excel = province(900, 3);
    const { grids } = await readGrids(excel.context, { kind: "all" }, 40);
    expect(grids.map((grid) => [grid.sheet, grid.origin, grid.values.length])).toEqual([1, 2, 3].map((d) => [`Huyện ${d}`, "B2", 40]));
    // The sheet names, the used areas, the cells, the merges.
    expect(excel.syncs).toHaveLength(4);
    expect(analyze(grids, { currentYear: 2026 }).tables.map((table) => table.sheet)).toEqual(["Huyện 1", "Huyện 2", "Huyện 3"]);
  });

  it.each([
    [9, 4],
    [700, 4],
    [10_600, 5],
  ])("reads every sheet of %i units in %i syncs, loading only what grids need", async (count, syncs) => {
    const excel = province(count);
    const { grids, leftOut } = await readGrids(excel.context, { kind: "all" });

    // Names, used areas, cells (two requests for 10,600 units), merged areas.
    expect(excel.syncs).toHaveLength(syncs);
    expect(leftOut).toEqual([]);
    for (const sync of excel.syncs) expect(sync.responseBytes).toBeLessThan(FIVE_MB);
    expect(new Set(excel.loadedProperties)).toEqual(new Set(["items/name", "items/id", "address", "values", "numberFormat", "valueTypes"]));
    expect(grids).toHaveLength(9);
    expect(grids.reduce((n, g) => n + g.values.length - 4, 0)).toBe(count);
    const first = grids[0];
    expect(first.sheet).toBe("Huyện 1");
    expect(first.origin).toBe("B2");
    expect(first.values[3].slice(0, 4)).toEqual([1, "Xã Phong Điền 1", 500, 10]);
    expect(first.numberFormats?.[3][5]).toBe("0.00");
    expect(first.values[first.values.length - 1][5]).toEqual({ error: "#DIV/0!" });
    expect(first.merges).toEqual(expect.arrayContaining(["B2:M2", "E3:G3"]));
    expect(first.merges).toHaveLength(SOURCE_MERGES.length);
    // The grids are what the engine reads: every unit found, the #DIV/0! reported where it is.
    const analysis = analyze(grids);
    expect(analysis.tables.reduce((n, t) => n + t.units.length, 0)).toBe(count);
    expect(analysis.issues).toContainEqual(expect.objectContaining({ code: "error-value", sheet: "Huyện 1", cell: `G${first.values.length + 1}` }));
  });

  it("reads the active sheet, or the selection clipped to the used cells, in 3 syncs", async () => {
    const excel = province(9, 3);
    excel.activeSheetId = excel.sheet("Huyện 2").id;
    const { grids: [active] } = await readGrids(excel.context, { kind: "active" });
    expect(active.sheet).toBe("Huyện 2");
    expect(excel.syncs).toHaveLength(3);

    excel.selection = { sheet: excel.sheet("Huyện 3"), area: parseArea("C1:D1048576") };
    const { grids: [selected] } = await readGrids(excel.context, { kind: "selection" });
    expect(selected).toMatchObject({ sheet: "Huyện 3", origin: "C2" });
    expect(selected.values).toHaveLength(7);
    expect(selected.values[0]).toHaveLength(2);
    expect(excel.syncs).toHaveLength(6);
  });

  it("reads the named sheets, and says which are missing", async () => {
    const excel = province(9, 3);
    const { grids } = await readGrids(excel.context, { kind: "sheets", names: ["Huyện 3", "Huyện 1"] });
    expect(grids.map((g) => g.sheet)).toEqual(["Huyện 1", "Huyện 3"]);
    const error = await readGrids(excel.context, { kind: "sheets", names: ["Huyện 9"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeHostError);
    expect(error).toMatchObject({ code: "sheet-not-found" });
  });

  it("reads a selection read before where it was, on a sheet renamed since, with the header merges above it", async () => {
    const excel = province(9, 3);
    excel.selection = { sheet: excel.sheet("Huyện 1"), area: parseArea("C4:M1048576") };
    const { grids: [selected] } = await readGrids(excel.context, { kind: "selection" });
    expect(selected).toMatchObject({ sheet: "Huyện 1", sheetId: excel.sheet("Huyện 1").id, selection: "C4:M1048576" });
    renameSheet(excel, "Huyện 1", "Huyện Phong Điền");
    excel.selection = { sheet: excel.sheet("Huyện 2"), area: parseArea("A1") };
    const before = excel.syncs.length;
    const { grids: [again] } = await readGrids(excel.context, { kind: "area", sheet: "Huyện 1", sheetId: selected.sheetId, address: selected.selection! });
    expect(again).toEqual({ ...selected, sheet: "Huyện Phong Điền" });
    // The sheets' names and ids, the used part, the cells, the merges.
    expect(excel.syncs.length - before).toBe(4);
  });

  it("finds a sheet renamed since it was read by the id it had, in as many syncs as by name", async () => {
    const excel = province(9, 3);
    const id = excel.sheet("Huyện 2").id;
    renameSheet(excel, "Huyện 2", "Huyện Phú Vang");
    const { grids } = await readGrids(excel.context, { kind: "sheets", names: ["Huyện 2", "Huyện 3"], ids: [id, undefined] });
    expect(grids.map((g) => [g.sheet, g.sheetId])).toEqual([["Huyện Phú Vang", id], ["Huyện 3", excel.sheet("Huyện 3").id]]);
    expect(excel.syncs).toHaveLength(4);
    const gone = await readGrids(excel.context, { kind: "sheets", names: ["Huyện 2"], ids: ["{no-such-sheet}"] }).catch((e: unknown) => e);
    expect(gone).toMatchObject({ code: "sheet-not-found", text: { vi: expect.stringContaining("Huyện 2") } });
  });

  it("handles quoted sheet names, skips empty sheets, and reads no merges before ExcelApi 1.13", async () => {
    const excel = new FakeExcel("1.7");
    installOffice(excel);
    excel.addSheet("Lan's, data", [["TT", "Đơn vị"], [1, "Xã A"]], { merges: ["A1:B1"] });
    excel.addSheet("Trống", []);
    const { grids } = await readGrids(excel.context, { kind: "all" });
    expect(grids).toEqual([
      { sheet: "Lan's, data", sheetId: excel.sheet("Lan's, data").id, origin: "A1", values: [["TT", "Đơn vị"], [1, "Xã A"]], numberFormats: [["General", "General"], ["General", "General"]] },
    ]);
  });
});

/** A household list as a district keeps beside its table: one row per household. */
function householdRows(count: number): Content[][] {
  return Array.from({ length: count }, (_, i) => [i + 1, `Hộ Nguyễn Văn ${i + 1}`, `Thôn ${i % 40}`, 1 + (i % 7), i % 3 === 0 ? "Nghèo" : "Cận nghèo", 1990 + (i % 30)]);
}

describe("readGrids within Excel on the web's limits", () => {
  it("reads a 200,000-row household list beside the table in row chunks, each request within the limits", async () => {
    const excel = province(9);
    excel.addSheet("Danh sách hộ", householdRows(200_000));
    const { grids } = await readGrids(excel.context, { kind: "all" });

    // Names, used areas, 11 cell requests (1,200,000 cells at 125,000 a request), merged areas.
    expect(excel.syncs).toHaveLength(14);
    for (const sync of excel.syncs) {
      expect(sync.responseBytes).toBeLessThan(4_000_000);
      expect(sync.requestBytes).toBeLessThan(FIVE_MB);
    }
    const list = grids[grids.length - 1];
    expect(list.sheet).toBe("Danh sách hộ");
    expect(list.values).toHaveLength(200_000);
    expect(list.values[199_999]).toEqual([200_000, "Hộ Nguyễn Văn 200000", "Thôn 39", 1 + (199_999 % 7), "Cận nghèo", 1990 + (199_999 % 30)]);
    expect(grids.slice(0, 9).reduce((n, g) => n + g.values.length - 4, 0)).toBe(9);
  });

  it("reads again in halves when the text is longer than the estimate and Excel refuses the response", async () => {
    const excel = province(9, 1);
    const long = "x".repeat(200);
    excel.addSheet("Ghi chú", Array.from({ length: 30_000 }, (_, i): Content[] => [i + 1, long, long]));
    const { grids } = await readGrids(excel.context, { kind: "all" });
    expect(grids[1].values).toHaveLength(30_000);
    expect(grids[1].values[29_999]).toEqual([30_000, long, long]);
    expect(excel.syncs.length).toBeGreaterThan(4);
  });

  it("reads a sheet over 512 merged areas without its merges, says so, and keeps the other sheets' merges", async () => {
    const excel = province(9, 2);
    const rows = Array.from({ length: 700 }, (_, i): Content[] => [`Mục ${i + 1}`, null, i]);
    excel.addSheet("Biểu mẫu", rows, { merges: rows.map((_, i) => `A${i + 1}:B${i + 1}`) });
    const { grids, leftOut } = await readGrids(excel.context, { kind: "all" });

    expect(grids.map((g) => g.sheet)).toEqual(["Huyện 1", "Huyện 2", "Biểu mẫu"]);
    expect(grids[0].merges).toHaveLength(SOURCE_MERGES.length);
    expect(grids[1].merges).toHaveLength(SOURCE_MERGES.length);
    expect(grids[2].merges).toBeUndefined();
    expect(grids[2].values).toHaveLength(700);
    expect(leftOut).toHaveLength(1);
    expect(leftOut[0].vi).toContain('"Biểu mẫu"');
    expect(leftOut[0].vi).toContain("512");
  });

  it("reads the header merges that start above or left of the selection", async () => {
    const excel = province(9, 1);
    // The table's header is B3:M4 (merged C3:C4, E3:G3…); the officer selects from row 4, column C.
    excel.selection = { sheet: excel.sheet("Huyện 1"), area: parseArea("C4:M20") };
    const { grids: [selected] } = await readGrids(excel.context, { kind: "selection" });
    expect(selected.origin).toBe("C4");
    expect(selected.merges).toEqual(expect.arrayContaining(["C3:C4", "D3:D4"]));
  });

  it("asks for one area when several are selected", async () => {
    for (const api of ["1.13", "1.8"]) {
      const excel = province(9, 1, api);
      excel.selection = { sheet: excel.sheet("Huyện 1"), area: parseArea("B2:M6") };
      excel.alsoSelected = [parseArea("B10:M12")];
      const error = await readGrids(excel.context, { kind: "selection" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OfficeHostError);
      expect(error).toMatchObject({ code: "selection-multiple-areas" });
      expect((error as OfficeHostError).text.vi).toMatch(/chọn một vùng/);
    }
  });
});
