/**
 * A province workbook with one sheet per district (and a cover sheet that holds no table): the page
 * finds every district's table, and the appendix has a row per district and the grand total, or
 * every commune under its district with "Liệt kê từng đơn vị", each time exactly as the command line.
 */
import { download, expectTables, generateButton, pickFiles, step, vi } from "./helpers/pane";
import { browserSuite } from "./helpers/suite";
import { cliAppendix, DISTRICTS, districtsWorkbook, dumpAppendix, type SheetDump } from "./helpers/workbooks";

const suite = browserSuite("districts", { foreignRequests: [] });
let workbook: string;

beforeAll(async () => {
  workbook = await districtsWorkbook(suite.dir);
});

/** Picks the workbook, checks every district's table is found, optionally ticks the detail box, downloads. */
async function appendixFromPage(detail: boolean): Promise<SheetDump> {
  const { page } = await suite.open("/index.html");
  await pickFiles(page, [workbook]);
  await expectTables(page, DISTRICTS.length);
  for (const district of DISTRICTS) {
    const summary = vi.tableSummary(district.sheet, String(district.communes.length));
    await step(page, "source").getByText(summary, { exact: true }).waitFor();
  }
  await step(page, "check").getByText(vi.noIssues, { exact: true }).waitFor();
  if (detail) await step(page, "plan").getByRole("checkbox", { name: vi.detail, exact: true }).check();
  await generateButton(page).click();
  return dumpAppendix(await download(page, suite.dir));
}

test("one row per district and the grand total, as the command line writes them", async () => {
  const fromPage = await appendixFromPage(false);
  const cli = await cliAppendix(workbook, suite.dir);
  expect(cli.code).toBe(0);
  expect(fromPage).toEqual(await dumpAppendix(cli.file));

  expect(fromPage.sheetNames).toEqual(["Bìa", ...DISTRICTS.map((district) => district.sheet), "Phụ lục 2021"]);
  // Units start on row 8, under the title lines and the three-row header; then the total.
  const names = DISTRICTS.map((_, i) => fromPage.cells[`B${8 + i}`]?.value);
  expect(names).toEqual(["Huyện A Lưới", "Huyện Nam Đông", "Huyện Phú Lộc"]);
  const totalRow = 8 + DISTRICTS.length;
  expect(fromPage.cells[`A${totalRow}`]?.value).toBe("Tổng cộng");
  expect(fromPage.cells[`C${totalRow}`]).toMatchObject({ formula: `SUM(C8:C${totalRow - 1})`, value: { result: 12300 } });
  expect(fromPage.cells[`A${totalRow + 1}`]).toBeUndefined();
});

test("with every commune listed under its district, as the command line's --detail", async () => {
  const fromPage = await appendixFromPage(true);
  const cli = await cliAppendix(workbook, suite.dir, ["--detail"]);
  const fromCli = await dumpAppendix(cli.file);
  expect(fromPage).toEqual(fromCli);
  const names = Object.entries(fromPage.cells).filter(([address]) => /^B\d+$/.test(address)).map(([, cell]) => cell.value);
  for (const [commune] of DISTRICTS.flatMap((district) => district.communes)) expect(names).toContain(commune);
});
