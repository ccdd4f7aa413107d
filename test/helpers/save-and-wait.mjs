// Child process for the signal test: starts an atomic save whose write never finishes, says
// "writing" once the temporary file exists, and waits for the parent's signal. TypeScript sources
// are transpiled on the fly, so the test needs no build.
import fs from "node:fs";
import { createRequire } from "node:module";
import ts from "typescript";
import ExcelJS from "exceljs";

const require = createRequire(import.meta.url);

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, esModuleInterop: true, target: ts.ScriptTarget.ES2022 } });
  module._compile(outputText, filename);
};

const { saveWorkbookAtomically } = require("../../src/xlsx/files.ts");

const realOpen = fs.promises.open;
fs.promises.open = async (...args) => {
  const handle = await realOpen(...args);
  handle.writeFile = () => {
    process.stdout.write("writing\n");
    return new Promise(() => undefined);
  };
  return handle;
};
setInterval(() => undefined, 1000); // stay alive until the signal comes

const workbook = new ExcelJS.Workbook();
workbook.addWorksheet("Phụ lục").getCell("A1").value = 1;
saveWorkbookAtomically(workbook, process.argv[2]);
