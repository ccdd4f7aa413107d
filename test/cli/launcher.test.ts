/**
 * The compiled command line as `npm run appendix` starts it (bin/poverty-appendix.js): exceljs loaded
 * without its streaming reader and writer (src/cli/exceljs-core.ts), and the appendix still written.
 * The modules loaded are read from Node's own require.cache by a script preloaded with -r.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SAMPLE_WORKBOOK } from "../../src/cli/main";
import { makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";

const ROOT = join(__dirname, "../..");

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("launcher-");
  const build = spawnSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: ROOT, encoding: "utf8" });
  expect(build.status).toBe(0);
});
afterAll(() => removeTempDir(dir));

/** The packages under node_modules that a run of the launcher loaded, by name. */
function packagesLoaded(args: string[]): { status: number | null; packages: Set<string> } {
  const probe = join(dir, "probe.js");
  const list = join(dir, "modules.json");
  writeFileSync(probe, `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));`);
  const run = spawnSync(process.execPath, ["-r", probe, join(ROOT, "bin/poverty-appendix.js"), ...args], { cwd: dir, encoding: "utf8" });
  const paths = JSON.parse(readFileSync(list, "utf8")) as string[];
  const packages = new Set(paths.map((path) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1]).filter((name): name is string => !!name));
  return { status: run.status, packages };
}

describe("bin/poverty-appendix.js", () => {
  it("writes the appendix with exceljs's workbook alone: its streaming reader's and writer's packages are never loaded", async () => {
    const input = join(dir, "ket-qua.xlsx");
    copyFileSync(SAMPLE_WORKBOOK, input);
    const out = join(dir, "phu-luc.xlsx");
    const { status, packages } = packagesLoaded([input, "-o", out]);
    expect(status).toBe(0);
    expect(packages).toContain("exceljs");
    for (const streaming of ["unzipper", "archiver", "bluebird", "es-abstract"]) expect(packages).not.toContain(streaming);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    expect(written.worksheets.map((ws) => ws.name)).toContain("Phụ lục 2021");
  });
});
