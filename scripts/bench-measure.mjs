// Timing helpers for `npm run bench`: medians of repeated runs, and the CPU time of child processes
// (a busy shared machine stretches wall-clock times far more than CPU times).
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" })) || 100;
  } catch {
    return 100;
  }
})();

/** CPU milliseconds of the children this process has waited for (Linux /proc); null elsewhere. */
function childrenCpuMs() {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticksPerSecond;
  } catch {
    return null;
  }
}

/** Runs a command to completion; its wall-clock and CPU milliseconds. Throws when it fails. */
export function runProcess(command, args, options) {
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const result = spawnSync(command, args, { encoding: "utf8", ...options });
  const wallMs = performance.now() - start;
  const cpuAfter = childrenCpuMs();
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${result.stderr}`);
  return { wallMs, cpuMs: cpuBefore === null ? null : cpuAfter - cpuBefore };
}

/** Median wall-clock and CPU milliseconds of an in-process function, after one warm-up run. */
export async function timeRuns(run, repeat) {
  await run();
  const walls = [];
  const cpus = [];
  for (let i = 0; i < repeat; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await run();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wallMs: median(walls), cpuMs: median(cpus) };
}
