/**
 * taskpane.html as Excel loads it, with office.js answered by the stand-in (test/e2e/office-stub):
 * Office says "Excel", and Excel.run drives the node tests' strict fake Excel. The pane must read
 * the workbook through it, take the officer to a finding's cell, and write the appendix sheet into
 * the workbook with the command line's content.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { seedGrid } from "../helpers/seed-grid";
import { foreignRequests, launchChromium, openPage, type Session } from "./helpers/browser";
import { expectTables, generateButton, step, vi } from "./helpers/pane";
import { serveDist, type StaticServer } from "./helpers/server";
import { cliAppendix, dumpAppendix, gridsOf, SAMPLE } from "./helpers/workbooks";
import type { FakeExcelProbe } from "./office-stub/office";

let server: StaticServer;
let browser: Browser;
let dir: string;
let session: Session | undefined;

beforeAll(async () => {
  [server, browser, dir] = await Promise.all([serveDist(), launchChromium(), mkdtemp(join(tmpdir(), "e2e-office-"))]);
});
afterEach(async () => {
  if (!session) return;
  // Inside Excel only office.js comes from elsewhere (answered by the test). Seeing it here also
  // shows the request recorder that the web-page tests rely on does catch foreign requests.
  expect(foreignRequests(session.requests, server.origin)).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  expect(session.pageErrors).toEqual([]);
  await session.context.close();
  session = undefined;
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close(), dir && rm(dir, { recursive: true, force: true })]);
});

/** Asks the fake Excel in the page. */
function fake<T>(page: Page, ask: (probe: FakeExcelProbe) => T): Promise<T> {
  return page.evaluate(`(${ask.toString()})(window.__fakeExcel)`) as Promise<T>;
}

test("in Excel: reads the active sheet, writes the command line's appendix as a new sheet and opens it", async () => {
  session = await openPage(browser, `${server.origin}/taskpane.html`, { sheets: await gridsOf(SAMPLE), displayLanguage: "vi-VN" });
  const { page } = session;
  // Excel's source controls, not the file picker of the web page.
  await step(page, "source").getByRole("radiogroup", { name: vi.scopeLabel, exact: true }).waitFor();
  expect(await page.getByRole("button", { name: vi.importButton, exact: true }).count()).toBe(1);
  expect(await page.getByRole("button", { name: vi.pickFiles, exact: true }).count()).toBe(0);
  await expectTables(page, 1);
  await step(page, "source").getByText(vi.tableSummary("Rà soát 2020", "9"), { exact: true }).waitFor();
  await step(page, "check").getByText(vi.noIssues, { exact: true }).waitFor();

  await generateButton(page).click();
  await step(page, "write").getByText(vi.doneExcel("Phụ lục 2021"), { exact: true }).waitFor();
  expect(await fake(page, (probe) => probe.sheetNames())).toEqual(["Rà soát 2020", "Phụ lục 2021"]);
  expect(await fake(page, (probe) => probe.activeSheet())).toBe("Phụ lục 2021");

  // What Excel now holds is what the command line writes: the same text, numbers and formulas.
  const cli = await dumpAppendix((await cliAppendix(SAMPLE, dir)).file);
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
});

test("in Excel: every sheet on request, and a finding chosen takes the officer to its sheet and cell", async () => {
  const cover = { sheet: "Bìa", origin: "A1", values: [["Tổng hợp kết quả rà soát hộ nghèo"]] };
  session = await openPage(browser, `${server.origin}/taskpane.html`, { sheets: [cover, seedGrid()], displayLanguage: "vi-VN" });
  const { page } = session;
  // The cover sheet is the active one and holds no table, until the officer asks for every sheet.
  await expectTables(page, 0);
  await step(page, "source").getByRole("radio", { name: vi.scopeAll, exact: true }).click();
  await expectTables(page, 1);

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
