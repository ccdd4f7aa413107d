/**
 * Test order for mutation testing (stryker.conf.json): smallest test files first. Jest's own order
 * runs the slowest files first, so every mutant, even one the first small test kills, waited for the
 * slow files before the run could stop at its first failure.
 */
const fs = require("fs");
const Sequencer = require("@jest/test-sequencer").default;

class FastFirstSequencer extends Sequencer {
  sort(tests) {
    const size = (test) => fs.statSync(test.path).size;
    return [...tests].sort((a, b) => size(a) - size(b) || a.path.localeCompare(b.path));
  }
}

module.exports = FastFirstSequencer;
