/**
 * taskpane.html as Excel loads it, with office.js answered by the stand-in (test/e2e/office-stub):
 * Office says "Excel", and Excel.run drives the node tests' strict fake Excel. The pane must read
 * the workbook through it, take the officer to a finding's cell, and write the appendix sheet into
 * the workbook with the command line's content. The engine worker analyses; exceljs is never fetched.
 */
import type { Page } from "playwright-core";
import { SHEETS_STRINGS } from "../../src/taskpane/sheets-strings";
import { seedGrid } from "../helpers/seed-grid";
import { expectTables, generateButton, step, vi } from "./helpers/pane";
import { analysisFiles, anyOf, exceljsFiles, scriptsLoadedBy } from "./helpers/scripts";
import { browserSuite } from "./helpers/suite";
import { cliAppendix, dumpAppendix, gridsOf, SAMPLE } from "./helpers/workbooks";
import type { FakeExcelProbe } from "./office-stub/office";

// Inside Excel only office.js comes from elsewhere (answered by the test). Seeing it here also
// shows the request recorder that the web-page tests rely on does catch foreign requests.
const suite = browserSuite("office", { foreignRequests: ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"] });

/** Asks the fake Excel in the page. */
function fake<T>(page: Page, ask: (probe: FakeExcelProbe) => T): Promise<T> {
  return page.evaluate(`(${ask.toString()})(window.__fakeExcel)`) as Promise<T>;
}

test("in Excel: reads the workbook's table, writes the command line's appendix as a new sheet and opens it", async () => {
  const { page } = await suite.open("/taskpane.html", { sheets: await gridsOf(SAMPLE), displayLanguage: "vi-VN" });
  // Excel's source controls, not the file picker of the web page.
  await step(page, "source").getByRole("radiogroup", { name: vi.scopeLabel, exact: true }).waitFor();
  expect(await page.getByRole("button", { name: vi.importButton, exact: true }).count()).toBe(1);
  expect(await page.getByRole("button", { name: vi.pickFiles, exact: true }).count()).toBe(0);
  await expectTables(page, 1);
  await step(page, "source").getByText(vi.tableSummary("Rà soát 2020", "9"), { exact: true }).waitFor();
  await step(page, "check").getByText(vi.noIssues, { exact: true }).waitFor();
  // The engine worker analysed: it fetched the engine's analysis and not exceljs, the web page's alone.
  // (The pane's own thread fetches part of the engine too, for the other sheets' tables and the write.)
  const workers = page.workers();
  expect(workers).toHaveLength(1);
  const inWorker = await scriptsLoadedBy(workers[0]);
  expect([anyOf(exceljsFiles())(inWorker), anyOf(analysisFiles())(inWorker)]).toEqual([false, true]);

  await generateButton(page).click();
  await step(page, "write").getByText(vi.doneExcel("Phụ lục 2021"), { exact: true }).waitFor();
  expect(await fake(page, (probe) => probe.sheetNames())).toEqual(["Rà soát 2020", "Phụ lục 2021"]);
  expect(await fake(page, (probe) => probe.activeSheet())).toBe("Phụ lục 2021");

  // What Excel now holds is what the command line writes: the same text, numbers and formulas.
  const cli = await dumpAppendix((await cliAppendix(SAMPLE, suite.dir)).file);
  const expected = Object.entries(cli.cells).map(([address, cell]) => ({
    address,
    value: cell.formula === null ? cell.value : null,
    formula: cell.formula === null ? null : `=${cell.formula}`,
  }));
  const written = await fake(page, (probe) => probe.cells("Phụ lục 2021"));
  const filled = written.filter((cell) => cell.value !== null || cell.formula !== null);
  const byAddress = (a: { address: string }, b: { address: string }) => a.address.localeCompare(b.address);
  expect(filled.sort(byAddress)).toEqual(expected.sort(byAddress));
  expect(filled.find((cell) => cell.address === "A2")?.value).toBe("CHỈ TIÊU PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO NĂM 2021");
  expect(anyOf(exceljsFiles())(await scriptsLoadedBy(page))).toBe(false);
});

test("in Excel: every sheet by default, the active one on request, and a finding chosen takes the officer to its sheet and cell", async () => {
  const cover = { sheet: "Bìa", origin: "A1", values: [["Tổng hợp kết quả rà soát hộ nghèo"]] };
  const { page } = await suite.open("/taskpane.html", { sheets: [cover, seedGrid()], displayLanguage: "vi-VN" });
  // The cover sheet is the active one and holds no table: every sheet is read until the officer chooses.
  await expectTables(page, 1);
  await step(page, "source").getByRole("radio", { name: vi.scopeActive, exact: true }).click();
  await expectTables(page, 0);
  // The sheet left out is named, and one button reads every sheet again.
  await step(page, "source").getByText(SHEETS_STRINGS.vi.otherTables("1", "Phụ lục"), { exact: true }).waitFor();
  await step(page, "source").getByRole("button", { name: SHEETS_STRINGS.vi.readAll, exact: true }).click();
  await expectTables(page, 1);
  expect(await step(page, "source").getByRole("radio", { name: vi.scopeAll, exact: true }).isChecked()).toBe(true);

  const finding = step(page, "check").getByRole("button", { name: /^Phụ lục!J7/ }).first();
  await finding.click();
  await page.waitForFunction(() => (window as unknown as { __fakeExcel: FakeExcelProbe }).__fakeExcel.selection() !== null);
  expect(await fake(page, (probe) => probe.selection())).toEqual({ sheet: "Phụ lục", top: 7, left: 10 });
  expect(await fake(page, (probe) => probe.activeSheet())).toBe("Phụ lục");
  expect(await finding.getAttribute("aria-current")).toBe("true");
  // The choice of every sheet is remembered in the workbook (document settings), not in the browser.
  await page.waitForFunction(() => {
    const stored = (window as unknown as { __fakeExcel: FakeExcelProbe }).__fakeExcel.settings()["povertyAppendix.pane"];
    return (stored as { scope?: string } | undefined)?.scope === "all";
  });
});
