/**
 * Starts the xlsx worker. In a module of its own, loaded with import() when the first file is picked:
 * `import.meta` (which webpack needs to find the worker's bundle) does not exist in the tests'
 * CommonJS, and the pane inside Excel never needs it.
 */
export function startXlsxWorker(): Worker {
  return new Worker(new URL("./xlsx.worker.ts", import.meta.url), { name: "xlsx" });
}
