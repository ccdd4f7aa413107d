import { readGrids } from "../../src/office/read-grids";
import { OfficeHostError } from "../../src/office/errors";
import { parseArea } from "../../src/engine/cells/address";
import { analyze } from "../../src/engine/analysis";
import { FakeExcel, installOffice } from "../helpers/fake-excel";
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
  it.each([9, 10_600])("reads every sheet of %i units in 2 syncs, loading only what grids need", async (count) => {
    const excel = province(count);
    const grids = await readGrids(excel.context, { kind: "all" });

    expect(excel.syncs).toHaveLength(2);
    for (const sync of excel.syncs) expect(sync.responseBytes).toBeLessThan(FIVE_MB);
    expect(new Set(excel.loadedProperties)).toEqual(new Set(["items/name", "address", "values", "numberFormat", "valueTypes"]));
    expect(grids).toHaveLength(9);
    expect(grids.reduce((n, g) => n + g.values.length - 4, 0)).toBe(count);
    const first = grids[0];
    expect(first.sheet).toBe("Huyện 1");
    expect(first.origin).toBe("B2");
    expect(first.values[3].slice(0, 3)).toEqual([1, "Xã Phong Điền 1", expect.any(Number)]);
    expect(first.numberFormats?.[3][5]).toBe("0.00");
    expect(first.values[first.values.length - 1][5]).toEqual({ error: "#DIV/0!" });
    expect(first.merges).toEqual(expect.arrayContaining(["B2:M2", "E3:G3"]));
    // The grids are what the engine reads: every unit found, the #DIV/0! reported where it is.
    const analysis = analyze(grids);
    expect(analysis.tables.reduce((n, t) => n + t.units.length, 0)).toBe(count);
    expect(analysis.issues).toContainEqual(expect.objectContaining({ code: "error-value", sheet: "Huyện 1", cell: `G${first.values.length + 1}` }));
  });

  it("reads the active sheet, or the selection clipped to the used cells, in 1 sync", async () => {
    const excel = province(9, 3);
    excel.activeSheetId = excel.sheet("Huyện 2").id;
    const [active] = await readGrids(excel.context, { kind: "active" });
    expect(active.sheet).toBe("Huyện 2");
    expect(excel.syncs).toHaveLength(1);

    excel.selection = { sheet: excel.sheet("Huyện 3"), area: parseArea("C1:D1048576") };
    const [selected] = await readGrids(excel.context, { kind: "selection" });
    expect(selected).toMatchObject({ sheet: "Huyện 3", origin: "C2" });
    expect(selected.values).toHaveLength(7);
    expect(selected.values[0]).toHaveLength(2);
    expect(excel.syncs).toHaveLength(2);
  });

  it("reads the named sheets, and says which are missing", async () => {
    const excel = province(9, 3);
    const grids = await readGrids(excel.context, { kind: "sheets", names: ["Huyện 3", "Huyện 1"] });
    expect(grids.map((g) => g.sheet)).toEqual(["Huyện 1", "Huyện 3"]);
    const error = await readGrids(excel.context, { kind: "sheets", names: ["Huyện 9"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeHostError);
    expect(error).toMatchObject({ code: "sheet-not-found" });
  });

  it("handles quoted sheet names, skips empty sheets, and reads no merges before ExcelApi 1.13", async () => {
    const excel = new FakeExcel("1.7");
    installOffice(excel);
    excel.addSheet("Lan's, data", [["TT", "Đơn vị"], [1, "Xã A"]], { merges: ["A1:B1"] });
    excel.addSheet("Trống", []);
    const grids = await readGrids(excel.context, { kind: "all" });
    expect(grids).toEqual([
      { sheet: "Lan's, data", origin: "A1", values: [["TT", "Đơn vị"], [1, "Xã A"]], numberFormats: [["General", "General"], ["General", "General"]] },
    ]);
  });
});
