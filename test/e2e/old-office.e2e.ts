/**
 * taskpane.html where the pane's script cannot run: Office 2016/2019 without WebView2 shows add-ins in
 * Internet Explorer 11 or Edge Legacy (EdgeHTML 18), which lack the newer syntax and functions the
 * pane's libraries use. The page's own ES5 check must then say, in Vietnamese and English, what to do.
 */
import { step } from "./helpers/pane";
import { browserSuite } from "./helpers/suite";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
// office.js, answered by the stand-in, once per load.
const suite = browserSuite("old-office", { foreignRequests: [OFFICE_JS, OFFICE_JS] });

test("an old webview gets what to do instead of the pane, in both languages; a current one gets the pane", async () => {
  const { page, context } = await suite.open("/taskpane.html", { sheets: [], displayLanguage: "vi-VN" });
  await step(page, "source").waitFor();
  expect(await page.locator("#old-office").isHidden()).toBe(true);

  // EdgeHTML 18 has no Object.fromEntries (ES2019), which Fluent UI calls.
  await context.addInitScript(() => {
    delete (Object as { fromEntries?: unknown }).fromEntries;
  });
  await page.reload();
  await page.getByRole("heading", { name: "Phiên bản Excel này chưa chạy được Phụ lục giảm nghèo", exact: true }).waitFor();
  expect(await page.getByRole("heading", { name: "This version of Excel cannot run the add-in", exact: true }).isVisible()).toBe(true);
  expect(await page.getByText("Microsoft 365 hoặc Office 2021 trở lên", { exact: false }).isVisible()).toBe(true);
  // The web page's address, for a current browser.
  expect(await page.getByText(`${suite.origin}/index.html`, { exact: true }).isVisible()).toBe(true);
  // The pane did not start on top of the notice.
  expect(await page.getByRole("region").count()).toBe(0);
  expect(await page.locator("#container").count()).toBe(0);
});
