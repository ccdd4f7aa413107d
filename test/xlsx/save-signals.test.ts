/** Ctrl+C or kill during a save leaves no hidden temporary file behind, and the target untouched. */
import { spawn } from "node:child_process";
import { promises as fsp } from "node:fs";
import { join } from "node:path";
import { makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";

let dir: string;
beforeEach(async () => (dir = await makeTempDir("save-signal-")));
afterEach(() => removeTempDir(dir));

it.each(["SIGINT", "SIGTERM"] as const)("removes the temporary file on %s and dies of it", async (signal) => {
  const target = join(dir, "phu-luc.xlsx");
  await fsp.writeFile(target, "bản cũ");
  const child = spawn(process.execPath, [join(__dirname, "../helpers/save-and-wait.mjs"), target], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("writing") && resolve());
    child.on("exit", () => reject(new Error("the child ended before writing")));
  });
  const during = await fsp.readdir(dir);
  expect(during).toHaveLength(2); // the target and the temporary file
  child.kill(signal);
  const ended = await new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, s) => resolve(s)));
  expect(ended).toBe(signal);
  expect(await fsp.readdir(dir)).toEqual(["phu-luc.xlsx"]);
  expect(await fsp.readFile(target, "utf8")).toBe("bản cũ");
});
