/**
 * The web page (dist/index.html, no office.js) on the officer's files: pick → check → generate →
 * download, and the downloaded appendix is the command line's, cell for cell (values, formulas,
 * formats, merges). Every request is recorded: the files must never leave the browser.
 */
import type { Worker } from "playwright-core";
import { actionBar, download, expectTables, findingCounts, generateButton, pickFiles, step, vi } from "./helpers/pane";
import { browserSuite } from "./helpers/suite";
import { cliAppendix, dumpAppendix, nationalWorkbook, SAMPLE, seedWorkbook } from "./helpers/workbooks";
import { analysisFiles, anyOf, exceljsFiles, scriptsLoadedBy } from "./helpers/scripts";

// Checked after every test, whatever it did: nothing may have gone beyond the page's own origin.
const suite = browserSuite("web", { foreignRequests: [] });

test("the sample workbook: 9 units, nothing to review, and the command line's appendix as a download", async () => {
  const { page } = await suite.open("/index.html");
  const workers: Worker[] = [];
  page.on("worker", (worker) => workers.push(worker));
  // The promise the page makes before any file is picked.
  await page.getByText(vi.privacy, { exact: true }).waitFor();

  await pickFiles(page, [SAMPLE]);
  await expectTables(page, 1);
  await step(page, "source").getByText(vi.tableSummary("Rà soát 2020", "9"), { exact: true }).waitFor();
  await step(page, "check").getByText(vi.noIssues, { exact: true }).waitFor();
  expect(await findingCounts(page)).toEqual({ error: 0, warning: 0, info: 0 });
  // The same totals the command line prints for the sample (3,45 % → 3,04 %, down 0,41 points), under the table's own label.
  await step(page, "plan").getByText(vi.totalReduction("Toàn tỉnh", "3,45", "3,04", "0,41"), { exact: true }).waitFor();

  await generateButton(page).click();
  const downloaded = await download(page, suite.dir);
  expect(downloaded.endsWith("ket-qua-ra-soat-2020 - Phụ lục 2021.xlsx")).toBe(true);

  const cli = await cliAppendix(SAMPLE, suite.dir);
  expect(cli).toMatchObject({ code: 0, counts: { error: 0, warning: 0, info: 0 } });
  const [fromPage, fromCli] = await Promise.all([dumpAppendix(downloaded), dumpAppendix(cli.file)]);
  expect(fromPage.sheetNames).toEqual(["Rà soát 2020", "Phụ lục 2021"]);
  expect(fromPage).toEqual(fromCli);
  // Formulas, not just numbers: an officer who edits a target sees the row follow.
  expect(fromPage.cells.N8).toMatchObject({ formula: "ROUND(M8/K8*100,2)" });

  // Reading, analysing and writing ran in one worker: it fetched exceljs and the engine's analysis,
  // and the page's own thread never did, so it cannot have run them.
  expect(workers).toHaveLength(1);
  const [inWorker, inPage] = [await scriptsLoadedBy(workers[0]), await scriptsLoadedBy(page)];
  expect([anyOf(exceljsFiles())(inWorker), anyOf(analysisFiles())(inWorker)]).toEqual([true, true]);
  expect([anyOf(exceljsFiles())(inPage), anyOf(analysisFiles())(inPage)]).toEqual([false, false]);
});

test("Cancel while a national table is read stops its worker and leaves the page as it was, ready for another file", async () => {
  const large = await nationalWorkbook(suite.dir, 10600);
  const { page } = await suite.open("/index.html");
  const closed: Worker[] = [];
  page.on("worker", (worker) => worker.on("close", () => closed.push(worker)));
  await pickFiles(page, [large]);
  const source = step(page, "source");
  await source.getByText(vi.importing, { exact: true }).waitFor();
  await source.getByRole("button", { name: vi.cancel, exact: true }).click();

  await source.getByText(vi.importing, { exact: true }).waitFor({ state: "detached" });
  // The browser tells of the worker's end a moment after the page terminated it.
  for (let tries = 0; tries < 300 && closed.length === 0; tries++) await page.waitForTimeout(100);
  expect(closed).toHaveLength(1);
  expect(await source.getByText(vi.noFiles, { exact: true }).isVisible()).toBe(true);
  expect(await source.getByText(vi.importFailed, { exact: true }).count()).toBe(0);

  // A fresh worker reads the next file.
  await pickFiles(page, [SAMPLE]);
  await expectTables(page, 1);
});

test("the seed's published table: its findings are listed and block the appendix until the officer writes anyway", async () => {
  const file = await seedWorkbook(suite.dir);
  const cli = await cliAppendix(file, suite.dir, ["--allow-errors"]);
  expect(cli.code).toBe(1);
  expect(cli.counts.error).toBeGreaterThan(0);

  const { page } = await suite.open("/index.html");
  await pickFiles(page, [file]);
  await expectTables(page, 1);
  const check = step(page, "check");
  // On the web page a finding names its cell in words; there is no Excel cell to jump to.
  await check.getByText(/Trang Phụ lục, ô J7/).first().waitFor();
  // The pane finds what the command line finds, severity by severity.
  expect(await findingCounts(page)).toEqual(cli.counts);

  const write = step(page, "write");
  await write.getByText(vi.blockedByErrors(String(cli.counts.error)), { exact: true }).waitFor();
  expect(await generateButton(page).isDisabled()).toBe(true);
  await actionBar(page).getByRole("checkbox", { name: vi.writeAnyway, exact: true }).check();
  expect(await generateButton(page).isEnabled()).toBe(true);
  await generateButton(page).click();
  const downloaded = await download(page, suite.dir);

  expect(await dumpAppendix(downloaded)).toEqual(await dumpAppendix(cli.file));
});
