import { writeAppendix, PRINT_SETUP } from "../../src/office/write-appendix";
import { ROWS_PER_TURN } from "../../src/office/appendix-batches";
import type { AppendixLayout } from "../../src/engine/appendix/layout";
import { OfficeHostError } from "../../src/office/errors";
import { cellAt, FakeExcel, formatAt, installOffice, type FakeSheet } from "../helpers/fake-excel";
import { engineLayout, makeUnits, sourceRows } from "./appendix-fixture";

const FIVE_MB = 5 * 1024 * 1024;

function workbook(excelApi = "1.13"): FakeExcel {
  const excel = new FakeExcel(excelApi);
  installOffice(excel);
  excel.addSheet("Huyện Phong Điền", sourceRows(makeUnits(9)), { merges: ["A1:E1"] });
  excel.addSheet("Phụ lục 2021", [["an older appendix"]]);
  return excel;
}

/** Everything about the sheets, to prove the write never changed them. */
const snapshot = (sheets: FakeSheet[]): string =>
  JSON.stringify(sheets.map((s) => ({ ...s, columnWidths: [...s.columnWidths], rowHeights: [...s.rowHeights] })));

describe("writeAppendix", () => {
  it("writes 10 units in 5 syncs: the sheet names, the new sheet, the whole appendix, its chart, print setup", async () => {
    const excel = workbook();
    const before = snapshot(excel.sheets);
    const progress: number[] = [];
    const result = await writeAppendix(excel.context, engineLayout(makeUnits(10)), { onProgress: (f) => progress.push(f) });

    expect(result).toEqual({ sheetName: "Phụ lục 2021 (2)", leftOut: [] });
    expect(excel.syncs).toHaveLength(5);
    expect(progress).toEqual([1]);
    expect(snapshot(excel.sheets.slice(0, 2))).toBe(before);

    const sheet = excel.sheet("Phụ lục 2021 (2)");
    expect(excel.activeSheetId).toBe(sheet.id);
    // The engine's layout: titles, the header in rows 5–7, units from row 8, the total in row 18.
    expect(cellAt(sheet, "A8")).toEqual({ value: "1", numberFormat: "@" });
    expect(cellAt(sheet, "B8")).toEqual({ value: "Xã Phong Điền 1", numberFormat: "@" });
    // makeUnits: the first unit has 500 households, 10 poor, 30 persons.
    expect(cellAt(sheet, "C8")).toEqual({ value: 500, numberFormat: "#,##0" });
    expect(cellAt(sheet, "F8")?.formula).toBe("=ROUND(D8/C8*100,2)");
    expect(cellAt(sheet, "K8")?.formula).toBe("=ROUND(C8*1007/1000,0)");
    expect(cellAt(sheet, "C18")?.formula).toBe("=SUM(C8:C17)");
    expect(cellAt(sheet, "K6")).toEqual({ value: "Tổng số hộ dân (tăng khoảng 0,7%)", numberFormat: "@" });
    expect(cellAt(sheet, "A18")).toEqual({ value: "Toàn tỉnh", numberFormat: "@" });
    expect(formatAt(sheet, "A18")).toMatchObject({ "font.bold": true, "font.name": "Times New Roman", "border.top.style": "Continuous" });
    expect(formatAt(sheet, "D12")).toMatchObject({ "border.left.style": "Continuous", "border.bottom.weight": "Thin", horizontalAlignment: "Right" });
    expect(sheet.merges).toContainEqual({ top: 5, left: 3, bottom: 5, right: 10 });
    expect(sheet.merges).toContainEqual({ top: 18, left: 1, bottom: 18, right: 2 });
    expect(sheet.columnWidths.get(2)).toBe(126); // 24 characters: 168 px = 126 pt
    expect(sheet.rowHeights.get(7)).toBe(66);
    expect(sheet.frozenRows).toBe(7);
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftMargin: 28.8, // 0.4 inch
      centerHorizontally: true,
      printTitleRows: "$5:$7",
    });
  });

  it("writes 10,600 units in the same 4 syncs, each request under Excel on the web's 5 MB", async () => {
    const excel = workbook();
    const layout = engineLayout(makeUnits(10_600));
    await writeAppendix(excel.context, layout);

    expect(excel.syncs).toHaveLength(4);
    for (const sync of excel.syncs) expect(sync.requestBytes).toBeLessThan(FIVE_MB);
    expect(excel.syncs[2].operations).toBeLessThan(400);
    const sheet = excel.sheet("Phụ lục 2021 (2)");
    expect(cellAt(sheet, "N10607")?.formula).toBe("=ROUND(M10607/K10607*100,2)");
    expect(cellAt(sheet, "A10608")?.value).toBe("Toàn tỉnh");
  });

  it("lets the event loop turn between slices of a national appendix's rows, in the same 4 syncs", async () => {
    const excel = workbook();
    const layout = engineLayout(makeUnits(10_600));
    // Which plan rows' cells are made between two runs of another task: a ticker on 0 ms timers, whose
    // pending timer always precedes the writer's yield in Node's first-in first-out timer list, so it
    // runs between two slices exactly when the writer gives other tasks a turn. (A setImmediate ticker
    // depended on timing: a slice run in the check phase after the ticker's callback was counted with
    // the next slice, run by a timer before the next check phase.)
    const madeInTurn: Set<string>[] = [new Set()];
    let ticking = true;
    const tick = (): void => {
      if (!ticking) return;
      madeInTurn.push(new Set());
      setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const planRows = layout.planRows as NonNullable<AppendixLayout["planRows"]>;
    const rows = new Proxy(planRows.rows, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) madeInTurn[madeInTurn.length - 1].add(key);
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    await writeAppendix(excel.context, { ...layout, planRows: { ...planRows, rows } } as AppendixLayout);
    ticking = false;

    expect(excel.syncs).toHaveLength(4);
    const made = new Set(madeInTurn.flatMap((turn) => [...turn]));
    // Every plan row (the units' and the total's) made.
    expect(made.size).toBe(planRows.rows.length);
    // The first plan row is read with every row (it says where the plan starts).
    for (const turn of madeInTurn) expect(turn.size).toBeLessThanOrEqual(ROWS_PER_TURN + 1);
    expect(cellAt(excel.sheet("Phụ lục 2021 (2)"), "B10607")?.value).toBe("Xã Phong Điền 10600");
  });

  it("splits an appendix too big for one request into row chunks, one sync each", async () => {
    const excel = workbook();
    const layout = engineLayout(makeUnits(25_000));
    const progress: number[] = [];
    await writeAppendix(excel.context, layout, { onProgress: (f) => progress.push(f) });

    expect(excel.syncs.length).toBeGreaterThan(4);
    for (const sync of excel.syncs) expect(sync.requestBytes).toBeLessThan(FIVE_MB);
    // Every sync but the names, the new sheet and print setup writes a chunk.
    expect(progress).toHaveLength(excel.syncs.length - 3);
    expect(progress[progress.length - 1]).toBe(1);
    const sheet = excel.sheet("Phụ lục 2021 (2)");
    expect(cellAt(sheet, "F25007")?.formula).toBe("=ROUND(D25007/C25007*100,2)");
    expect(formatAt(sheet, "F25007")).toMatchObject({ "border.top.style": "Continuous", "font.size": 11 });
    expect(cellAt(sheet, "C25008")?.formula).toBe("=SUM(C8:C25007)");
    expect(sheet.frozenRows).toBe(7);
  });

  it.each([
    ["10 units", 10],
    ["25,000 units (chunked)", 25_000],
  ])("leaves no new sheet behind and the others unchanged when a content sync fails (%s)", async (_, count) => {
    const layout = engineLayout(makeUnits(count));
    const clean = workbook();
    await writeAppendix(clean.context, layout);
    // The last syncs are the chart (when there is one) and print setup, whose failures are no
    // failure of the write (see below and write-chart.test.ts).
    for (let failAt = 1; failAt < clean.syncs.length - (layout.chart ? 1 : 0); failAt++) {
      const excel = workbook();
      const before = snapshot(excel.sheets);
      excel.failAtSync = failAt;
      const error = await writeAppendix(excel.context, layout).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OfficeHostError);
      expect(error).toMatchObject({ code: "write-failed" });
      if (failAt === 2) {
        // The fake applied the add and failed before the id came back: the sheet is named, not deleted.
        expect(snapshot(excel.sheets.slice(0, 2))).toBe(before);
        expect((error as OfficeHostError).text.vi).toContain('"Phụ lục 2021 (2)"');
      } else {
        expect(snapshot(excel.sheets)).toBe(before);
      }
    }
  });

  it("never deletes a sheet another window made with the same name meanwhile", async () => {
    const excel = workbook();
    excel.beforeSync = (n) => {
      // Between reading the names and adding the sheet, someone else takes the free name.
      if (n === 2) excel.addSheet("Phụ lục 2021 (2)", [["their own work"]]);
    };
    const error = await writeAppendix(excel.context, engineLayout(makeUnits(10))).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "write-failed" });
    expect(cellAt(excel.sheet("Phụ lục 2021 (2)"), "A1")?.value).toBe("their own work");
  });

  it("deletes its own sheet by id when a later request fails, even after another window renamed it", async () => {
    const excel = workbook();
    const before = snapshot(excel.sheets);
    excel.beforeSync = (n) => {
      if (n === 3) excel.sheet("Phụ lục 2021 (2)").name = "Bản nháp";
    };
    excel.failAtSync = 3;
    const error = await writeAppendix(excel.context, engineLayout(makeUnits(10))).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "write-failed" });
    expect((error as OfficeHostError).text.vi).toContain("đã được xoá");
    expect(snapshot(excel.sheets)).toBe(before);
  });

  it("keeps the appendix and reports print setup as left out when Excel refuses it", async () => {
    const excel = workbook();
    excel.failPageLayout = true;
    const result = await writeAppendix(excel.context, engineLayout(makeUnits(10)));
    expect(result).toEqual({ sheetName: "Phụ lục 2021 (2)", leftOut: [PRINT_SETUP] });
    const sheet = excel.sheet(result.sheetName);
    expect(cellAt(sheet, "B8")?.value).toBe("Xã Phong Điền 1");
    expect(sheet.frozenRows).toBe(7);
  });

  it("keeps text that looks like a formula, a number or a sign as text", async () => {
    const excel = workbook();
    const names = ["=1+1", "+84 Xã Biển", "-Xã Âm", "@Xã", "0012", "TRUE"];
    await writeAppendix(excel.context, engineLayout(makeUnits(6, names)));
    const sheet = excel.sheet("Phụ lục 2021 (2)");
    names.forEach((name, i) => expect(cellAt(sheet, `B${8 + i}`)).toEqual({ value: name, numberFormat: "@" }));
  });

  it("still writes the appendix without ExcelApi 1.9, and says print setup was left out", async () => {
    const excel = workbook("1.8");
    const result = await writeAppendix(excel.context, engineLayout(makeUnits(10)));
    expect(result.leftOut).toEqual([PRINT_SETUP]);
    expect(excel.syncs).toHaveLength(4);
    const sheet = excel.sheet(result.sheetName);
    expect(sheet.pageLayout).toEqual({});
    expect(cellAt(sheet, "B8")?.value).toBe("Xã Phong Điền 1");
  });

  it("uses the name asked for, made unique the way Excel compares names", async () => {
    const excel = workbook();
    const result = await writeAppendix(excel.context, engineLayout(makeUnits(2)), { sheetName: "PHỤ LỤC 2021" });
    expect(result.sheetName).toBe("PHỤ LỤC 2021 (2)");
  });
});
