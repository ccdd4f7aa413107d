/**
 * What the browser tests load: dist/ as `npm run build` makes it (rebuilt only when a source is newer,
 * as scripts/serve.mjs does: the build takes about 30 s), and the office.js stand-in, bundled for the
 * browser from the node tests' fake Excel host (a few seconds, so always rebuilt: it is never stale).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import webpack from "webpack";

export const ROOT = join(__dirname, "../../..");
export const DIST = join(ROOT, "dist");
export const OFFICE_STUB = join(ROOT, "test-artifacts/e2e-build/office.js");

function newestIn(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestIn(join(path, name))), 0);
}

/** The pages are stale when any source or build setting changed after the oldest of them was built. */
export function distIsStale(): boolean {
  const pages = ["index.html", "taskpane.html"].map((name) => join(DIST, name));
  if (!pages.every(existsSync)) return true;
  const built = Math.min(...pages.map((page) => statSync(page).mtimeMs));
  const inputs = ["src", "webpack.config.js", "tsconfig.json", "package.json", "manifest.xml"].map((name) => join(ROOT, name));
  return Math.max(...inputs.map(newestIn)) > built;
}

/** `npm run build`; its long report is shown only when it fails. */
export function buildDist(): void {
  try {
    execFileSync(process.execPath, [join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production"], { cwd: ROOT, stdio: "pipe" });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`npm run build failed:\n${stdout?.toString() ?? ""}${stderr?.toString() ?? ""}`);
  }
}

export function buildOfficeStub(): Promise<void> {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    entry: join(__dirname, "../office-stub/office.ts"),
    output: { path: join(OFFICE_STUB, ".."), filename: "office.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    }),
  );
}
