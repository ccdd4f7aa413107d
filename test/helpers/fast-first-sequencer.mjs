/**
 * Test order for mutation testing (stryker.conf.json): smallest test files first. Jest's own order
 * runs the slowest files first, so every mutant, even one the first small test kills, waited for the
 * slow files before the run could stop at its first failure.
 */
import { statSync } from "node:fs";
import sequencer from "@jest/test-sequencer";

const Sequencer = sequencer.default ?? sequencer;

export default class FastFirstSequencer extends Sequencer {
  sort(tests) {
    const size = (test) => statSync(test.path).size;
    return [...tests].sort((a, b) => size(a) - size(b) || a.path.localeCompare(b.path));
  }
}
