/**
 * Stryker on one engine file against only the test files that aim at it, for the shared 2-core machine:
 * the dry run then takes seconds, not the minutes the direct tests take. The tests are named in
 * STRYKER_TESTS (comma-separated test/engine file names without ".test.ts"), for example
 *   STRYKER_TESTS=allocate,sharing npx stryker run stryker.narrow.conf.mjs --mutate src/engine/plan/allocate.ts --concurrency 1
 * Incremental, with its own file, so a rerun after new tests only tests what they could change.
 * Each mutant's run loads only the test files that hold its tests and stops at its first failing
 * test (test/helpers/stryker-test-env.cjs, stryker-test-runner.cjs), and skips the testing-library setup the pane's tests
 * need: loading it took about 0.35 s per test file per mutant, and engine tests have no DOM.
 */
import direct from "./stryker.direct.json" with { type: "json" };

const tests = (process.env.STRYKER_TESTS ?? "").split(",").map((t) => t.trim()).filter(Boolean);
if (tests.length === 0) throw new Error("Name the test files in STRYKER_TESTS, e.g. STRYKER_TESTS=allocate,sharing");

export default {
  ...direct,
  jest: {
    ...direct.jest,
    config: {
      ...direct.jest.config,
      testMatch: [`**/test/engine/{${tests.join(",")},}.test.ts`],
      testEnvironment: "./test/helpers/stryker-test-env.cjs",
      runner: "./test/helpers/stryker-test-runner.cjs",
      setupFilesAfterEnv: [],
    },
  },
  incrementalFile: "reports/stryker-narrow.json",
  htmlReporter: { fileName: "reports/mutation/narrow.html" },
  jsonReporter: { fileName: "reports/mutation/narrow.json" },
};
