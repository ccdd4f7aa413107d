// Bundle sizes for `npm run bench`: every script in dist/ raw and gzipped, and what each page loads
// before it runs (the <script src> of taskpane.html, the Office pane, and index.html, the web page;
// webpack writes them unquoted). office.js comes from Microsoft's CDN and is not counted.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const sizeOf = (file) => {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
};

/** null when dist/ was not built (npm run build). */
export function bundleSizes(dist) {
  if (!existsSync(join(dist, "taskpane.html"))) return null;
  const scripts = Object.fromEntries(
    readdirSync(dist)
      .filter((name) => name.endsWith(".js"))
      .sort()
      .map((name) => [name, sizeOf(join(dist, name))]),
  );
  const firstLoad = (page) => {
    const html = readFileSync(join(dist, page), "utf8");
    const names = [...html.matchAll(/<script[^>]*\ssrc=("[^"]+"|[^\s>]+)/g)].map((m) => m[1].replace(/"/g, "").replace(/^\.?\//, "")).filter((name) => scripts[name]);
    return { scripts: names, raw: names.reduce((n, name) => n + scripts[name].raw, 0), gzip: names.reduce((n, name) => n + scripts[name].gzip, 0) };
  };
  const pages = Object.fromEntries(["taskpane.html", "index.html"].filter((page) => existsSync(join(dist, page))).map((page) => [page, firstLoad(page)]));
  return { scripts, pages };
}
