/**
 * Counts a Stryker report (mutation-testing-report-schema: files → mutants → status) the way Stryker
 * scores it (mutation-testing-metrics): detected = killed + timed out, over all mutants less compile
 * errors, runtime errors and ignored ones. Kept apart from the runner so a test can feed it a
 * hand-written report.
 */

const STATUS_COLUMN = {
  Killed: "killed",
  Timeout: "timeout",
  Survived: "survived",
  NoCoverage: "noCoverage",
  CompileError: "leftOut",
  RuntimeError: "leftOut",
  Ignored: "leftOut",
  Pending: "leftOut",
};

export function emptyCounts() {
  return { killed: 0, timeout: 0, survived: 0, noCoverage: 0, leftOut: 0 };
}

export function countMutants(mutants) {
  const counts = emptyCounts();
  for (const { status } of mutants) {
    const column = STATUS_COLUMN[status];
    if (!column) throw new Error(`Unknown mutant status "${status}"`);
    counts[column] += 1;
  }
  return counts;
}

export function addCounts(a, b) {
  const sum = emptyCounts();
  for (const key of Object.keys(sum)) sum[key] = a[key] + b[key];
  return sum;
}

/** Detected and valid mutants; the score is null when no mutant counts (a file of types only). */
export function scoreOf(counts) {
  const detected = counts.killed + counts.timeout;
  const valid = detected + counts.survived + counts.noCoverage;
  return { detected, valid, percent: valid === 0 ? null : (detected / valid) * 100 };
}

export function formatScore(counts) {
  const { detected, valid, percent } = scoreOf(counts);
  return percent === null ? "no mutants" : `${percent.toFixed(1)} % (${detected} of ${valid})`;
}

const COLUMNS = ["killed", "timeout", "survived", "noCoverage", "leftOut"];
const HEADINGS = ["killed", "timed out", "survived", "no coverage", "errors"];

/** One line per file, then the total: rows are { label, counts }. */
export function formatTable(rows, total) {
  const labelWidth = Math.max(...[...rows, total].map((r) => r.label.length));
  const line = (label, cells, score) =>
    [label.padEnd(labelWidth), ...cells.map((c, i) => String(c).padStart(HEADINGS[i].length)), score].join("  ");
  return [
    line("file", HEADINGS, "score"),
    ...rows.map((r) => line(r.label, COLUMNS.map((c) => r.counts[c]), formatScore(r.counts))),
    line(total.label, COLUMNS.map((c) => total.counts[c]), formatScore(total.counts)),
  ].join("\n");
}
