/**
 * The whole job with the keyboard only (the mouse is never used): Tab and Shift+Tab reach every
 * control, Enter and Space work them, arrow keys move within the goal's radio group as in any
 * radio group. The workbook is the seed's published table, so there are findings to open and the
 * "write anyway" box to tick; the plan goal is changed on the way, and the download must equal the
 * command line run with the same goal.
 */
import type { Locator, Page } from "playwright-core";
import { formatRate } from "../../src/engine/cells/format";
import { actionBar, download, downloadLink, expectTables, generateButton, step, vi } from "./helpers/pane";
import { browserSuite } from "./helpers/suite";
import { cliAppendix, dumpAppendix, seedWorkbook } from "./helpers/workbooks";

// Checked after the test: nothing may have gone beyond the page's own origin.
const suite = browserSuite("keys", { foreignRequests: [] });

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** Presses `key` until `target` has the focus; fails, saying where the focus is, if it never gets there. */
async function pressUntilFocused(page: Page, target: Locator, key = "Tab", max = 150): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`${max} × ${key} never reached ${target}; the focus is on ${at}`);
}

/** The pane reads its source on start and while it works, with its buttons disabled (but focusable). */
async function untilEnabled(target: Locator): Promise<void> {
  await target.page().waitForFunction((element) => element?.getAttribute("aria-disabled") !== "true" && !(element as HTMLButtonElement).disabled, await target.elementHandle());
}

test("pick, check, plan and download with Tab, Shift+Tab, Enter, Space and the arrow keys", async () => {
  const file = await seedWorkbook(suite.dir);
  const { page } = await suite.open("/index.html");

  // Space on the button opens the browser's file chooser, which the test answers. (Not Enter: in
  // headless Chromium Enter opens no chooser even from a bare <input type=file>.)
  const pick = step(page, "source").getByRole("button", { name: vi.pickFiles, exact: true });
  await pressUntilFocused(page, pick);
  await untilEnabled(pick);
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Space")]);
  await chooser.setFiles(file);
  await expectTables(page, 1);

  // issue 9: the main action is a few presses from the picker (the seed has errors: the box first).
  const writeAnyway = actionBar(page).getByRole("checkbox", { name: vi.writeAnyway, exact: true });
  // pressUntilFocused(…, max) presses at most max − 1 times: 8 + 1 = 9 presses at most.
  await pressUntilFocused(page, writeAnyway, "Tab", 9);
  await page.keyboard.press("Space");
  expect(await writeAnyway.isChecked()).toBe(true);
  await pressUntilFocused(page, generateButton(page), "Tab", 2);
  // On the web page there is no cell to go to: findings are text, not Tab stops that do nothing.
  expect(await step(page, "check").getByRole("button", { name: /^Trang Phụ lục, ô J7/ }).count()).toBe(0);
  await step(page, "check").getByText(/^Trang Phụ lục, ô J7/).first().waitFor();

  // The goal: Tab lands on the chosen radio, the arrow key chooses the next one.
  const plan = step(page, "plan");
  await pressUntilFocused(page, plan.getByRole("radio", { name: vi.goalTable, exact: true }));
  await page.keyboard.press("ArrowDown");
  expect(await plan.getByRole("radio", { name: vi.goalRate, exact: true }).isChecked()).toBe(true);
  const points = plan.getByRole("textbox", { name: vi.goalPoints, exact: true });
  await pressUntilFocused(page, points);
  await page.keyboard.type("0,5");
  // The preview follows the goal: the province's rates as the command line computes them for it.
  const cli = await cliAppendix(file, suite.dir, ["--allow-errors", "--target-rate-reduction", "0,5"]);
  const { name, poorRate, remainingRate, rateReduction } = cli.total;
  const reduction = vi.totalReduction(name, ...([poorRate, remainingRate, rateReduction].map((n) => formatRate(n, "vi")) as [string, string, string]));
  await plan.getByText(reduction, { exact: true }).waitFor();

  // Back up to the bar, which comes right after the first step.
  await pressUntilFocused(page, generateButton(page), "Shift+Tab");
  // And back: Shift+Tab returns to the box ticked before.
  await page.keyboard.press("Shift+Tab");
  expect(await isFocused(writeAnyway)).toBe(true);
  await page.keyboard.press("Tab");
  await untilEnabled(generateButton(page));
  await page.keyboard.press("Enter");

  await downloadLink(page).waitFor();
  await pressUntilFocused(page, downloadLink(page));
  const downloaded = await download(page, suite.dir, () => page.keyboard.press("Enter"));

  expect(await dumpAppendix(downloaded)).toEqual(await dumpAppendix(cli.file));
});
