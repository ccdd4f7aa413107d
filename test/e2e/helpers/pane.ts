/**
 * The pane as an officer sees it: its four steps are named regions, and everything is found by role
 * and by the Vietnamese words of src/taskpane/strings.ts, matched exactly ("4. Tạo phụ lục" also
 * contains the button's name "Tạo phụ lục").
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { FLOW_STRINGS } from "../../../src/taskpane/flow-strings";
import { STRINGS } from "../../../src/taskpane/strings";
import { SCREENSHOTS } from "./browser";

export const vi = STRINGS.vi;
export const STEPS = { source: vi.stepSource, check: vi.stepCheck, plan: vi.stepPlan, write: vi.stepWrite } as const;
export type Step = keyof typeof STEPS;

export function step(page: Page, name: Step): Locator {
  return page.getByRole("region", { name: STEPS[name], exact: true });
}

/** The bar fixed at the pane's bottom with the main action, named by its label in src/taskpane/flow-strings.ts. */
export function actionBar(page: Page): Locator {
  return page.getByRole("region", { name: FLOW_STRINGS.vi.actionBar, exact: true });
}

export function generateButton(page: Page): Locator {
  return actionBar(page).getByRole("button", { name: vi.generate, exact: true });
}

/** "in view", or where the main action is instead (outside the viewport, or under another element). */
export async function actionInView(page: Page): Promise<string> {
  const box = await generateButton(page).boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return "not shown";
  const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
  if (!inside) return `at ${Math.round(box.x)},${Math.round(box.y)} (${Math.round(box.width)} × ${Math.round(box.height)}) in ${viewport.width} × ${viewport.height}`;
  const onTop = await generateButton(page).evaluate((button, [x, y]) => button.contains(document.elementFromPoint(x, y)), [box.x + box.width / 2, box.y + box.height / 2]);
  return onTop ? "in view" : "covered";
}

/** The file input itself (hidden behind its button), as a test can fill it. */
export function fileInput(page: Page): Locator {
  return page.getByLabel(vi.pickFiles, { exact: true });
}

export async function pickFiles(page: Page, files: string[]): Promise<void> {
  // The pane reads its (empty) source on start, with the input disabled meanwhile.
  await page.waitForFunction((input) => !(input as HTMLInputElement).disabled, await fileInput(page).elementHandle());
  await fileInput(page).setInputFiles(files);
}

/** Waits until the source step says how many tables it found. */
export async function expectTables(page: Page, count: number): Promise<void> {
  await step(page, "source").getByRole("status").filter({ hasText: vi.tablesFound(count, String(count)) }).waitFor();
}

/** Counts shown in the check step's group headings ("Lỗi 3"), 0 for a group not shown. */
export async function findingCounts(page: Page): Promise<Record<"error" | "warning" | "info", number>> {
  const check = step(page, "check");
  const count = async (severity: "error" | "warning" | "info") => {
    const heading = check.getByRole("heading", { level: 3 }).filter({ hasText: new RegExp(`^${vi.severity[severity]}\\s*[\\d.]+$`) });
    if ((await heading.count()) === 0) return 0;
    return Number((await heading.innerText()).replace(/\D/g, ""));
  };
  return { error: await count("error"), warning: await count("warning"), info: await count("info") };
}

/** The link the files host offers once the appendix is made. */
export function downloadLink(page: Page): Locator {
  return step(page, "write").getByRole("link", { name: new RegExp(`^${vi.download("")}`) });
}

/** Follows the download link (clicked, or activated however `activate` does it) and saves the workbook. */
export async function download(page: Page, dir: string, activate?: () => Promise<void>): Promise<string> {
  const link = downloadLink(page);
  await link.waitFor();
  const [file] = await Promise.all([page.waitForEvent("download"), activate ? activate() : link.click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** A picture of one step (its header and panel) for a person to look at; not compared. */
export async function stepScreenshot(page: Page, name: Step, file: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const item = step(page, name).locator("xpath=..");
  await item.screenshot({ path: join(SCREENSHOTS, `${file}.png`) });
}
