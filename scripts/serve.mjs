// npm run serve: builds dist/ when it is missing or older than the sources, then serves the web page
// (dist/index.html) on this computer only (127.0.0.1) and prints its address. SERVE_DIST=folder
// serves that folder as it is, without building (the tests); PORT=0 takes any free port.
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const given = process.env.SERVE_DIST;
const dist = given ? resolve(given) : join(root, "dist");
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

/**
 * Sent with every answer, errors included: the page may reach nothing outside this origin (the same
 * policy as web.html's meta tag, which a header makes binding), and no file is run as another type.
 */
const SECURITY_HEADERS = {
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' blob: data:; worker-src 'self' blob:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

/** Files under dist/, plus the sample workbook so an officer can try the page at once; null for a bad URL. */
function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null; // "%" not followed by two hex digits
  }
  if (path.includes("\0")) return null;
  if (path === "/" || path === "") return join(dist, "index.html");
  if (path === "/sample.xlsx") return join(root, "assets/sample/ket-qua-ra-soat-2020.xlsx");
  const file = normalize(join(dist, path));
  return file.startsWith(dist + sep) ? file : "";
}

function answer(response, status, text) {
  response.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": "text/plain; charset=utf-8" }).end(text);
}

if (!given) buildIfNeeded();
const server = createServer((request, response) => {
  if (request.method !== "GET" && request.method !== "HEAD") return answer(response, 405, "Chỉ GET / GET only");
  const file = fileFor(request.url ?? "/");
  if (file === null) return answer(response, 400, "Địa chỉ không hợp lệ / Bad request");
  if (!file || !existsSync(file) || !statSync(file).isFile()) return answer(response, 404, "Không có / Not found");
  response.writeHead(200, { ...SECURITY_HEADERS, "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-cache" });
  if (request.method === "HEAD") return response.end();
  createReadStream(file)
    .on("error", () => response.destroy())
    .pipe(response);
});
server.listen(port, "127.0.0.1", () => {
  const url = `http://localhost:${server.address().port}/`;
  console.log(`Phụ lục giảm nghèo đang chạy tại ${url} — mở địa chỉ này trong trình duyệt.`);
  console.log(`The page is at ${url} (sample workbook: ${url}sample.xlsx). Ctrl+C to stop.`);
});
