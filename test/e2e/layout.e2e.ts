/**
 * The pane at Excel's task-pane width (350 px), in Vietnamese, in both modes: at every stage of the
 * job no step may need horizontal scrolling, and nothing may stick out past the pane's right edge
 * (text cut off). Each step is photographed into test-artifacts/e2e/ for a person to look at.
 */
import type { Page } from "playwright-core";
import { seedGrid } from "../helpers/seed-grid";
import { horizontalOverflow, PANE_WIDTH, screenshot } from "./helpers/browser";
import { actionBar, downloadLink, expectTables, generateButton, pickFiles, step, STEPS, stepScreenshot, vi, type Step } from "./helpers/pane";
import { browserSuite } from "./helpers/suite";
import { seedWorkbook } from "./helpers/workbooks";

const suite = browserSuite("layout", { foreignRequests: "unchecked" });

const ALL_STEPS = Object.keys(STEPS) as Step[];

/** Every step, scrolled to in turn, fits the pane's width. `stage` names the moment in a failure. */
async function expectFits(page: Page, stage: string): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("vi");
  for (const name of ALL_STEPS) {
    await step(page, name).scrollIntoViewIfNeeded();
    const { scrollWidth, outside } = await horizontalOverflow(page);
    expect({ stage, step: name, fits: scrollWidth <= PANE_WIDTH, outside }).toEqual({ stage, step: name, fits: true, outside: [] });
  }
}

async function photograph(page: Page, prefix: string): Promise<void> {
  for (const [index, name] of ALL_STEPS.entries()) await stepScreenshot(page, name, `${prefix}-${index + 1}-${name}`);
  await screenshot(page, `${prefix}-0-page`);
}

/** Through the steps with the seed's table (it has findings, so every part of the pane shows). */
async function walkThrough(page: Page, mode: "web" | "office"): Promise<void> {
  await expectFits(page, "data read");
  await step(page, "plan").getByRole("radio", { name: vi.goalRate, exact: true }).check();
  await step(page, "plan").getByRole("textbox", { name: vi.goalPoints, exact: true }).fill("0,5");
  await expectFits(page, "goal set");
  await actionBar(page).getByRole("checkbox", { name: vi.writeAnyway, exact: true }).check();
  await generateButton(page).click();
  await (mode === "web" ? downloadLink(page) : step(page, "write").getByText(vi.doneExcel("Phụ lục 2021"), { exact: true })).waitFor();
  await expectFits(page, "appendix written");
  await photograph(page, mode);
}

test("web page at 350 px: before and after a file is picked, with a goal, and once written", async () => {
  const { page } = await suite.open("/index.html");
  await expectTables(page, 0);
  await expectFits(page, "no file yet");
  await photograph(page, "web-empty");
  await pickFiles(page, [await seedWorkbook(suite.dir)]);
  await expectTables(page, 1);
  await walkThrough(page, "web");
});

test("task pane in Excel at 350 px: the same stages", async () => {
  const { page } = await suite.open("/taskpane.html", { sheets: [seedGrid()], displayLanguage: "vi-VN" });
  await expectTables(page, 1);
  await walkThrough(page, "office");
});
