/**
 * The built pages as files (no browser): the pane's first download inside Excel (the scripts
 * taskpane.html loads before anything shows) within its budget, every script parseable at the
 * ECMAScript version the README claims, and taskpane.html's own old-browser check in ES5, so that
 * it runs where the rest cannot even be parsed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parse, type Options } from "acorn";
import { DIST } from "./setup/build";

/** issue 10: the pane opens on every click of the ribbon button, slowest on Excel on the web. */
const FIRST_LOAD_GZIP_BUDGET = 150 * 1024;
/** The newest syntax the bundles may use (README, "Excel versions"): class static blocks in tabster, Fluent's focus library. */
const CLAIMED_ECMASCRIPT: Options["ecmaVersion"] = 2022;

const read = (name: string) => readFileSync(join(DIST, name));

/** The page's own scripts, in the order it loads them (office.js from Microsoft's CDN is not ours). */
function pageScripts(page: string): string[] {
  const html = read(page).toString();
  // The built HTML is minified: attribute values may be unquoted.
  return [...html.matchAll(/<script\b[^>]*\bsrc=("?)([^"\s>]+)\1/g)].map((match) => match[2]).filter((src) => !/^https?:/.test(src));
}

/** The script file holding exceljs (the web page's workbook reader), found by its code, not its name. */
function exceljsFiles(): string[] {
  // "xl/theme/theme1.xml": a part exceljs writes and our own code never names (it does read xl/workbook.xml).
  return readdirSync(DIST).filter((name) => name.endsWith(".js") && read(name).includes("xl/theme/theme1.xml"));
}

test(`inside Excel the pane's first download is at most ${FIRST_LOAD_GZIP_BUDGET / 1024} KB gzipped, without exceljs`, () => {
  const scripts = pageScripts("taskpane.html");
  expect(scripts.length).toBeGreaterThan(0);
  const gzipped = scripts.reduce((total, script) => total + gzipSync(read(script)).length, 0);
  expect(gzipped).toBeLessThanOrEqual(FIRST_LOAD_GZIP_BUDGET);
  expect(exceljsFiles()).toHaveLength(1);
  expect(scripts).not.toContain(exceljsFiles()[0]);
  // Importing district workbooks loads with the Excel adapter: the first download only asks whether Excel can.
  const firstLoad = scripts.map((script) => read(script).toString()).join("\n");
  expect(firstLoad).not.toContain("insertWorksheetsFromBase64");
  expect(readdirSync(DIST).some((name) => name.endsWith(".js") && read(name).includes("insertWorksheetsFromBase64"))).toBe(true);
  // The web page loads the same first scripts; exceljs comes later, in its worker.
  expect(pageScripts("index.html")).toEqual(scripts);
});

test(`every script parses as ECMAScript ${CLAIMED_ECMASCRIPT}`, () => {
  const scripts = readdirSync(DIST).filter((name) => name.endsWith(".js"));
  expect(scripts.length).toBeGreaterThan(3);
  for (const script of scripts) {
    expect(() => parse(read(script).toString(), { ecmaVersion: CLAIMED_ECMASCRIPT })).not.toThrow();
  }
});

test("taskpane.html's old-browser check is ES5, which Internet Explorer 11 runs", () => {
  const html = read("taskpane.html").toString();
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  expect(inline).toHaveLength(1);
  expect(() => parse(inline[0], { ecmaVersion: 5 })).not.toThrow();
  // The syntax it tries is the newest the bundles use, so that it fails wherever they would.
  expect(inline[0]).toContain("static {");
});
