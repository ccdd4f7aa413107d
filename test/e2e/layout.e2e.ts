/**
 * The pane at Excel's task-pane width (350 px), in Vietnamese, in both modes: at every stage of the
 * job no step may need horizontal scrolling, and nothing may stick out past the pane's right edge
 * (text cut off), and the main action is in view whichever step is scrolled to. Each step is
 * photographed into test-artifacts/e2e/ for a person to look at. The plan table is measured at 320,
 * 350 and 1280 px.
 */
import type { Page } from "playwright-core";
import { seedGrid } from "../helpers/seed-grid";
import { horizontalOverflow, PANE_WIDTH, screenshot } from "./helpers/browser";
import { actionBar, actionInView, downloadLink, expectTables, generateButton, pickFiles, step, STEPS, stepScreenshot, vi, type Step } from "./helpers/pane";
import { browserSuite } from "./helpers/suite";
import { seedWorkbook } from "./helpers/workbooks";

const suite = browserSuite("layout", { foreignRequests: "unchecked" });

const ALL_STEPS = Object.keys(STEPS) as Step[];

/** A short task pane (Excel on a laptop): the main action must be in view without scrolling to it. */
const SHORT_PANE = { width: PANE_WIDTH, height: 700 };

/**
 * Every step, scrolled to in turn, fits the pane's width, and "Tạo phụ lục" is inside the viewport
 * and not covered by anything. `stage` names the moment in a failure.
 */
async function expectFits(page: Page, stage: string): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("vi");
  for (const name of ALL_STEPS) {
    await step(page, name).scrollIntoViewIfNeeded();
    const { scrollWidth, outside } = await horizontalOverflow(page);
    expect({ stage, step: name, fits: scrollWidth <= PANE_WIDTH, outside }).toEqual({ stage, step: name, fits: true, outside: [] });
    expect({ stage, step: name, action: await actionInView(page) }).toEqual({ stage, step: name, action: "in view" });
  }
}


async function photograph(page: Page, prefix: string): Promise<void> {
  for (const [index, name] of ALL_STEPS.entries()) await stepScreenshot(page, name, `${prefix}-${index + 1}-${name}`);
  await screenshot(page, `${prefix}-0-page`);
}

/** Through the steps with the seed's table (it has findings, so every part of the pane shows). */
async function walkThrough(page: Page, mode: "web" | "office"): Promise<void> {
  await expectFits(page, "data read");
  // The plan rates of column N are one line of findings; opened, its rows (with their fields on the web page) fit too.
  await step(page, "check").getByRole("button", { name: /^Cột N: 8 dòng lệch/ }).click();
  await step(page, "check").getByText(mode === "web" ? "Trang Phụ lục, ô N15" : "Phụ lục!N15", { exact: true }).waitFor();
  await expectFits(page, "findings opened");
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
  await page.setViewportSize(SHORT_PANE);
  await expectTables(page, 0);
  await expectFits(page, "no file yet");
  await photograph(page, "web-empty");
  await pickFiles(page, [await seedWorkbook(suite.dir)]);
  await expectTables(page, 1);
  await walkThrough(page, "web");
});

test("task pane in Excel at 350 px: the same stages", async () => {
  const { page } = await suite.open("/taskpane.html", { sheets: [seedGrid()], displayLanguage: "vi-VN" });
  await page.setViewportSize(SHORT_PANE);
  await expectTables(page, 1);
  await walkThrough(page, "office");
});

interface TableMeasure {
  /** Width of the unit column, px. */
  unitColumn: number;
  /** Headers of the numeric columns shown. */
  numberColumns: string[];
  /** Whether each number's text ends at its cell's right padding edge (the target field: by its own alignment). */
  rightAligned: boolean[];
  targetAlign: string;
  /** From the first unit's name to the right edge of its last number, px. */
  nameToLastNumber: number;
}

/** The plan table of the step as it is laid out now. */
function measurePlanTable(page: Page): Promise<TableMeasure> {
  return step(page, "plan")
    .getByRole("table")
    .evaluate((table) => {
      const visible = (element: Element) => getComputedStyle(element).display !== "none";
      const headers = [...table.querySelectorAll("thead th")].filter(visible);
      const row = table.querySelectorAll("tbody tr")[0];
      const cells = [...row.querySelectorAll("td")].filter(visible);
      const textRight = (cell: Element) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return range.getBoundingClientRect().right;
      };
      const contentRight = (cell: Element) => cell.getBoundingClientRect().right - parseFloat(getComputedStyle(cell).paddingRight);
      const numbers = cells.slice(2);
      return {
        unitColumn: Math.round(headers[0].getBoundingClientRect().width),
        numberColumns: headers.slice(1).map((header) => (header.textContent ?? "").trim()),
        rightAligned: numbers.map((cell) => Math.abs(contentRight(cell) - textRight(cell)) < 1.5),
        targetAlign: getComputedStyle(cells[1].querySelector("input") as HTMLInputElement).textAlign,
        nameToLastNumber: Math.round(cells[cells.length - 1].getBoundingClientRect().right - cells[0].getBoundingClientRect().left),
      };
    });
}

test("the plan table: names at least 120 px wide, numbers right-aligned, one column fewer below 360 px, numbers near their names at 1280 px", async () => {
  const { page } = await suite.open("/taskpane.html", { sheets: [seedGrid()], displayLanguage: "vi-VN" });
  await expectTables(page, 1);
  const measures: Record<number, TableMeasure> = {};
  for (const width of [320, 350, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await step(page, "plan").getByRole("table").scrollIntoViewIfNeeded();
    measures[width] = await measurePlanTable(page);
    await stepScreenshot(page, "plan", `plan-table-${width}`);
  }
  const narrow = [vi.previewTarget, vi.previewRate];
  for (const width of [320, 350]) {
    expect({ width, ...measures[width] }).toMatchObject({ width, numberColumns: narrow, rightAligned: [true], targetAlign: "right" });
    expect(measures[width].unitColumn).toBeGreaterThanOrEqual(120);
  }
  expect(measures[1280]).toMatchObject({ numberColumns: [...narrow, vi.previewReduction], rightAligned: [true, true], targetAlign: "right" });
  // The page is 720 px at most; inside it the table stops at 480, so a name is never a page away from its numbers.
  expect(measures[1280].nameToLastNumber).toBeLessThanOrEqual(480);
});
