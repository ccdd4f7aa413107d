/**
 * Served in place of Microsoft's office.js (page.route on the CDN address) in the Office-mode tests:
 * Office says the host is Excel, and Excel.run runs on the same strict fake Excel as the node tests
 * (test/helpers/fake-excel.ts), filled with the sheets the test put in window.__E2E_OFFICE__
 * (page.addInitScript). window.__fakeExcel lets the test see what the pane did to the workbook.
 */
import { toA1 } from "../../../src/engine/cells/address";
import type { Grid } from "../../../src/engine/cells/grid";
import { FakeExcel, FakeSettings, type Content } from "../../helpers/fake-excel";

export interface OfficeSetup {
  sheets: Grid[];
  displayLanguage: string;
  excelApi?: string;
  /** Excel's work and answers in later tasks, as in Excel (scripts/bench-excel-pane.mjs). */
  answersInLaterTasks?: boolean;
}

export interface FakeCellDump {
  address: string;
  value: Content;
  formula: string | null;
}

// fake-excel measures each request with Node's Buffer, which the browser lacks.
const encoder = new TextEncoder();
Object.assign(globalThis, {
  Buffer: {
    byteLength: (text: string) => encoder.encode(text).length,
    from: (base64: string) => ({ toString: () => new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))) }),
  },
});

const setup = (window as unknown as { __E2E_OFFICE__: OfficeSetup }).__E2E_OFFICE__;
const excel = new FakeExcel(setup.excelApi ?? "1.13");
excel.answersInLaterTasks = setup.answersInLaterTasks ?? false;
for (const grid of setup.sheets) {
  excel.addSheet(grid.sheet, grid.values, { origin: grid.origin, formats: grid.numberFormats as string[][] | undefined, merges: grid.merges });
}
const settings = new FakeSettings();
let runs = 0;

const office = {
  HostType: { Excel: "Excel" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  context: {
    displayLanguage: setup.displayLanguage,
    requirements: { isSetSupported: (name: string, version?: string) => excel.isSetSupported(name, version) },
    document: { settings },
  },
  // As office.js does: the callback runs once Office is ready, never synchronously.
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: "Excel", platform: "OfficeOnline" };
    return new Promise((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0),
    );
  },
};

const excelGlobal = {
  // Also Excel.run(earlierContext, batch), as removing an event handler is done.
  run<T>(...args: unknown[]): Promise<T> {
    runs++;
    return (args[args.length - 1] as (context: Excel.RequestContext) => Promise<T>)(excel.context);
  },
};

const fakeExcel = {
  runs: () => runs,
  syncs: () => excel.syncs.length,
  /** When the fake did Excel's work, which real Excel does off the pane's thread (scripts/bench-excel-pane.mjs). */
  hostTasks: () => excel.hostTasks,
  sheetNames: () => excel.sheets.map((sheet) => sheet.name),
  activeSheet: () => excel.sheetByKey(excel.activeSheetId)?.name ?? null,
  selection: () => (excel.selection ? { sheet: excel.selection.sheet.name, top: excel.selection.area.top, left: excel.selection.area.left } : null),
  settings: () => Object.fromEntries(settings.values),
  /** Every cell of a sheet that holds something, with its formula when it has one. */
  cells(name: string): FakeCellDump[] {
    return excel.sheet(name).cells.flatMap((row, r) =>
      (row ?? []).flatMap((cell, c) => (cell ? [{ address: toA1(r + 1, c + 1), value: cell.value, formula: cell.formula ?? null }] : [])),
    );
  },
};

export type FakeExcelProbe = typeof fakeExcel;

Object.assign(window, { Office: office, Excel: excelGlobal, __fakeExcel: fakeExcel });
