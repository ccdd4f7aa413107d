/**
 * Test order for mutation testing (stryker.conf.json): smallest test files first. Jest's own order
 * runs the slowest files first, so every mutant, even one the first small test kills, waited for the
 * slow files before the run could stop at its first failure (stryker-test-env.cjs stops it there).
 * In a mutant's run (Stryker names its tests in --testNamePattern) a file is left out when the names
 * its tests had in the sandbox's dry run (written down by stryker-test-env.cjs) match none of them:
 * jest would load it only to skip every test in it. A file without a record always runs.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import sequencer from "@jest/test-sequencer";

const Sequencer = sequencer.default ?? sequencer;
const { RUN, recordFile } = createRequire(import.meta.url)("./stryker-test-env.cjs");

export default class FastFirstSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.globalConfig = options?.globalConfig;
  }

  sort(tests) {
    globalThis[RUN] = { failed: false };
    const size = (test) => statSync(test.path).size;
    const sorted = [...tests].sort((a, b) => size(a) - size(b) || a.path.localeCompare(b.path));
    const pattern = this.globalConfig?.testNamePattern;
    if (!pattern) return sorted;
    const asked = new RegExp(pattern, "i");
    const holdsAsked = (test) => {
      const file = recordFile(this.globalConfig.rootDir, test.path);
      return !existsSync(file) || JSON.parse(readFileSync(file, "utf8")).some((name) => asked.test(name));
    };
    const kept = sorted.filter(holdsAsked);
    return kept.length > 0 ? kept : sorted;
  }
}
