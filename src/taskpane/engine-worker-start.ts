/**
 * Starts the engine worker inside Excel. In a module of its own, loaded with import() at the first
 * analysis: `import.meta` (which webpack needs to find the worker's bundle) does not exist in the
 * tests' CommonJS, and the web page never needs it.
 */
export function startEngineWorker(): Worker {
  return new Worker(new URL("./engine.worker.ts", import.meta.url), { name: "engine-worker" });
}
