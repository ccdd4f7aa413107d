// Compiles the command line (tsc -p tsconfig.cli.json → build/cli) only when it is out of date, so
// `npm run appendix` starts at once when nothing changed: comparing file times takes tens of
// milliseconds where `tsc --incremental` takes about 2 s of CPU to find nothing to do (measured here).
// Out of date: no stamp from a finished build, or any file or folder under the config's "include"
// (a folder's time changes when a file is added, removed or renamed), a tsconfig or package.json
// newer than the build's start.
// Usage: node scripts/build-cli.mjs [--force] [tsconfig, default tsconfig.cli.json]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));

/** The config and those it extends, nearest first; our configs are plain JSON. */
function configChain(file) {
  const config = JSON.parse(readFileSync(file, "utf8"));
  const parent = config.extends ? configChain(resolve(dirname(file), config.extends)) : [];
  return [{ file, config }, ...parent];
}

function newestIn(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestIn(join(path, name))), stat.mtimeMs);
}

/** The build's stamp, and everything whose change makes the build out of date. */
function buildInputs(configFile) {
  const chain = configChain(configFile);
  const nearest = (pick) => chain.find(({ config }) => pick(config) !== undefined);
  const out = nearest((config) => config.compilerOptions?.outDir);
  const outDir = resolve(dirname(out.file), out.config.compilerOptions.outDir);
  const included = nearest((config) => config.include);
  const include = included.config.include.map((path) => resolve(dirname(included.file), path));
  return { outDir, stamp: join(outDir, ".built"), inputs: [...include, ...chain.map(({ file }) => file), join(root, "package.json")] };
}

export function isStale(configFile) {
  const { stamp, inputs } = buildInputs(configFile);
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return inputs.some((path) => existsSync(path) && newestIn(path) > built);
}

/**
 * Runs tsc into an emptied folder (a file compiled from a source since moved, build/cli/engine/detect.js
 * beside the new engine/detect/index.js, would shadow it); the stamp carries the time the build started,
 * so an edit made during it counts.
 */
export function build(configFile) {
  const { outDir, stamp } = buildInputs(configFile);
  rmSync(outDir, { recursive: true, force: true });
  const started = new Date();
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", configFile], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) return result.status ?? 1;
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, "");
  utimesSync(stamp, started, started);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const configFile = resolve(root, args.find((arg) => !arg.startsWith("--")) ?? "tsconfig.cli.json");
  if (args.includes("--force") || isStale(configFile)) process.exitCode = build(configFile);
}
