/** Which built scripts hold some code, and which of them a thread (the page's, or a worker's) fetched. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page, Worker } from "playwright-core";
import { DIST } from "../setup/build";

/** The script files holding some code, found by a piece only that code has, not by their names. */
export function scriptsWith(piece: string): string[] {
  const files = readdirSync(DIST).filter((name) => name.endsWith(".js") && readFileSync(join(DIST, name)).includes(piece));
  expect(files.length).toBeGreaterThan(0);
  return files;
}
/** exceljs: a part it writes and our own code never names. */
export const exceljsFiles = () => scriptsWith("xl/theme/theme1.xml");
/**
 * The engine's appendix layout, which only analyze runs: its title. (Not a formula: the plan rows'
 * formulas are made by the writers that read the cells, and a worker that only analyses leaves them out.)
 */
export const analysisFiles = () => scriptsWith("CHỈ TIÊU PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO");
export const anyOf = (files: string[]) => (loaded: string[]) => loaded.some((file) => files.includes(file));

/**
 * The scripts a thread (the page's, or a worker's) loaded to run, by file name. A worker's own script
 * is fetched by the page that starts it (Chromium lists it in the page's resource timing) but runs in
 * the worker: it counts as the worker's, never the page's.
 */
export async function scriptsLoadedBy(thread: Page | Worker): Promise<string[]> {
  const listResources = () => performance.getEntriesByType("resource").map((entry) => entry.name);
  const urls: string[] = "workers" in thread ? await thread.evaluate(listResources) : await thread.evaluate(listResources);
  const fileName = (url: string) => new URL(url).pathname.split("/").pop() ?? "";
  if (!("workers" in thread)) return [fileName(thread.url()), ...urls.map(fileName)].filter((name) => name.endsWith(".js"));
  const workerScripts = new Set(thread.workers().map((worker) => fileName(worker.url())));
  return urls.map(fileName).filter((name) => name.endsWith(".js") && !workerScripts.has(name));
}
