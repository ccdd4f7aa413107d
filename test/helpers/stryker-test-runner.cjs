/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: Stryker loads the environment with require(), and jest its runner */
/**
 * Jest's in-band runner for the engine's mutation runs (stryker.narrow.conf.mjs) that starts no
 * further test file once a test has failed (stryker-test-env.cjs notes the failure): one failure
 * kills the mutant, and loading the group's other files took most of a static mutant's run.
 * Jest's own bail cannot be used under Stryker: it ends the process.
 */
const TestRunner = require("jest-runner").default;
const { RUN } = require("./stryker-test-env.cjs");

class StopAtFirstFailureRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    if (!options.serial) return super.runTests(tests, watcher, options);
    for (const test of tests) {
      if (globalThis[RUN]?.failed) return;
      await super.runTests([test], watcher, options);
    }
  }
}

module.exports = StopAtFirstFailureRunner;
