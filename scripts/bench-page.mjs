// npm run bench:page: how long the web page blocks its main thread while an officer picks a national
// table (10,600 communes), generates the appendix and downloads it, in Debian's Chromium on dist/ as
// built (npm run build first). Long tasks (over 50 ms) are collected with a PerformanceObserver from the
// pick to the download. Timings are for people to read, not for tests (the tests assert that exceljs
// runs in the worker instead).
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { benchWorkbook } from "./bench-workbook.mjs";
import { chromium } from "playwright-core";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const dist = join(root, "dist");
const units = Number(process.argv[2] ?? 10600);
if (!existsSync(join(dist, "index.html"))) {
  console.error("dist/ is missing: run npm run build first.");
  process.exit(2);
}

/** The same national table as npm run bench reads (scripts/bench-workbook.mjs). */
async function nationalWorkbook(file) {
  await benchWorkbook(units).xlsx.writeFile(file);
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png" };
const server = createServer((request, response) => {
  const path = decodeURIComponent((request.url ?? "/").split("?")[0]);
  const file = normalize(join(dist, path === "/" ? "index.html" : path));
  if (!file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile()) return response.writeHead(404).end();
  response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(response);
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const dir = mkdtempSync(join(tmpdir(), "bench-page-"));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const workbook = join(dir, "ca-nuoc.xlsx");
  await nationalWorkbook(workbook);
  const context = await browser.newContext({ viewport: { width: 350, height: 900 }, acceptDownloads: true, locale: "vi-VN" });
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, ms: e.duration })))).observe({ type: "longtask", buffered: true });
  });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
  const input = page.getByLabel("Chọn tệp Excel", { exact: true });
  await page.waitForFunction((element) => !element.disabled, await input.elementHandle());
  const picked = await page.evaluate(() => performance.now());
  await input.setInputFiles(workbook);
  await page.getByText("Tìm thấy 1 bảng số liệu.", { exact: true }).waitFor({ timeout: 300000 });
  const read = await page.evaluate(() => performance.now());
  const anyway = page.getByRole("checkbox", { name: "Vẫn tạo khi còn lỗi", exact: true });
  if (await anyway.count()) await anyway.check();
  await page.getByRole("button", { name: "Tạo phụ lục", exact: true }).click();
  const link = page.getByRole("link", { name: /^Tải xuống / });
  await link.waitFor({ timeout: 300000 });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  await download.path();
  const done = await page.evaluate(() => performance.now());
  const tasks = (await page.evaluate(() => window.__longTasks)).filter((task) => task.start >= picked);
  const longest = tasks.reduce((max, task) => Math.max(max, task.ms), 0);
  console.log(`web page, ${units} units: pick → tables shown ${((read - picked) / 1000).toFixed(1)} s, pick → download ${((done - picked) / 1000).toFixed(1)} s`);
  console.log(`main-thread long tasks (> 50 ms): ${tasks.length}, over 200 ms: ${tasks.filter((t) => t.ms > 200).length}, longest ${longest.toFixed(0)} ms`);
  console.log(`  each, in ms: ${tasks.map((t) => t.ms.toFixed(0)).join(", ")}`);
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
