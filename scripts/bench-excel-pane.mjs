// node scripts/bench-excel-pane.mjs [units] [key gap ms]: how long the pane inside Excel blocks its
// thread while an officer types a province goal ("1234", a key every 120 ms by default; a gap over the
// pane's 250 ms pause analyses at every key) on a national table (10,600 communes), then clicks
// "Tạo phụ lục". dist/ as built (npm run build) in Debian's Chromium, with office.js answered by
// the browser tests' stand-in over the fake Excel (test-artifacts/e2e-build/office.js, which any browser
// test run builds, e.g. npx jest -c jest.e2e.config.js test/e2e/office.e2e.ts). Long tasks (over 50 ms)
// come from a PerformanceObserver; those that are mostly the fake Excel's own work (applying a request,
// which real Excel does in its own process; the stand-in's hostTasks) are counted apart from the
// pane's. The request's JSON is made in the pane's task, as Office.js does. Also: what copying the read grids to a worker would cost (a
// structured clone, the price of analysing off the pane's thread). For people to read, never for tests.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { loadavg } from "node:os";
import { createRequire } from "node:module";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { benchWorkbook } from "./bench-workbook.mjs";
import { build, isStale } from "./build-cli.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const dist = join(root, "dist");
const stub = join(root, "test-artifacts/e2e-build/office.js");
const units = Number(process.argv[2] ?? 10600);
const KEY_GAP_MS = Number(process.argv[3] ?? 120);
for (const [file, how] of [[join(dist, "taskpane.html"), "npm run build"], [stub, "npx jest -c jest.e2e.config.js test/e2e/office.e2e.ts"]]) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run ${how} first.`);
    process.exit(2);
  }
}
const cliConfig = join(root, "tsconfig.cli.json");
if (isStale(cliConfig) && build(cliConfig) !== 0) process.exit(1);
const { workbookToGrids } = createRequire(import.meta.url)("../build/cli/xlsx/read-workbook.js");

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png" };
const server = createServer((request, response) => {
  const path = decodeURIComponent((request.url ?? "/").split("?")[0]);
  const file = normalize(join(dist, path === "/" ? "taskpane.html" : path));
  if (!file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile()) return response.writeHead(404).end();
  response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(response);
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const ms = (tasks) => tasks.map((t) => t.ms.toFixed(0)).join(", ") || "none";
const longest = (tasks) => tasks.reduce((max, task) => Math.max(max, task.ms), 0).toFixed(0);
try {
  const sheets = workbookToGrids(benchWorkbook(units));
  const context = await browser.newContext({ viewport: { width: 350, height: 900 }, locale: "vi-VN" });
  await context.route("https://appsforoffice.microsoft.com/lib/1/hosted/office.js", (route) => route.fulfill({ path: stub, contentType: "text/javascript; charset=utf-8" }));
  await context.addInitScript((setup) => {
    Object.assign(window, { __E2E_OFFICE__: setup, __longTasks: [] });
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, ms: e.duration })))).observe({ type: "longtask", buffered: true });
  }, { sheets, displayLanguage: "vi-VN", answersInLaterTasks: true });
  const page = await context.newPage();
  const opened = Date.now();
  await page.goto(`http://127.0.0.1:${server.address().port}/taskpane.html`);
  await page.getByText("Tìm thấy 1 bảng số liệu.", { exact: true }).waitFor({ timeout: 600000 });
  console.log(`inside Excel (stand-in office.js), ${units} units: open → tables shown ${((Date.now() - opened) / 1000).toFixed(1)} s`);

  await page.getByRole("radio", { name: "Mục tiêu của tỉnh: số hộ thoát nghèo", exact: true }).check();
  const field = page.getByRole("textbox", { name: "Số hộ thoát nghèo", exact: true });
  await field.focus();
  await page.waitForTimeout(1000);
  const keys = [];
  for (const key of "1234") {
    keys.push(await page.evaluate(() => performance.now()));
    await page.keyboard.press(key);
    await page.waitForTimeout(KEY_GAP_MS);
  }
  await page.getByText("Tổng số hộ phấn đấu giảm: 1.234.", { exact: true }).waitFor({ timeout: 600000 });
  const typed = await page.evaluate(() => performance.now());
  // Read again after the write: the tasks observed so far, not only those before the typing ended.
  let all = await page.evaluate(() => window.__longTasks);
  const between = (from, to) => all.filter((task) => task.start >= from && task.start < to);
  console.log(`typing "1234", a key every ${KEY_GAP_MS} ms, until the pane shows the plan:`);
  keys.forEach((at, i) => console.log(`  after key ${i + 1}: long tasks ${ms(between(at, keys[i + 1] ?? typed))}`));
  const typing = between(keys[0], typed);
  console.log(`  longest ${longest(typing)} ms; over 200 ms: ${typing.filter((t) => t.ms > 200).length}`);

  const anyway = page.getByRole("checkbox", { name: "Vẫn tạo khi còn lỗi", exact: true });
  if (await anyway.count()) await anyway.check();
  const clicked = await page.evaluate(() => performance.now());
  await page.getByRole("button", { name: "Tạo phụ lục", exact: true }).click();
  await page.getByText(/^Đã tạo trang "Phụ lục/).waitFor({ timeout: 600000 });
  const written = await page.evaluate(() => performance.now());
  all = await page.evaluate(() => window.__longTasks);
  const writing = between(clicked, written);
  const hostTasks = await page.evaluate(() => window.__fakeExcel.hostTasks());
  const hostShare = (task) =>
    hostTasks.reduce((sum, host) => sum + Math.max(0, Math.min(task.start + task.ms, host.start + host.ms) - Math.max(task.start, host.start)), 0) / task.ms;
  const fakes = writing.filter((task) => hostShare(task) >= 0.5);
  const panes = writing.filter((task) => hostShare(task) < 0.5);
  console.log(`"Tạo phụ lục" → written ${((written - clicked) / 1000).toFixed(1)} s; long tasks: ${writing.length}, longest ${longest(writing)} ms`);
  console.log(`  the pane's: ${ms(panes)}; longest ${longest(panes)} ms; over 200 ms: ${panes.filter((t) => t.ms > 200).length}`);
  console.log(`  the fake Excel's own work (off the pane's thread in Excel): ${ms(fakes)}`);

  // The grids as a worker would be sent them: one structured clone per read.
  const clone = await page.evaluate((grids) => {
    const times = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      structuredClone(grids);
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[2];
  }, sheets);
  console.log(`structured clone of the read grids (a worker's copy), median of 5: ${clone.toFixed(0)} ms`);
  console.log(`load average (1, 5, 15 min): ${loadavg().map((load) => load.toFixed(1)).join(", ")}`);
} finally {
  await browser.close();
  server.close();
}
