// npm run serve: builds dist/ when it is missing or older than the sources, then serves the web page
// (dist/index.html) on this computer only (127.0.0.1) and prints its address.
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const dist = join(root, "dist");
const port = Number(process.env.PORT ?? 3001);

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildIfNeeded() {
  const page = join(dist, "index.html");
  const sources = Math.max(newestIn(join(root, "src")), statSync(join(root, "webpack.config.js")).mtimeMs);
  if (existsSync(page) && statSync(page).mtimeMs >= sources) return;
  console.log("Đang dựng trang (npm run build)… / Building the page…");
  execFileSync(process.execPath, [join(root, "node_modules/webpack/bin/webpack.js"), "--mode", "production"], { cwd: root, stdio: "inherit" });
}

/** Files under dist/, plus the sample workbook so an officer can try the page at once. */
function fileFor(urlPath) {
  const path = decodeURIComponent(urlPath.split("?")[0]);
  if (path === "/" || path === "") return join(dist, "index.html");
  if (path === "/sample.xlsx") return join(root, "assets/sample/ket-qua-ra-soat-2020.xlsx");
  const file = normalize(join(dist, path));
  return file.startsWith(dist + sep) ? file : null;
}

buildIfNeeded();
const server = createServer((request, response) => {
  const file = fileFor(request.url ?? "/");
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Không có / Not found");
    return;
  }
  response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-cache" });
  createReadStream(file).pipe(response);
});
server.listen(port, "127.0.0.1", () => {
  const url = `http://localhost:${port}/`;
  console.log(`Phụ lục giảm nghèo đang chạy tại ${url} — mở địa chỉ này trong trình duyệt.`);
  console.log(`The page is at ${url} (sample workbook: ${url}sample.xlsx). Ctrl+C to stop.`);
});
