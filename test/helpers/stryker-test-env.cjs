/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: Stryker loads the environment with require(), and jest its runner */
/**
 * The test environment of the engine's mutation runs (stryker.narrow.conf.mjs), with the
 * fast-first sequencer beside it. Jest loads every test file of a group for every mutant, and
 * most of a mutant's time went there, not into its tests. This environment
 *   - writes down, in the first whole run of a Stryker sandbox (its dry run), the full name of
 *     every test each file holds, so the sequencer can leave out of a mutant's run the files that
 *     hold none of the tests Stryker asks for: jest would load them only to skip all their tests;
 *   - skips the tests left in a mutant's run once one has failed: one failure kills the mutant
 *     (Stryker's disableBail is false), and jest's own bail cannot be used under Stryker.
 * A file's record is its list of names, as jest matches them against --testNamePattern.
 */
const { mkdirSync, writeFileSync, existsSync, renameSync } = require("node:fs");
const { join, relative } = require("node:path");
const NodeEnvironment = require("jest-environment-node").TestEnvironment;

const RUN = Symbol.for("poverty-appendix.stryker-run");

/** Shared with the sequencer, which starts a fresh one for each jest run. */
function currentRun() {
  globalThis[RUN] ??= { failed: false };
  return globalThis[RUN];
}

function namesFolder(rootDir) {
  return join(rootDir, ".stryker-test-names");
}

function recordFile(rootDir, testPath) {
  return join(namesFolder(rootDir), `${relative(rootDir, testPath).replace(/[\\/]/g, "__")}.json`);
}

/** As jest-circus names a test for --testNamePattern: its describe blocks' names and its own. */
function fullName(test) {
  const names = [];
  for (let block = test; block.parent; block = block.parent) names.unshift(block.name);
  return names.join(" ");
}

class StrykerTestEnvironment extends NodeEnvironment {
  constructor(config, context) {
    super(config, context);
    this.rootDir = config.projectConfig.rootDir;
    this.testPath = context.testPath;
    this.wholeRun = !config.globalConfig.testNamePattern;
    this.names = [];
  }

  async handleTestEvent(event) {
    const run = currentRun();
    if (event.name === "test_start") {
      if (run.failed) event.test.mode = "skip";
      else this.names.push(fullName(event.test));
    } else if (event.name === "test_done" && event.test.errors.length > 0) {
      run.failed = true;
    }
  }

  async teardown() {
    const file = recordFile(this.rootDir, this.testPath);
    // Only a whole run where every test ran names them all; the dry run is the first, all passing.
    if (this.wholeRun && !currentRun().failed && !existsSync(file)) {
      mkdirSync(namesFolder(this.rootDir), { recursive: true });
      writeFileSync(`${file}.${process.pid}`, JSON.stringify(this.names));
      renameSync(`${file}.${process.pid}`, file);
    }
    await super.teardown();
  }
}

module.exports = StrykerTestEnvironment;
module.exports.RUN = RUN;
module.exports.recordFile = recordFile;
