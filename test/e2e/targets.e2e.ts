/**
 * A unit's target typed in the plan table and "Tạo phụ lục" clicked at once, as an officer in a
 * hurry does (issue 9: the click used to land on nothing, the field's blur having moved the button):
 * the appendix must carry the typed target, inside Excel and on the web page.
 */
import type { Page } from "playwright-core";
import { STRINGS } from "../../src/taskpane/strings";
import { download, expectTables, generateButton, pickFiles, step, vi } from "./helpers/pane";
import { browserSuite } from "./helpers/suite";
import { dumpAppendix, gridsOf, SAMPLE } from "./helpers/workbooks";
import type { FakeExcelProbe } from "./office-stub/office";

const suite = browserSuite("targets", { foreignRequests: "unchecked" });

/** Thành phố Huế lifts out 130 households in the sample's table; the officer makes it 200. */
const UNIT = "Thành phố Huế";
const TYPED = 200;

/** Types the target and clicks the main action with no pause, Enter or Tab in between. */
async function typeAndGenerate(page: Page): Promise<void> {
  const field = step(page, "plan").getByRole("textbox", { name: STRINGS.vi.unitTarget(UNIT), exact: true });
  expect(await field.inputValue()).toBe("130");
  await field.fill(String(TYPED));
  await generateButton(page).click();
}

/** The appendix's row of the unit, as column letter → value (formulas as their text). */
function unitRow(cells: { address: string; value: unknown; formula: string | null }[]): Record<string, unknown> {
  const nameCell = cells.find((cell) => cell.value === UNIT && cell.address.startsWith("B"));
  if (!nameCell) throw new Error(`No row of ${UNIT} in the appendix`);
  const row = nameCell.address.slice(1);
  return Object.fromEntries(cells.filter((cell) => cell.address.replace(/^[A-Z]+/, "") === row).map((cell) => [cell.address.replace(/\d+$/, ""), cell.formula ?? cell.value]));
}

test("in Excel: the target typed just before the click is in the appendix", async () => {
  const { page } = await suite.open("/taskpane.html", { sheets: await gridsOf(SAMPLE), displayLanguage: "vi-VN" });
  await expectTables(page, 1);
  await typeAndGenerate(page);
  await step(page, "write").getByText(vi.doneExcel("Phụ lục 2021"), { exact: true }).waitFor();
  const cells = await page.evaluate(() => (window as unknown as { __fakeExcel: FakeExcelProbe }).__fakeExcel.cells("Phụ lục 2021"));
  // Column L holds the households to lift out; M is the remaining poor, D − L.
  expect(unitRow(cells)).toMatchObject({ L: TYPED });
});

test("on the web page: the target typed just before the click is in the downloaded appendix", async () => {
  const { page } = await suite.open("/index.html");
  await pickFiles(page, [SAMPLE]);
  await expectTables(page, 1);
  await typeAndGenerate(page);
  const file = await download(page, suite.dir);
  const { cells } = await dumpAppendix(file);
  const row = unitRow(Object.entries(cells).map(([address, cell]) => ({ address, value: cell.value, formula: null })));
  expect(row.L).toBe(TYPED);
});
