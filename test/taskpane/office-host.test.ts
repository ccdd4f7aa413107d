/** The Office host hands the pane's calls to src/office; here src/office is replaced by spies. */
import { excelHost } from "../../src/office/excel-host";
import { canImportWorkbooks } from "../../src/office/import-support";
import { createOfficeHost } from "../../src/taskpane/office-host";
import { DEFAULT_SETTINGS } from "../../src/taskpane/settings";
import { inProcessEngineRunner } from "./xlsx-runners";
import type { AppendixLayout } from "../../src/engine/appendix/layout";
import { analyze } from "../../src/engine/analysis";
import { checksLayout } from "../../src/engine/appendix/checks-layout";
import type { AnalysisRequest } from "../../src/taskpane/pane-analysis";
import { summarize } from "../../src/taskpane/summarize";
import { seedGrid } from "../helpers/seed-grid";

jest.mock("../../src/office/excel-host", () => ({
  excelHost: {
    readGrids: jest.fn(async () => ({ grids: [], leftOut: [] })),
    writeAppendix: jest.fn(async () => ({ sheetName: "Phụ lục 2021", leftOut: ["print setup"] })),
    selectCell: jest.fn(async () => undefined),
    importWorkbooks: jest.fn(async () => ["Huyện A Lưới"]),
    readSetting: jest.fn(() => ({ lang: "en" })),
    writeSetting: jest.fn(async () => undefined),
  },
}));

const office = (theme?: string, displayLanguage = "vi-VN") => ({
  context: { displayLanguage, officeTheme: theme ? { bodyBackgroundColor: theme } : undefined },
});

// Whether Excel can import is asked before the adapter's Excel calls are loaded.
jest.mock("../../src/office/import-support", () => ({
  ...jest.requireActual("../../src/office/import-support"),
  canImportWorkbooks: jest.fn(() => true),
}));

afterEach(() => delete (globalThis as { Office?: unknown }).Office);

test("passes every call on to the Excel adapter", async () => {
  Object.assign(globalThis, { Office: office("#ffffff") });
  const host = createOfficeHost(inProcessEngineRunner());
  expect(host).toMatchObject({ kind: "excel", displayLanguage: "vi-VN", darkTheme: false, canImport: { ok: true } });

  await host.readGrids({ kind: "selection" });
  expect(excelHost.readGrids).toHaveBeenCalledWith({ kind: "selection" });
  await host.selectCell("Phụ lục", "J7");
  expect(excelHost.selectCell).toHaveBeenCalledWith("Phụ lục", "J7");
  const onProgress = jest.fn();
  const layout = { sheetName: "Phụ lục 2021" } as AppendixLayout;
  expect(await host.writeAppendix(layout, onProgress)).toEqual({ sheetName: "Phụ lục 2021", leftOut: ["print setup"] });
  expect(excelHost.writeAppendix).toHaveBeenCalledWith(layout, { onProgress });
  expect(await host.loadSettings()).toEqual({ lang: "en" });
  await host.saveSettings(DEFAULT_SETTINGS);
  expect(excelHost.writeSetting).toHaveBeenCalledWith("povertyAppendix.pane", DEFAULT_SETTINGS);
});

test("imports files as base64, the way insertWorksheetsFromBase64 takes them", async () => {
  Object.assign(globalThis, { Office: office() });
  const bytes = new Uint8Array(70000).map((_, i) => i % 251);
  const file = { name: "a-luoi.xlsx", arrayBuffer: async () => bytes.buffer } as unknown as File;
  expect(await createOfficeHost(inProcessEngineRunner()).importWorkbooks([file])).toEqual(["Huyện A Lưới"]);
  expect(excelHost.importWorkbooks).toHaveBeenCalledWith([{ name: "a-luoi.xlsx", base64: Buffer.from(bytes).toString("base64") }]);
});

test("a dark Office theme gives the dark pane; import says why it is missing", () => {
  Object.assign(globalThis, { Office: office("#262626", "en-US") });
  (canImportWorkbooks as jest.Mock).mockReturnValue(false);
  const host = createOfficeHost(inProcessEngineRunner());
  expect(host.darkTheme).toBe(true);
  expect(host.displayLanguage).toBe("en-US");
  expect(host.canImport).toMatchObject({ ok: false, reason: { en: expect.stringContaining("cannot import files") } });
});

test("writes the checks sheet after the appendix when asked, each part left out said once", async () => {
  Object.assign(globalThis, { Office: office() });
  const write = excelHost.writeAppendix as jest.Mock;
  write.mockClear();
  write.mockResolvedValueOnce({ sheetName: "Phụ lục 2021", leftOut: ["print setup"] }).mockResolvedValueOnce({ sheetName: "Kiểm tra (2)", leftOut: ["print setup"] });
  const layout = { sheetName: "Phụ lục 2021" } as AppendixLayout;
  const checks = { sheetName: "Kiểm tra" } as AppendixLayout;
  const onProgress = jest.fn();
  expect(await createOfficeHost(inProcessEngineRunner()).writeAppendix(layout, onProgress, checks)).toEqual({ sheetName: "Phụ lục 2021", checksSheet: "Kiểm tra (2)", leftOut: ["print setup"] });
  expect(write.mock.calls).toEqual([[layout, { onProgress }], [checks]]);
});

test("the engine worker is sent a read's grids once, and again when a fresh worker lacks them", async () => {
  Object.assign(globalThis, { Office: office() });
  const engine = inProcessEngineRunner();
  const host = createOfficeHost(engine);
  const request = (targetHouseholds: number): AnalysisRequest => ({ skipSheets: [], options: { currentYear: 2020, targetHouseholds } });
  const read = [seedGrid()];
  const first = await host.analyze(read, request(1000));
  expect(first).toEqual(summarize(analyze(read, request(1000).options)));
  // The officer's edit: the worker holds the grids already.
  expect((await host.analyze(read, request(1234))).plan).toEqual(analyze(read, request(1234).options).plan);
  expect(engine.jobs).toEqual(["analyze with grids", "analyze"]);

  // A new read's grids cross again, even when they hold the same cells.
  const reread = [seedGrid()];
  await host.analyze(reread, request(1234));
  expect(engine.jobs.slice(2)).toEqual(["analyze with grids"]);

  engine.restart();
  expect(await host.analyze(reread, request(1000))).toEqual(first);
  expect(engine.jobs.slice(3)).toEqual(["analyze", "analyze with grids"]);
});

test("cancel stops the engine worker, and the next analysis sends its grids to the fresh one at once", async () => {
  Object.assign(globalThis, { Office: office() });
  const engine = inProcessEngineRunner();
  const stopped = jest.spyOn(engine, "cancel").mockImplementation(() => engine.restart());
  const host = createOfficeHost(engine);
  const request: AnalysisRequest = { skipSheets: [], options: { currentYear: 2020, targetHouseholds: 1000 } };
  const read = [seedGrid()];
  const first = await host.analyze(read, request);
  host.cancel();
  expect(stopped).toHaveBeenCalledTimes(1);
  expect(await host.analyze(read, request)).toEqual(first);
  expect(engine.jobs).toEqual(["analyze with grids", "analyze with grids"]);
});

test("a write's layouts are made by the engine worker, on the grids it holds, never on the pane's thread", async () => {
  Object.assign(globalThis, { Office: office() });
  const engine = inProcessEngineRunner();
  const host = createOfficeHost(engine);
  const request: AnalysisRequest = { skipSheets: [], options: { currentYear: 2020, targetHouseholds: 1000 } };
  const read = [seedGrid()];
  await host.analyze(read, request);
  const analysis = analyze(read, request.options);
  expect(await host.appendixLayouts(read, request, "vi")).toEqual({ layout: analysis.layout, checks: checksLayout(analysis.tables, analysis.issues, "vi") });
  expect(await host.appendixLayouts(read, request)).toEqual({ layout: analysis.layout });
  // The grids crossed once, for the preview.
  expect(engine.jobs).toEqual(["analyze with grids", "layouts", "layouts"]);
});
