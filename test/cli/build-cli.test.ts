/**
 * `npm run appendix` compiles the command line only when a source changed (scripts/build-cli.mjs).
 * Run on a copy of the package without build/, as a fresh clone is: the first run compiles, the
 * second finds nothing to do and leaves the compiled files alone, an edit compiles again.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";

const ROOT = join(__dirname, "../..");
const PACKAGE_FILES = ["package.json", "tsconfig.json", "tsconfig.cli.json", "bin", "scripts/build-cli.mjs", "scripts/appendix.mjs", "src/engine", "src/xlsx", "src/cli"];

let copy: string;
beforeAll(async () => {
  copy = await makeTempDir("build-cli-");
  for (const path of PACKAGE_FILES) cpSync(join(ROOT, path), join(copy, path), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");
});
afterAll(() => removeTempDir(copy));

function buildCli(...flags: string[]): void {
  const result = spawnSync(process.execPath, ["scripts/build-cli.mjs", ...flags], { cwd: copy, encoding: "utf8" });
  expect(result.stderr + result.stdout).toBe("");
  expect(result.status).toBe(0);
}

const compiledMain = () => join(copy, "build/cli/cli/main.js");
const builtAt = () => statSync(compiledMain()).mtimeMs;

describe("scripts/build-cli.mjs", () => {
  it("compiles on the first run, skips tsc when nothing changed, and compiles again after an edit", () => {
    expect(existsSync(join(copy, "build"))).toBe(false);
    buildCli();
    const first = builtAt();
    const help = spawnSync(process.execPath, ["bin/poverty-appendix.js", "--help", "--lang", "en"], { cwd: copy, encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--out");

    buildCli();
    expect(builtAt()).toBe(first);

    // One second later than anything built, whatever the file system's time resolution.
    const later = new Date(Date.now() + 1000);
    utimesSync(join(copy, "src/cli/report.ts"), later, later);
    buildCli();
    expect(builtAt()).toBeGreaterThan(first);
  });

  it("compiles again when a file with an old time is moved in (its folder's time changes)", () => {
    const before = builtAt();
    const moved = join(copy, "src/cli/report-copy.ts");
    cpSync(join(copy, "src/cli/report.ts"), moved);
    const longAgo = new Date("2020-01-01T00:00:00Z");
    utimesSync(moved, longAgo, longAgo);
    buildCli();
    expect(existsSync(join(copy, "build/cli/cli/report-copy.js"))).toBe(true);
    expect(builtAt()).toBeGreaterThan(before);
  });

  it("compiles with --force (npm run build:cli, npm ci's prepare) and leaves a stamp the next check trusts", () => {
    const before = builtAt();
    buildCli("--force");
    const forced = builtAt();
    expect(forced).toBeGreaterThan(before);
    buildCli();
    expect(builtAt()).toBe(forced);
  });

  it("leaves nothing of an earlier build behind: a file compiled from a moved source would shadow its new folder", () => {
    // src/engine/detect.ts became src/engine/detect/index.ts: an old build/cli/engine/detect.js would win require("./detect").
    writeFileSync(join(copy, "build/cli/engine/detect.js"), 'throw new Error("stale");');
    buildCli("--force");
    expect(existsSync(join(copy, "build/cli/engine/detect.js"))).toBe(false);
    const help = spawnSync(process.execPath, ["bin/poverty-appendix.js", "--help"], { cwd: copy, encoding: "utf8" });
    expect(help.status).toBe(0);
  });

  it("npm run appendix compiles an edit and runs the command line, then runs it without compiling", () => {
    const appendix = () => spawnSync("npm", ["run", "--silent", "appendix", "--", "--help", "--lang", "en"], { cwd: copy, encoding: "utf8" });
    buildCli();
    const before = builtAt();
    // The last build's stamp made older than every source, as an edit after it would.
    const longAgo = new Date("2020-01-01T00:00:00Z");
    utimesSync(join(copy, "build/cli/.built"), longAgo, longAgo);
    const edited = appendix();
    expect(edited.status).toBe(0);
    expect(edited.stdout).toContain("--out");
    const rebuilt = builtAt();
    expect(rebuilt).toBeGreaterThan(before);

    const unchanged = appendix();
    expect(unchanged.status).toBe(0);
    expect(unchanged.stdout).toContain("--out");
    expect(builtAt()).toBe(rebuilt);
  });
});
