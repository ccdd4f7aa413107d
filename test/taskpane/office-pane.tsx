/** The pane inside Excel as the officer gets it: the real Office host and adapter over the strict fake Excel. */
import { TextEncoder } from "node:util";
import type { Grid } from "../../src/engine/cells/grid";
import { createOfficeHost } from "../../src/taskpane/office-host";
import { FakeExcel, FakeSettings, installOffice } from "../helpers/fake-excel";
import { renderPane } from "./harness";
import { inProcessEngineRunner } from "./xlsx-runners";

/** A workbook holding the grids as its sheets, the first one active, and the pane's settings as remembered in it. */
export function officeWorkbook(grids: Grid[], remembered?: unknown): FakeExcel {
  const excel = new FakeExcel();
  const settings = new FakeSettings();
  if (remembered !== undefined) settings.set("povertyAppendix.pane", remembered);
  installOffice(excel, settings);
  // Excel's webview has TextEncoder (the writer measures its requests with it); jsdom has not.
  Object.assign(globalThis, { TextEncoder });
  for (const grid of grids) excel.addSheet(grid.sheet, grid.values, { origin: grid.origin, merges: grid.merges });
  return excel;
}

/** The real Office host, its engine worker's jobs run in the test's thread (`engine.jobs` lists them). */
export function renderOfficePane(excel: FakeExcel) {
  const engine = inProcessEngineRunner();
  return { excel, engine, ...renderPane(createOfficeHost(engine)) };
}

export function uninstallOffice(): void {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
}
