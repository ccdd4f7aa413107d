/** @jest-environment jsdom */
// @testing-library/dom, not /react: the entry renders with its own React (a fresh module registry
// per test), as in a page, outside React's test mode.
import { screen } from "@testing-library/dom";

/**
 * Loads the entry as taskpane.html does, with whatever Office global the test set up. A fresh module
 * registry, kept for the whole test: the steps the pane loads later must find the same React.
 */
async function loadEntry(): Promise<void> {
  document.body.innerHTML = '<div id="container"></div>';
  jest.resetModules();
  await import("../../src/taskpane/index");
}

/** The pane's later parts (files host, engine, adapter) are compiled on their first import() in a fresh registry. */
const LAZY_PARTS_WAIT_MS = 15000;

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

test("without office.js (the page opened directly) the pane works on files", async () => {
  expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
  await loadEntry();
  expect(await screen.findByRole("button", { name: "Chọn tệp Excel" }, { timeout: LAZY_PARTS_WAIT_MS })).toBeTruthy();
  expect(screen.getByText(/Tệp không rời khỏi máy của bạn/)).toBeTruthy();
});

test("office.js outside Excel (a browser tab) also gives the files pane", async () => {
  Object.assign(globalThis, { Office: { onReady: (callback: (info: { host: null }) => void) => callback({ host: null }), HostType: { Excel: "Excel" } } });
  await loadEntry();
  expect(await screen.findByRole("button", { name: "Chọn tệp Excel" }, { timeout: LAZY_PARTS_WAIT_MS })).toBeTruthy();
});

test("inside Excel the pane reads the workbook through Office.js, in Office's language", async () => {
  const run = jest.fn(() => Promise.reject(Object.assign(new Error("The workbook is busy."), { code: "GeneralException" })));
  const office = {
    onReady: (callback: (info: { host: string }) => void) => callback({ host: "Excel" }),
    HostType: { Excel: "Excel" },
    context: {
      displayLanguage: "en-US",
      officeTheme: { bodyBackgroundColor: "#1f1f1f" },
      requirements: { isSetSupported: (_set: string, version: string) => Number(version.split(".")[1]) <= 9 },
      document: { settings: { get: () => null } },
    },
  };
  Object.assign(globalThis, { Office: office, Excel: { run } });
  await loadEntry();
  expect(await screen.findByText("The workbook is busy.", undefined, { timeout: LAZY_PARTS_WAIT_MS })).toBeTruthy();
  expect(screen.getByText("Could not read the data")).toBeTruthy();
  expect(run).toHaveBeenCalled();
  // ExcelApi 1.13 is missing here: import is refused with the reason.
  expect(screen.getByRole("button", { name: "Import the units' files" }).getAttribute("aria-disabled")).toBe("true");
  expect(screen.getByText(/This version of Excel cannot import files directly/)).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Choose Excel files" })).toBeNull();
});
