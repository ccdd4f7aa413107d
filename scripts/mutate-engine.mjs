/**
 * The mutation score of the whole engine (src/engine without its index.ts files), as issue 12 asks.
 * A run of every engine mutant against every engine test takes hours on the shared 2-core machine,
 * so stryker.engine-groups.json splits the engine into groups, each tested by the test files that
 * aim at it (stryker.narrow.conf.mjs). Each group keeps its Stryker report in reports/engine/<group>.json,
 * which is also where its next run starts (incremental): a rerun tests only the mutants whose code or
 * tests changed.
 *
 *   npm run mutate:engine                          every group, one process
 *   npm run mutate:engine -- --only detect         one group
 *   npm run mutate:engine -- --only src/engine/detect/rows.ts   one file, with its group's tests
 *   npm run mutate:engine -- --report-only         the scores from the reports already there
 *   options: --concurrency <n> (default 1), --force (retest every mutant of what runs)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { addCounts, countMutants, emptyCounts, formatTable } from "./mutation-score.mjs";

const GROUPS_FILE = "stryker.engine-groups.json";
const ENGINE = "src/engine";
const REPORTS = "reports/engine";

function fail(message) {
  console.error(message);
  process.exit(1);
}

function parseArgs(argv) {
  const args = { only: null, reportOnly: false, concurrency: "1", force: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--report-only") args.reportOnly = true;
    else if (arg === "--force") args.force = true;
    else if (arg === "--only" || arg === "--concurrency") {
      const value = argv[++i];
      if (!value) fail(`${arg} needs a value`);
      if (arg === "--only") args.only = value;
      else args.concurrency = value;
    } else fail(`Unknown option ${arg}; see the comment at the top of scripts/mutate-engine.mjs`);
  }
  return args;
}

/** Every engine file Stryker mutates: all .ts files under src/engine except the index.ts re-exports. */
function engineFiles(dir = ENGINE) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return engineFiles(path);
    return entry.name.endsWith(".ts") && entry.name !== "index.ts" ? [path] : [];
  });
}

/** A group names files exactly or as "<folder>/*.ts" (every file of the folder but index.ts). */
function expand(pattern) {
  if (pattern.endsWith("/*.ts")) {
    const dir = pattern.slice(0, -"/*.ts".length);
    if (!existsSync(dir)) fail(`${GROUPS_FILE}: no folder ${dir}`);
    return readdirSync(dir)
      .filter((name) => name.endsWith(".ts") && name !== "index.ts")
      .map((name) => `${dir}/${name}`);
  }
  if (!existsSync(pattern)) fail(`${GROUPS_FILE}: no file ${pattern}`);
  return [pattern];
}

/** The map must cover every engine file exactly once and name only test files that exist. */
function readGroups() {
  const groups = JSON.parse(readFileSync(GROUPS_FILE, "utf8")).map((g) => ({ ...g, files: g.mutate.flatMap(expand) }));
  const problems = [];
  const groupOf = new Map();
  const names = new Set();
  for (const group of groups) {
    if (!/^[a-z0-9-]+$/.test(group.name) || names.has(group.name)) problems.push(`group name "${group.name}" is not a unique lower-case name`);
    names.add(group.name);
    if (group.tests.length === 0) problems.push(`group ${group.name} names no test file`);
    for (const test of group.tests) {
      if (!existsSync(`test/engine/${test}.test.ts`)) problems.push(`group ${group.name}: no test/engine/${test}.test.ts`);
    }
    for (const file of group.files) {
      if (groupOf.has(file)) problems.push(`${file} is in groups ${groupOf.get(file)} and ${group.name}`);
      else groupOf.set(file, group.name);
    }
  }
  for (const file of engineFiles()) if (!groupOf.has(file)) problems.push(`${file} is in no group`);
  if (problems.length > 0) fail(`${GROUPS_FILE}:\n  ${problems.join("\n  ")}`);
  return groups;
}

const reportPath = (group) => `${REPORTS}/${group.name}.json`;

function readReport(group) {
  const path = reportPath(group);
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
}

/**
 * Stryker reads and rewrites its incremental file with the files of this run only, so it works on a
 * copy (reports/engine/<group>.run.json): the group's report changes only when a run ends, and a run of
 * one file of a group puts the group's other files back, for the total and the next rerun.
 */
function runGroup(group, files, { concurrency, force }) {
  const before = readReport(group);
  const runFile = `${REPORTS}/${group.name}.run.json`;
  mkdirSync(REPORTS, { recursive: true });
  rmSync(runFile, { force: true });
  if (before) writeFileSync(runFile, JSON.stringify(force ? before : withoutLiveStaticMutants(before, files)));
  const args = ["stryker", "run", "stryker.narrow.conf.mjs", "--mutate", files.join(","), "--concurrency", concurrency];
  args.push("--incremental", "--incrementalFile", runFile, "--reporters", "clear-text,progress");
  if (force) args.push("--force");
  console.log(`\n${group.name}: ${files.length} file(s) against ${group.tests.join(", ")}`);
  const run = spawnSync("npx", args, { stdio: "inherit", env: { ...process.env, STRYKER_TESTS: group.tests.join(",") } });
  if (run.status !== 0) fail(`Stryker stopped on group ${group.name} (exit ${run.status})`);
  const after = JSON.parse(readFileSync(runFile, "utf8"));
  if (before) {
    for (const [file, result] of Object.entries(before.files)) {
      if (!(file in after.files) && group.files.includes(file)) after.files[file] = result;
    }
    after.testFiles = { ...before.testFiles, ...after.testFiles };
  }
  writeFileSync(reportPath(group), JSON.stringify(after));
  rmSync(runFile);
}

/**
 * A static mutant (a module-level constant: the row patterns, the caches) covers no test of its own,
 * so Stryker reuses its "survived" even after new tests that kill it; leaving it out of the
 * incremental file makes the run test it again.
 */
function withoutLiveStaticMutants(report, files) {
  const detected = (m) => m.status === "Killed" || m.status === "Timeout";
  const kept = Object.entries(report.files).map(([file, result]) =>
    files.includes(file) ? [file, { ...result, mutants: result.mutants.filter((m) => !m.static || detected(m)) }] : [file, result],
  );
  return { ...report, files: Object.fromEntries(kept) };
}

function printScores(groups) {
  const rows = [];
  const missing = [];
  for (const group of groups) {
    const report = readReport(group);
    for (const file of group.files) {
      const result = report?.files[file];
      if (result) rows.push({ label: file, counts: countMutants(result.mutants) });
      else missing.push(`${file} (npm run mutate:engine -- --only ${group.name})`);
    }
  }
  const total = rows.reduce((sum, row) => addCounts(sum, row.counts), emptyCounts());
  const measured = `${rows.length} of ${rows.length + missing.length} files`;
  console.log(formatTable(rows, { label: `total, ${measured}`, counts: total }));
  if (missing.length > 0) console.log(`\nNot measured yet:\n  ${missing.join("\n  ")}`);
}

const args = parseArgs(process.argv.slice(2));
const groups = readGroups();
if (!args.reportOnly) {
  const targets = args.only === null ? groups.map((g) => ({ group: g, files: g.files })) : [pick(args.only)];
  for (const { group, files } of targets) runGroup(group, files, args);
}
printScores(groups);

function pick(only) {
  const group = groups.find((g) => g.name === only);
  if (group) return { group, files: group.files };
  const owner = groups.find((g) => g.files.includes(only));
  if (!owner) fail(`--only ${only}: neither a group of ${GROUPS_FILE} nor one of its files`);
  return { group: owner, files: [only] };
}
