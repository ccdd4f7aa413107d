/**
 * `npm run mutate:engine -- --report-only` (scripts/mutate-engine.mjs) on a made-up project: its
 * engine is two files in two groups, its Stryker reports are written by hand, so every number the
 * script prints is counted here from the statuses below, as Stryker scores: (killed + timed out) /
 * (all − compile errors − runtime errors − ignored). The map's checks are tested on the same project.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";

const SCRIPT = join(__dirname, "../../scripts/mutate-engine.mjs");

let project: string;
beforeEach(async () => {
  project = await makeTempDir("mutate-engine-");
  for (const file of ["src/engine/cells/one.ts", "src/engine/cells/index.ts", "src/engine/two.ts", "test/engine/one.test.ts"]) {
    write(file, "export {};\n");
  }
  writeGroups([
    { name: "cells", mutate: ["src/engine/cells/*.ts"], tests: ["one"] },
    { name: "two", mutate: ["src/engine/two.ts"], tests: ["one"] },
  ]);
});
afterEach(() => removeTempDir(project));

function write(file: string, text: string): void {
  mkdirSync(join(project, file, ".."), { recursive: true });
  writeFileSync(join(project, file), text);
}

function writeGroups(groups: object[]): void {
  write("stryker.engine-groups.json", JSON.stringify(groups));
}

function writeReport(group: string, file: string, statuses: string[]): void {
  const mutants = statuses.map((status, i) => ({ id: String(i), mutatorName: "BooleanLiteral", status, location: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } }));
  write(`reports/engine/${group}.json`, JSON.stringify({ schemaVersion: "2", thresholds: { high: 90, low: 85 }, files: { [file]: { language: "typescript", source: "", mutants } } }));
}

function reportOnly() {
  const run = spawnSync(process.execPath, [SCRIPT, "--report-only"], { cwd: project, encoding: "utf8" });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

const ONE = ["Killed", "Killed", "Killed", "Timeout", "Survived", "NoCoverage", "CompileError", "RuntimeError"];

describe("scripts/mutate-engine.mjs --report-only", () => {
  it("scores each file and the total from the groups' reports, and names the files not measured", () => {
    writeReport("cells", "src/engine/cells/one.ts", ONE);
    const { status, out, err } = reportOnly();
    expect(err).toBe("");
    expect(status).toBe(0);
    // one.ts: detected 3 + 1 = 4, valid 4 + 1 survived + 1 not covered = 6, 4/6 = 66.7 %.
    expect(out.split("\n")).toEqual([
      "file                     killed  timed out  survived  no coverage  errors  score",
      "src/engine/cells/one.ts       3          1         1            1       2  66.7 % (4 of 6)",
      "total, 1 of 2 files           3          1         1            1       2  66.7 % (4 of 6)",
      "",
      "Not measured yet:",
      "  src/engine/two.ts (npm run mutate:engine -- --only two)",
      "",
    ]);
  });

  it("adds the files up into the total, leaving ignored mutants out like errors", () => {
    writeReport("cells", "src/engine/cells/one.ts", ONE);
    writeReport("two", "src/engine/two.ts", ["Killed", "Killed", "Ignored", "Survived"]);
    const { status, out } = reportOnly();
    expect(status).toBe(0);
    // two.ts: 2 of 3 = 66.7 %; total: killed 5, timed out 1 → 6 detected of 6 + 2 survived + 1 = 9.
    expect(out.split("\n").slice(1, 4)).toEqual([
      "src/engine/cells/one.ts       3          1         1            1       2  66.7 % (4 of 6)",
      "src/engine/two.ts             2          0         1            0       1  66.7 % (2 of 3)",
      "total, 2 of 2 files           5          1         2            1       3  66.7 % (6 of 9)",
    ]);
  });

  it("shows a file of types only, without mutants, as having none", () => {
    writeReport("two", "src/engine/two.ts", []);
    expect(reportOnly().out).toMatch(/^src\/engine\/two\.ts +0 +0 +0 +0 +0  no mutants$/m);
  });

  it("refuses a map that leaves an engine file out, names one twice or names a missing test file", () => {
    write("src/engine/three.ts", "export {};\n");
    writeGroups([
      { name: "cells", mutate: ["src/engine/cells/*.ts"], tests: ["one", "gone"] },
      { name: "two", mutate: ["src/engine/two.ts", "src/engine/cells/one.ts"], tests: ["one"] },
    ]);
    const { status, out, err } = reportOnly();
    expect(status).toBe(1);
    expect(out).toBe("");
    expect(err.split("\n")).toEqual([
      "stryker.engine-groups.json:",
      "  group cells: no test/engine/gone.test.ts",
      "  src/engine/cells/one.ts is in groups cells and two",
      "  src/engine/three.ts is in no group",
      "",
    ]);
  });

  it("refuses a group that names a file that is not there", () => {
    rmSync(join(project, "src/engine/two.ts"));
    const { status, err } = reportOnly();
    expect(status).toBe(1);
    expect(err).toBe("stryker.engine-groups.json: no file src/engine/two.ts\n");
  });
});
