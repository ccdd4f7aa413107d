/** The files host on real .xlsx bytes (exceljs), as the web page uses it. */
import * as ExcelJS from "exceljs";
import { analyze } from "../../src/engine/analysis";
import type { CellValue, Grid } from "../../src/engine/cells/grid";
import { createFilesHost, MAX_FILE_MB } from "../../src/taskpane/files-host";
import type { RowsProgress } from "../../src/taskpane/host";
import { CancelledError, workerRunner } from "../../src/taskpane/xlsx-runner";
import type { AnalysisRequest } from "../../src/taskpane/pane-analysis";
import { summarize } from "../../src/taskpane/summarize";
import { DEFAULT_SETTINGS } from "../../src/taskpane/settings";
import { seedGrid } from "../helpers/seed-grid";
import { communeGrid, communesOf } from "./harness-data";
import { inProcessRunner, StandInWorker } from "./xlsx-runners";

async function xlsxFile(name: string, grids: Grid[]): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  for (const grid of grids) {
    const sheet = workbook.addWorksheet(grid.sheet);
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && typeof value !== "object") sheet.getCell(r + 1, c + 1).value = value;
      }),
    );
    for (const area of grid.merges ?? []) sheet.mergeCells(area);
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  // Only what the host uses of a File: its name and its bytes.
  return { name, arrayBuffer: async () => bytes.buffer } as unknown as File;
}

async function sheetsOf(blob: Blob): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await blob.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return workbook;
}

const currentYear = new Date().getFullYear();
const request = (options: AnalysisRequest["options"] = {}): AnalysisRequest => ({ skipSheets: [], options: { currentYear, ...options } });

test("one workbook: its sheets are read, and the download is that workbook with the appendix added", async () => {
  const host = createFilesHost(inProcessRunner(), null);
  expect(await host.importWorkbooks([await xlsxFile("tinh.xlsx", [seedGrid()])])).toEqual(["Phụ lục"]);
  expect(host.files()).toEqual([{ name: "tinh.xlsx", sheets: ["Phụ lục"] }]);
  const grids = await host.readGrids({ kind: "all" });
  const analysis = analyze(grids, { currentYear });
  expect(analysis.tables).toHaveLength(1);
  expect(analysis.tables[0].units).toHaveLength(9);
  // The worker's analysis is the engine's on the grids the page was given, less the layout's cells.
  expect(await host.analyze(request())).toEqual(summarize(analysis));

  const progress: number[] = [];
  const outcome = await host.writeAppendix(request(), (fraction) => progress.push(fraction));
  expect(outcome.sheetName).toBe("Phụ lục 2021");
  expect(outcome.leftOut).toEqual([]);
  expect(outcome.download?.fileName).toBe("tinh - Phụ lục 2021.xlsx");
  expect(progress[progress.length - 1]).toBe(1);
  const written = await sheetsOf(outcome.download!.blob);
  expect(written.worksheets.map((sheet) => sheet.name)).toEqual(["Phụ lục", "Phụ lục 2021"]);
  // The seed's own title and Huế's published figures: 130 of 1,203 poor households leave 1,073.
  const appendix = written.getWorksheet("Phụ lục 2021")!;
  expect(["A2", "B8", "D8", "L8"].map((address) => appendix.getCell(address).value)).toEqual([
    "CHỈ TIÊU PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO NĂM 2021", "Thành phố Huế", 1203, 130,
  ]);
  expect(appendix.getCell("M8").value).toEqual({ formula: "D8-L8", result: 1073 });

  // Each download starts from the picked file again: never two appendices in one workbook.
  const again = await host.writeAppendix(request(), () => undefined);
  expect((await sheetsOf(again.download!.blob)).worksheets.map((sheet) => sheet.name)).toEqual(["Phụ lục", "Phụ lục 2021"]);
});

test("several files: clashing sheet names get the file's name, and the appendix goes into a new workbook", async () => {
  const host = createFilesHost(inProcessRunner(), null);
  const sheets = await host.importWorkbooks([
    await xlsxFile("A Lưới.xlsx", [communesOf("Sheet1", "A Lưới")]),
    await xlsxFile("Nam Đông.xlsx", [communesOf("Sheet1", "Nam Đông"), communesOf("Ghi chú", "Phú Lộc")]),
  ]);
  expect(sheets).toEqual(["A Lưới - Sheet1", "Nam Đông - Sheet1", "Ghi chú"]);
  const grids = await host.readGrids({ kind: "all" });
  expect(grids.map((grid) => grid.sheet)).toEqual(sheets);

  const analysis = await host.analyze(request({ targetRateReduction: 1 }));
  expect(analysis.tables.map((table) => table.sheet)).toEqual(sheets);
  const outcome = await host.writeAppendix(request({ targetRateReduction: 1 }), () => undefined);
  expect(outcome.sheetName).toBe(`Phụ lục ${currentYear}`);
  expect(outcome.download?.fileName).toBe(`Phụ lục ${currentYear}.xlsx`);
  expect((await sheetsOf(outcome.download!.blob)).worksheets.map((sheet) => sheet.name)).toEqual([`Phụ lục ${currentYear}`]);
});

test("picking a file again replaces it; a file can be removed", async () => {
  const host = createFilesHost(inProcessRunner(), null);
  await host.importWorkbooks([await xlsxFile("xa.xlsx", [communeGrid()])]);
  await host.importWorkbooks([await xlsxFile("xa.xlsx", [{ ...communeGrid(), sheet: "Xã mới" }])]);
  expect(host.files()).toEqual([{ name: "xa.xlsx", sheets: ["Xã mới"] }]);
  host.removeFile("xa.xlsx");
  expect(host.files()).toEqual([]);
  expect(await host.readGrids({ kind: "all" })).toEqual([]);
  await expect(host.writeAppendix(request({ targetRateReduction: 1 }), () => undefined)).rejects.toMatchObject({
    text: { vi: "Chưa chọn tệp Excel nào." },
  });
});

test("a file that is not an .xlsx workbook is refused by name, and nothing is added", async () => {
  const host = createFilesHost(inProcessRunner(), null);
  const old = { name: "cu.xls", arrayBuffer: async () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]).buffer } as unknown as File;
  await expect(host.importWorkbooks([await xlsxFile("xa.xlsx", [communeGrid()]), old])).rejects.toMatchObject({
    text: { vi: expect.stringContaining('Không đọc được tệp "cu.xls"') },
  });
  expect(host.files()).toEqual([]);
});

test("settings live in the browser's storage", async () => {
  const store = new Map<string, string>();
  const storage = { getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => void store.set(key, value) } as Storage;
  const host = createFilesHost(inProcessRunner(), storage);
  expect(await host.loadSettings()).toBeNull();
  const settings = { ...DEFAULT_SETTINGS, lang: "en" as const };
  await host.saveSettings(settings);
  expect(await createFilesHost(inProcessRunner(), storage).loadSettings()).toEqual(settings);
  store.set([...store.keys()][0], "{not json");
  expect(await host.loadSettings()).toBeNull();
});

test("reading and writing report their rows as they go", async () => {
  const host = createFilesHost(inProcessRunner(), null);
  const seen: RowsProgress[] = [];
  const record = (progress: RowsProgress) => seen.push(progress);
  await host.importWorkbooks([await xlsxFile("a.xlsx", [seedGrid()]), await xlsxFile("b.xlsx", [communeGrid()])], record);
  // Both files' rows, added up as each file is read.
  const rows = [seedGrid(), communeGrid()].map((grid) => grid.values.length);
  expect(seen.map((p) => p.phase)).toEqual(["reading", "reading"]);
  expect(seen[1].rows).toBe(rows[0] + rows[1]);
  expect(rows).toContain(seen[0].rows);

  await host.readGrids({ kind: "all" });
  seen.length = 0;
  await host.writeAppendix(request({ targetRateReduction: 1 }), () => undefined, record);
  // The commune's appendix alone (beside a table, the seed's sheet "Phụ lục" reads as an earlier appendix):
  // the table ends at row 10, and the chart's page runs from row 11 for 27 rows of 15 pt: A4 landscape's
  // (8.27 − 1.2) × 72 = 509 pt at the scale 784 / 854 that fits the fifteen columns, less 129 pt of
  // repeated header rows, is 28 rows, one kept spare; 11 + 27 − 1 = 37.
  expect(seen).toEqual([{ phase: "writing", rows: 37, total: 37 }]);
});

test("a write of thousands of rows counts them a thousand at a time, out of the appendix's rows", async () => {
  const values: CellValue[][] = [["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"]];
  for (let i = 1; i <= 2500; i++) values.push([i, `Xã ${i}`, 1000 + i, 50]);
  const host = createFilesHost(inProcessRunner(), null);
  await host.importWorkbooks([await xlsxFile("tinh.xlsx", [{ sheet: "Tỉnh", origin: "A1", values }])]);
  const seen: RowsProgress[] = [];
  await host.writeAppendix(request({ targetRateReduction: 1 }), () => undefined, (progress) => seen.push(progress));
  const total = (await host.analyze(request({ targetRateReduction: 1 }))).layout!.rowCount;
  expect(total).toBeGreaterThan(2500);
  expect(seen).toEqual([1000, 2000, total].map((rows) => ({ phase: "writing", rows, total })));
});

test(`a file over ${MAX_FILE_MB} MB is refused by name and size before anything is read`, async () => {
  const runner = inProcessRunner();
  const host = createFilesHost(runner, null);
  const large = new File([new Uint8Array(MAX_FILE_MB * 1024 * 1024 + 1)], "ho-ngheo.xlsx");
  const error = await host.importWorkbooks([await xlsxFile("xa.xlsx", [communeGrid()]), large]).catch((e: unknown) => e);
  expect(error).toMatchObject({ text: { vi: expect.stringContaining(`Tệp "ho-ngheo.xlsx" nặng 50 MB, quá giới hạn ${MAX_FILE_MB} MB`) } });
  expect(runner.jobs).toEqual([]);
  expect(host.files()).toEqual([]);
});

test("Cancel stops the worker, the import ends with nothing added, and the next pick starts a fresh worker", async () => {
  const workers: StandInWorker[] = [];
  const runner = workerRunner(async () => {
    workers.push(new StandInWorker());
    return workers[workers.length - 1] as unknown as Worker;
  });
  const host = createFilesHost(runner, null);
  const file = await xlsxFile("tinh.xlsx", [seedGrid()]);
  const reading = host.importWorkbooks([file]);
  await new Promise((resolve) => setTimeout(resolve));
  expect(workers).toHaveLength(1);
  host.cancel();
  await expect(reading).rejects.toBeInstanceOf(CancelledError);
  expect(workers[0].terminated).toBe(true);
  expect(host.files()).toEqual([]);

  expect(await host.importWorkbooks([file])).toEqual(["Phụ lục"]);
  expect(workers).toHaveLength(2);
  expect(workers[1].terminated).toBe(false);
});

test("a failure inside the worker reaches the pane with the file's name", async () => {
  const host = createFilesHost(workerRunner(async () => new StandInWorker() as unknown as Worker), null);
  const text = new File(["Tên đơn vị;Số hộ"], "bang.csv");
  await expect(host.importWorkbooks([text])).rejects.toMatchObject({
    text: { vi: expect.stringContaining('Không đọc được tệp "bang.csv"'), en: expect.stringContaining("bang.csv is not an .xlsx workbook.") },
  });
});

test("the worker analyses: the grids cross to it once, the pane's own appendix sheets are left out, and the layout never comes back", async () => {
  const runner = inProcessRunner();
  const host = createFilesHost(runner, null);
  await host.importWorkbooks([await xlsxFile("tinh.xlsx", [communeGrid(), communesOf("Phụ lục 2021", "Nam Đông")])]);
  const grids = await host.readGrids({ kind: "all" });

  const skipping = { skipSheets: ["Phụ lục 2021"], options: { currentYear, targetRateReduction: 1 } };
  const analysis = await host.analyze(skipping);
  expect(analysis).toEqual(summarize(analyze([grids[0]], skipping.options)));
  expect(analysis.tables.map((table) => table.sheet)).toEqual([grids[0].sheet]);
  // Of the layout only its name and size: its cells stay in the worker.
  expect(Object.keys(analysis.layout!)).toEqual(["sheetName", "rowCount"]);
  // The officer's edit, then the write: the worker already holds the grids.
  const all = { ...skipping, skipSheets: [] };
  expect((await host.analyze(all)).tables).toHaveLength(2);
  await host.writeAppendix(all, () => undefined);
  expect(runner.jobs).toEqual(["read", "analyze", "analyze with grids", "analyze", "write"]);

  // A file picked again is new data: sent again with the next analysis.
  await host.importWorkbooks([await xlsxFile("xa.xlsx", [communeGrid()])]);
  await host.analyze(all);
  expect(runner.jobs.slice(5)).toEqual(["read", "analyze", "analyze with grids"]);
});

test("after Cancel a fresh worker is sent the grids again and writes the appendix asked for", async () => {
  const workers: StandInWorker[] = [];
  const host = createFilesHost(
    workerRunner(async () => {
      workers.push(new StandInWorker());
      return workers[workers.length - 1] as unknown as Worker;
    }),
    null,
  );
  await host.importWorkbooks([await xlsxFile("tinh.xlsx", [seedGrid()])]);
  await host.analyze(request());
  const writing = host.writeAppendix(request(), () => undefined);
  await new Promise((resolve) => setTimeout(resolve));
  host.cancel();
  await expect(writing).rejects.toBeInstanceOf(CancelledError);

  const outcome = await host.writeAppendix(request({ planYear: 2030 }), () => undefined);
  expect(outcome.sheetName).toBe("Phụ lục 2030");
  expect(workers.map((worker) => worker.jobs)).toEqual([
    ["read", "analyze", "analyze with grids", "write"],
    ["write", "write with grids"],
  ]);
});
