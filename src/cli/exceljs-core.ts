/**
 * Loaded first by the command line's launcher (bin/poverty-appendix.js), before anything requires
 * exceljs: `require("exceljs")` then gives exceljs's Workbook and enums without its index's streaming
 * reader and writer, which the command line never uses and whose 200 or so modules (unzipper,
 * archiver, bluebird, es-abstract…) took about 0.3 s of CPU at every start (issue 10). The streaming
 * classes are still there, loaded the first time anything asks for them. Node documents adding
 * entries to require.cache; the tests (jest has its own module registry) load exceljs whole.
 */
import Module, { createRequire } from "node:module";

const load = createRequire(__filename);
const exceljs = load.resolve("exceljs");

/** exceljs's own index, for what the core leaves out. */
const whole = (): Record<string, unknown> => load("exceljs/lib/exceljs.nodejs.js") as Record<string, unknown>;

if (!load.cache[exceljs]) {
  const core = new Module(exceljs);
  core.filename = exceljs;
  core.loaded = true;
  core.exports = Object.defineProperties(
    { ...(load("exceljs/lib/doc/enums") as object), Workbook: load("exceljs/lib/doc/workbook") as unknown },
    {
      ModelContainer: { enumerable: true, get: () => whole().ModelContainer },
      stream: { enumerable: true, get: () => whole().stream },
    },
  );
  load.cache[exceljs] = core;
}
