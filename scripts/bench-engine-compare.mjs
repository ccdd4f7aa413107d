// Two builds of the engine side by side, for a speed change: each build's stages (detectTables,
// validateTable, buildPlan, appendixLayout) and analyze whole on the bench workbook, in child
// processes that alternate between the builds so both see the same load on a shared machine.
// CPU and wall medians over every run of every round, the garbage collections that fell inside the
// timed runs (per run, from Node's "gc" performance entries: at 10,600 units one young-generation
// collection copying the analysis's live output is what separates a slow run from a fast one), and the
// heap each stage allocates per run (measured apart, by V8's sampling heap profiler).
// Usage: node scripts/bench-engine-compare.mjs BEFORE_CLI AFTER_CLI [--units 10600] [--rounds 4] [--runs 8]
// where each *_CLI is a build/cli folder (`npm run build:cli`; copy it aside before the change, in a
// folder whose parent can resolve exceljs, e.g. with a node_modules symlink beside it).
import { execFileSync } from "node:child_process";
import { Session } from "node:inspector/promises";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { performance, PerformanceObserver } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { benchWorkbook } from "./bench-workbook.mjs";
import { median } from "./bench-measure.mjs";

const STAGES = ["detect", "validate", "plan", "layout", "analyze"];
const script = fileURLToPath(import.meta.url);
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};

/** Each stage as analyze runs it, on the first sheet's tables, as scripts/bench.mjs times them. */
function stageRuns(cli, units) {
  const require = createRequire(resolve(cli, "index.js"));
  const engine = require("./engine/index.js");
  const { workbookToGrids } = require("./xlsx/read-workbook.js");
  const grids = workbookToGrids(benchWorkbook(units));
  const tables = engine.detectTables(grids[0]).tables;
  const growth = engine.planGrowth(tables, {});
  const plan = engine.buildPlan(tables, {}).plan;
  return {
    detect: () => engine.detectTables(grids[0]),
    validate: () => tables.forEach((table) => engine.validateTable(table, growth)),
    plan: () => engine.buildPlan(tables, {}),
    layout: () => engine.appendixLayout(plan),
    analyze: () => engine.analyze(grids, {}),
  };
}

/** In a child: CPU and wall milliseconds of each run of each stage, after warm-up runs, and the collections inside them. */
async function timeChild(cli, units, runs) {
  const stages = stageRuns(cli, units);
  const collections = [];
  const observer = new PerformanceObserver((list) => collections.push(...list.getEntries()));
  observer.observe({ entryTypes: ["gc"] });
  const result = {};
  const windows = [];
  for (const stage of STAGES) {
    for (let i = 0; i < 3; i++) stages[stage]();
    result[stage] = { cpu: [], wall: [], collections: 0 };
    for (let i = 0; i < runs; i++) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      stages[stage]();
      const end = performance.now();
      result[stage].wall.push(end - start);
      const used = process.cpuUsage(cpu);
      result[stage].cpu.push((used.user + used.system) / 1000);
      windows.push({ stage, start, end });
    }
  }
  // The entries come to the observer after the runs, on a later turn of the event loop.
  await new Promise((resolveLater) => setTimeout(resolveLater, 100));
  observer.disconnect();
  for (const entry of collections) {
    const inside = windows.find((w) => entry.startTime >= w.start && entry.startTime <= w.end);
    if (inside) result[inside.stage].collections++;
  }
  return result;
}

/**
 * In a child run with --expose-gc: megabytes each stage allocates per run, counted by V8's sampling
 * heap profiler over every allocation (those collected since included) across 10 runs. The heap's growth
 * over one run without a collection, measured before, moved by 1–2 MB from one child to the next as V8
 * placed some objects straight in the old generation (pretenuring).
 */
async function allocationChild(cli, units) {
  const stages = stageRuns(cli, units);
  const session = new Session();
  session.connect();
  const runs = 10;
  const sampled = (node) => node.children.reduce((bytes, child) => bytes + sampled(child), node.selfSize);
  const result = {};
  for (const stage of STAGES) {
    for (let i = 0; i < 5; i++) stages[stage]();
    await session.post("HeapProfiler.startSampling", { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    for (let i = 0; i < runs; i++) stages[stage]();
    const { profile } = await session.post("HeapProfiler.stopSampling");
    result[stage] = sampled(profile.head) / runs / 2 ** 20;
  }
  session.disconnect();
  return result;
}

function child(args, cli, units, runs) {
  const output = execFileSync(process.execPath, [...args, script, "--child", cli, "--units", String(units), "--runs", String(runs)], { encoding: "utf8", maxBuffer: 1 << 26 });
  return JSON.parse(output);
}

const childAt = process.argv.indexOf("--child");
if (childAt > 0) {
  const [cli, units, runs] = [process.argv[childAt + 1], option("--units", 10_600), option("--runs", 8)];
  const measured = typeof globalThis.gc === "function" ? await allocationChild(cli, units) : await timeChild(cli, units, runs);
  process.stdout.write(JSON.stringify(measured));
} else {
  const [before, after] = process.argv.slice(2, 4).map((dir) => resolve(dir));
  if (!before || !after) throw new Error("usage: node scripts/bench-engine-compare.mjs BEFORE_CLI AFTER_CLI [--units N] [--rounds R] [--runs K]");
  const [units, rounds, runs] = [option("--units", 10_600), option("--rounds", 4), option("--runs", 8)];
  const builds = { before, after };
  const pooled = { before: {}, after: {} };
  const loads = [loadavg()[0]];
  for (let round = 0; round < rounds; round++) {
    // Alternating which build goes first, so neither always runs on the quieter half of a round.
    const order = round % 2 ? ["after", "before"] : ["before", "after"];
    for (const name of order) {
      const measured = child([], builds[name], units, runs);
      for (const stage of STAGES) {
        pooled[name][stage] ??= { cpu: [], wall: [], collections: 0 };
        pooled[name][stage].cpu.push(...measured[stage].cpu);
        pooled[name][stage].wall.push(...measured[stage].wall);
        pooled[name][stage].collections += measured[stage].collections;
      }
      loads.push(loadavg()[0]);
    }
  }
  const semiSpace = ["--expose-gc", "--max-semi-space-size=1024", "--min-semi-space-size=1024"];
  const allocated = { before: child(semiSpace, before, units, 1), after: child(semiSpace, after, units, 1) };
  console.log(`${units} units, ${rounds} rounds × ${runs} runs per build; load average (1 min) ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`);
  console.log("stage     | CPU ms before → after | wall ms before → after | collections per run before → after | MB allocated before → after");
  const cell = (list) => median(list).toFixed(1);
  const perRun = (stage) => (stage.collections / stage.wall.length).toFixed(2);
  for (const stage of STAGES) {
    const [b, a] = [pooled.before[stage], pooled.after[stage]];
    console.log(
      `${stage.padEnd(9)} | ${cell(b.cpu).padStart(8)} → ${cell(a.cpu).padEnd(9)} | ${cell(b.wall).padStart(9)} → ${cell(a.wall).padEnd(9)} | ${perRun(b).padStart(15)} → ${perRun(a).padEnd(16)} | ${allocated.before[stage].toFixed(1).padStart(9)} → ${allocated.after[stage].toFixed(1)}`,
    );
  }
}
