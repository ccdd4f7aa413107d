/**
 * The pane as an officer sees it in Excel, at 350 × 700, one picture per step (what the window
 * shows with that step scrolled to), on the seed's published table with a province goal and one
 * district's own target. The pictures go to test-artifacts/e2e/pane/; with PANE_PICTURES=docs they
 * are also written there for the README (`PANE_PICTURES=docs npx jest -c jest.e2e.config.js
 * test/e2e/pane-pictures.e2e.ts`). Each picture is taken only once what it must show is there, and
 * the main action must be in view in each.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { seedGrid } from "../helpers/seed-grid";
import { FLOW_STRINGS } from "../../src/taskpane/flow-strings";
import { PLAN_STRINGS } from "../../src/taskpane/plan-strings";
import { PANE_WIDTH, SCREENSHOTS } from "./helpers/browser";
import { actionBar, actionInView, expectTables, generateButton, step, vi } from "./helpers/pane";
import { browserSuite } from "./helpers/suite";
import { ROOT } from "./setup/build";

const suite = browserSuite("pictures", { foreignRequests: "unchecked" });

const OUT = join(SCREENSHOTS, "pane");

/** Scrolls `top` to the top of the window, checks the main action is in view, and takes the picture. */
async function picture(page: Page, top: Locator, name: string): Promise<void> {
  await top.evaluate((element) => element.scrollIntoView({ block: "start" }));
  expect({ name, action: await actionInView(page) }).toEqual({ name, action: "in view" });
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.png`);
  await page.screenshot({ path: file });
  const docs = process.env.PANE_PICTURES;
  if (docs) copyFileSync(file, join(ROOT, docs, `${name}.png`));
}

/** The step's header and panel: its header at the top of the picture. */
const item = (page: Page, name: Parameters<typeof step>[1]) => step(page, name).locator("xpath=..");

test("each step at 350 × 700 in Excel, with a goal shared after a district's own target", async () => {
  const { page } = await suite.open("/taskpane.html", { sheets: [seedGrid()], displayLanguage: "vi-VN" });
  await page.setViewportSize({ width: PANE_WIDTH, height: 700 });
  await expectTables(page, 1);
  await picture(page, item(page, "source"), "pane-1-source");

  // The seed's 5 errors and 17 warnings, as the check step's header says.
  await item(page, "check").getByRole("heading").getByText(FLOW_STRINGS.vi.checkStatus("5", "17")).waitFor();
  await picture(page, item(page, "check"), "pane-2-check");

  const plan = step(page, "plan");
  await plan.getByRole("radio", { name: vi.goalHouseholds, exact: true }).check();
  await plan.getByRole("textbox", { name: vi.goalHouseholdCount, exact: true }).fill("1000");
  await plan.getByRole("textbox", { name: vi.unitTarget("Thành phố Huế"), exact: true }).fill("300");
  const sharing = plan.getByText(
    "Mục tiêu 1.000 hộ thoát nghèo: 300 hộ tự đặt cho 1 đơn vị, còn 700 hộ chia cho các đơn vị khác theo số hộ nghèo, bội số 5.",
    { exact: true },
  );
  await sharing.waitFor();
  // The eight other districts share the 700 again.
  expect(await plan.getByText(PLAN_STRINGS.vi.reshared, { exact: true }).count()).toBe(8);
  await picture(page, sharing, "pane-3-plan");

  // A target past the goal (within Huế's 1,203 poor households): the warning names the numbers.
  await plan.getByRole("textbox", { name: new RegExp(`^${vi.unitTarget("Thành phố Huế")}`) }).fill("1100");
  const warning = plan.getByText(
    "Thành phố Huế 1.100 hộ, vượt mục tiêu chung 1.000 hộ; TX Hương Trà, TX Hương Thủy, Huyện Phong Điền và 5 đơn vị khác được chia 0 hộ.",
    { exact: true },
  );
  await warning.waitFor();
  await picture(page, warning, "pane-3-plan-warning");

  await plan.getByRole("button", { name: vi.clearUnitTargets, exact: true }).click();
  await actionBar(page).getByRole("checkbox", { name: vi.writeAnyway, exact: true }).check();
  await generateButton(page).click();
  await step(page, "write").getByText(vi.doneExcel("Phụ lục 2021"), { exact: true }).waitFor();
  await picture(page, item(page, "write"), "pane-4-write");
});
