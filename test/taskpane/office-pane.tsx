/** The pane inside Excel as the officer gets it: the real Office host and adapter over the strict fake Excel. */
import type { Grid } from "../../src/engine/cells/grid";
import { createOfficeHost } from "../../src/taskpane/office-host";
import { FakeExcel, installOffice } from "../helpers/fake-excel";
import { renderPane } from "./harness";

/** A workbook holding the grids as its sheets, the first one active. */
export function officeWorkbook(grids: Grid[], excelApi = "1.13"): FakeExcel {
  const excel = new FakeExcel(excelApi);
  installOffice(excel);
  for (const grid of grids) excel.addSheet(grid.sheet, grid.values, { origin: grid.origin, merges: grid.merges });
  return excel;
}

export function renderOfficePane(excel: FakeExcel) {
  return { excel, ...renderPane(createOfficeHost()) };
}

export function uninstallOffice(): void {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
}
