/**
 * The jest parts of the engine's mutation runs (stryker.narrow.conf.mjs): the environment that
 * writes down each test file's test names and stops at the first failure, the sequencer that leaves
 * out the files holding none of the tests asked for, and the runner that starts no file after a
 * failure. Jest runs here on a made-up project of three small test files, in a child process as
 * under Stryker (in band), and the test names and files in its --json output say what ran.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";

const HELPERS = join(__dirname, "../helpers");
const JEST = join(__dirname, "../../node_modules/jest/bin/jest.js");

let project: string;
beforeEach(async () => {
  project = await makeTempDir("stryker-test-env-");
  const config = {
    rootDir: project,
    testMatch: ["**/*.test.js"],
    transform: {},
    testEnvironment: join(HELPERS, "stryker-test-env.cjs"),
    testSequencer: join(HELPERS, "fast-first-sequencer.mjs"),
    runner: join(HELPERS, "stryker-test-runner.cjs"),
  };
  writeFileSync(join(project, "jest.config.json"), JSON.stringify(config));
  // Sizes set the order: small (a) before medium (b) before large (c).
  writeTest("a", `describe("sums", () => { it("adds", () => { if (process.env.BREAK === "a") throw new Error("broken"); }); it("adds again", () => {}); });`);
  writeTest("b", `describe("rates", () => { it("divides", () => {}); it.each([1, 2])("rounds %i", () => {}); }); // ${"b".repeat(100)}`);
  writeTest("c", `it("writes the total", () => {}); // ${"c".repeat(300)}`);
});
afterEach(() => removeTempDir(project));

function writeTest(name: string, source: string): void {
  writeFileSync(join(project, `${name}.test.js`), source);
}

interface JestJson {
  testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
}

/** Jest's results as file name → "status full name" of each test, in the order the files ran. */
function runJest(args: string[] = [], env: Record<string, string> = {}): Record<string, string[]> {
  const out = join(project, "out.json");
  const run = spawnSync(process.execPath, [JEST, "-c", "jest.config.json", "--runInBand", "--json", "--outputFile", out, ...args], {
    cwd: project,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  expect(existsSync(out)).toBe(true);
  expect(run.stderr).not.toMatch(/Test suite failed to run/);
  const json = JSON.parse(readFileSync(out, "utf8")) as JestJson;
  const byFile = json.testResults.map((file) => [file.name.slice(project.length + 1), file.assertionResults.map((t) => `${t.status} ${t.fullName}`)]);
  return Object.fromEntries(byFile);
}

function record(file: string): unknown {
  return JSON.parse(readFileSync(join(project, ".stryker-test-names", `${file}.json`), "utf8"));
}

describe("the mutation runs' jest environment, sequencer and runner", () => {
  it("write down the full names of every file's tests in a whole run, as --testNamePattern sees them", () => {
    runJest();
    expect(record("a.test.js")).toEqual(["sums adds", "sums adds again"]);
    expect(record("b.test.js")).toEqual(["rates divides", "rates rounds 1", "rates rounds 2"]);
    expect(record("c.test.js")).toEqual(["writes the total"]);
  });

  it("load only the files that hold a test the pattern asks for", () => {
    runJest();
    expect(runJest(["--testNamePattern", "(rates rounds 2)|(writes the total)"])).toEqual({
      "b.test.js": ["pending rates divides", "pending rates rounds 1", "passed rates rounds 2"],
      "c.test.js": ["passed writes the total"],
    });
  });

  it("run every file when no file has a record yet, or none holds the asked test", () => {
    const all = ["a.test.js", "b.test.js", "c.test.js"];
    expect(Object.keys(runJest(["--testNamePattern", "rates divides"]))).toEqual(all);
    runJest();
    expect(Object.keys(runJest(["--testNamePattern", "no such test"]))).toEqual(all);
  });

  it("skip the tests after the first failure and start no further file", () => {
    runJest();
    expect(runJest([], { BREAK: "a" })).toEqual({ "a.test.js": ["failed sums adds", "pending sums adds again"] });
  });

  it("keep the records of the first whole run, not of one stopped by a failure", () => {
    runJest([], { BREAK: "a" });
    expect(existsSync(join(project, ".stryker-test-names", "b.test.js.json"))).toBe(false);
    runJest();
    expect(record("c.test.js")).toEqual(["writes the total"]);
  });
});
